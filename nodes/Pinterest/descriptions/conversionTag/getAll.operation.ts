import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose conversion tags to list'),
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Leave Out Deleted',
				name: 'filterDeleted',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out deleted conversion tags',
				routing: { send: { type: 'query', property: 'filter_deleted' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['conversionTag'], operation: ['getAll'] } },
	properties,
);
