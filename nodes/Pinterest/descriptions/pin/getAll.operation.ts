import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { simplifyField, pinMetricsField } from './shared';

// Creative types of the API's CreativeType enum (SHOP_THE_PIN is deprecated there).
const creativeTypes = [
	['Carousel', 'CAROUSEL'],
	['Collage', 'COLLAGE'],
	['Collection', 'COLLECTION'],
	['Idea', 'IDEA'],
	['Max Video', 'MAX_VIDEO'],
	['Max Width Regular Collection', 'MAX_WIDTH_REGULAR_COLLECTION'],
	['Max Width Video Collection', 'MAX_WIDTH_VIDEO_COLLECTION'],
	['Quiz', 'QUIZ'],
	['Regular', 'REGULAR'],
	['Shop the Pin (Deprecated)', 'SHOP_THE_PIN'],
	['Shopping', 'SHOPPING'],
	['Showcase', 'SHOWCASE'],
	['Video', 'VIDEO'],
].map(([name, value]) => ({ name, value }));

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Creative Types',
				name: 'creativeTypes',
				type: 'multiOptions',
				default: [],
				description: 'Only pins of these creative types',
				options: creativeTypes,
				routing: { send: { type: 'query', property: 'creative_types' } },
			},
			{
				displayName: 'Include Protected Pins',
				name: 'includeProtectedPins',
				type: 'boolean',
				default: false,
				description: 'Whether to include pins on protected (ads-only) boards',
				routing: { send: { type: 'query', property: 'include_protected_pins' } },
			},
			{
				displayName: 'Pin Filter',
				name: 'pinFilter',
				type: 'options',
				default: 'exclude_repins',
				options: [
					{
						name: 'Exclude Native',
						value: 'exclude_native',
						description: 'Leave out pins you created',
					},
					{
						name: 'Exclude Repins',
						value: 'exclude_repins',
						description: 'Leave out pins you saved from others',
					},
					{
						name: 'Has Been Promoted',
						value: 'has_been_promoted',
						description: 'Only pins that have been promoted',
					},
				],
				routing: { send: { type: 'query', property: 'pin_filter' } },
			},
			{
				displayName: 'Pin Type',
				name: 'pinType',
				type: 'options',
				default: 'PRIVATE',
				description: 'Pinterest currently supports only private pins here',
				options: [{ name: 'Private', value: 'PRIVATE' }],
				routing: { send: { type: 'query', property: 'pin_type' } },
			},
		],
	},
	pinMetricsField,
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['getAll'] } },
	properties,
);
