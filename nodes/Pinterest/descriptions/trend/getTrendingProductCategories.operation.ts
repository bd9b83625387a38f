import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	ENGAGEMENT_TYPES,
	PRODUCT_AGES,
	PRODUCT_GENDERS,
	PRODUCT_VERTICALS,
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
		displayName: 'Region',
		name: 'categoryRegion',
		type: 'options',
		default: 'US',
		required: true,
		description: 'Only product categories growing among Pinterest users of this region',
		options: regionOptions(TOPIC_REGIONS),
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Ages',
				name: 'ages',
				type: 'multiOptions',
				default: [],
				description:
					'Only growth among users of these age ranges (all ages when empty). An expression may give a list or comma-separated values.',
				options: PRODUCT_AGES.map((value) => ({ name: value, value })),
			},
			{
				displayName: 'Genders',
				name: 'genders',
				type: 'multiOptions',
				default: [],
				description:
					'Only growth among users of these genders (all genders when empty). An expression may give a list or comma-separated values.',
				options: byName(PRODUCT_GENDERS.map((value) => ({ name: enumName(value), value }))),
			},
			{
				displayName: 'Verticals',
				name: 'verticals',
				type: 'multiOptions',
				default: [],
				description:
					'Only product categories of these verticals. An expression may give a list or comma-separated values.',
				options: byName(PRODUCT_VERTICALS.map((value) => ({ name: enumName(value), value }))),
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [engagementTypeOption(ENGAGEMENT_TYPES)],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['trend'], operation: ['getTrendingProductCategories'] } },
	properties,
);
