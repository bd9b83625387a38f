import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator, sectionLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator(),
	sectionLocator({ description: 'The section to rename' }),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'New name of the section, 1 to 180 characters',
		routing: { send: { type: 'body', property: 'name' } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['boardSection'], operation: ['update'] } },
	properties,
);
