import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { businessAdAccountOption } from '../catalog/shared';
import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('productGroupId', 'The product group to delete'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [businessAdAccountOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['productGroup'], operation: ['delete'] } },
	properties,
);
