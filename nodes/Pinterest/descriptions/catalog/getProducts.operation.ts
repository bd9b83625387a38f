import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';
import { businessAdAccountOption } from './shared';

const properties: INodeProperties[] = [
	adsLocator('productGroupId', 'The product group whose products to list'),
	...returnAllOrLimit,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			businessAdAccountOption,
			{
				displayName: 'Pin Metrics',
				name: 'pinMetrics',
				type: 'boolean',
				default: false,
				description: 'Whether to include 90-day and lifetime pin metrics of each product',
				routing: { send: { type: 'query', property: 'pin_metrics' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['catalog'], operation: ['getProducts'] } },
	properties,
);
