import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { PRODUCT_CATEGORIES } from '../../hooks/productCategories';
import {
	ENGAGEMENT_TYPES,
	LOOKBACK_WINDOWS,
	MAX_PRODUCT_CATEGORIES,
	TOPIC_REGIONS,
} from '../../hooks/trends';
import { byName, engagementTypeOption, enumName, regionOptions } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: "Product category trends are not available in Pinterest's Sandbox",
		name: 'productCategoriesSandboxNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Product Categories',
		name: 'productCategories',
		type: 'multiOptions',
		default: [],
		required: true,
		description: `The product categories to describe, 1 to ${MAX_PRODUCT_CATEGORIES}. An expression may give a list or comma-separated values such as AREA_RUGS, CANDLES.`,
		options: byName(PRODUCT_CATEGORIES.map((value) => ({ name: enumName(value), value }))),
	},
	{
		displayName: 'Region',
		name: 'categoryRegion',
		type: 'options',
		default: 'US',
		required: true,
		description: 'The region whose Pinterest users the details are about',
		options: regionOptions(TOPIC_REGIONS),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			engagementTypeOption(ENGAGEMENT_TYPES),
			{
				displayName: 'Lookback Window',
				name: 'lookbackWindow',
				type: 'options',
				default: 365,
				description:
					'How far back the trend line and the metrics reach (Pinterest uses 365 days when unset)',
				options: LOOKBACK_WINDOWS.map((days) => ({ name: `${days} Days`, value: days })),
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['trend'], operation: ['getProductCategoryDetails'] } },
	properties,
);
