import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { businessAdAccountOption, catalogIdOption } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [businessAdAccountOption, catalogIdOption('Only feeds of this catalog')],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['catalog'], operation: ['getFeeds'] } },
	properties,
);
