import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderOption } from '../ads/fields';
import { adsLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose customer lists to list'),
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [orderOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customerList'], operation: ['getAll'] } },
	properties,
);
