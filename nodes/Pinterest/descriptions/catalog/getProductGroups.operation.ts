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
		options: [
			businessAdAccountOption,
			catalogIdOption('Only product groups of this catalog'),
			{
				displayName: 'Feed ID',
				name: 'feedId',
				type: 'string',
				default: '',
				placeholder: '2680059592705',
				description: 'Only product groups of this feed',
				routing: {
					send: { type: 'query', property: 'feed_id', value: '={{ $value || undefined }}' },
				},
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['catalog'], operation: ['getProductGroups'] } },
	properties,
);
