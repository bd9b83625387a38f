import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator({ description: 'The board to add the section to' }),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the section, 1 to 180 characters',
		routing: { send: { type: 'body', property: 'name' } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['boardSection'], operation: ['create'] } },
	properties,
);
