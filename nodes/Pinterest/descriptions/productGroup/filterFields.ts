import type { INodeProperties } from 'n8n-workflow';

const labels = [0, 1, 2, 3, 4].map((n) => ({
	name: `Custom Label ${n}`,
	value: `CUSTOM_LABEL_${n}`,
}));

/** Match, Conditions and More Filters (JSON): the fields filtersOf() reads (Create and Update). */
export const filterProperties: INodeProperties[] = [
	{
		displayName: 'Match',
		name: 'filterMatch',
		type: 'options',
		default: 'all_of',
		description: 'How the conditions combine',
		options: [
			{
				name: 'All Conditions',
				value: 'all_of',
				description: 'A product is in the group when it meets every condition',
			},
			{
				name: 'Any Condition',
				value: 'any_of',
				description: 'A product is in the group when it meets at least one condition',
			},
		],
	},
	{
		displayName: 'Conditions',
		name: 'filterConditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description: 'The common filters; others go under More Filters (JSON)',
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [
					{
						displayName: 'Exclude',
						name: 'negated',
						type: 'boolean',
						default: false,
						description:
							'Whether to select the products that do not meet the condition instead (not for Currency)',
					},
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						default: 'BRAND',
						options: [
							{ name: 'Availability', value: 'AVAILABILITY' },
							{ name: 'Brand', value: 'BRAND' },
							{ name: 'Condition', value: 'CONDITION' },
							{ name: 'Currency', value: 'CURRENCY' },
							...labels,
							{ name: 'Gender', value: 'GENDER' },
							{ name: 'Item Group ID', value: 'ITEM_GROUP_ID' },
							{ name: 'Item ID', value: 'ITEM_ID' },
							{ name: 'Max Price', value: 'MAX_PRICE' },
							{ name: 'Min Price', value: 'MIN_PRICE' },
							{ name: 'Title Keywords', value: 'TITLE_KEYWORDS' },
						],
					},
					{
						displayName: 'Include the Price Itself',
						name: 'inclusion',
						type: 'boolean',
						default: true,
						description:
							'Whether a product that costs exactly this price meets the condition (at least / at most)',
						displayOptions: { show: { field: ['MIN_PRICE', 'MAX_PRICE'] } },
					},
					{
						displayName: 'Label Match',
						name: 'operator',
						type: 'options',
						default: 'IS',
						options: [
							{ name: 'Contains', value: 'CONTAINS', description: 'The label contains a value' },
							{ name: 'Is', value: 'IS', description: 'The label equals a value' },
						],
						displayOptions: { show: { field: labels.map((label) => label.value) } },
					},
					{
						displayName: 'Values',
						name: 'values',
						type: 'string',
						default: '',
						placeholder: 'e.g. acme, globex',
						description:
							'Separated by commas. Min Price and Max Price take one number, Currency one code (USD), Gender FEMALE, MALE or UNISEX, Availability e.g. IN_STOCK.',
					},
				],
			},
		],
	},
	{
		displayName: 'More Filters (JSON)',
		name: 'filtersJson',
		type: 'json',
		default: '',
		description:
			'Filters as Pinterest writes them, for the keys the form does not offer (PRODUCT_TYPE_0–4, GOOGLE_PRODUCT_CATEGORY_0–6, MEDIA_TYPE, PRODUCT_GROUP, CUSTOM_NUMBER_0–4): an array like [{"PRODUCT_TYPE_0": {"values": [["shoes"]]}}], or a whole object {"any_of": [...]}. They are added to the conditions.',
	},
];
