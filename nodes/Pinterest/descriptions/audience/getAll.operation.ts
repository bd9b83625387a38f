import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderOption } from '../ads/fields';
import { adsLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose audiences to list'),
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			orderOption,
			{
				displayName: 'Ownership',
				name: 'ownershipType',
				type: 'options',
				default: 'OWNED',
				description: 'Audiences of this ad account, or audiences others shared with it',
				options: [
					{ name: 'Owned', value: 'OWNED' },
					{ name: 'Received', value: 'RECEIVED' },
				],
				routing: { send: { type: 'query', property: 'ownership_type' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['audience'], operation: ['getAll'] } },
	properties,
);
