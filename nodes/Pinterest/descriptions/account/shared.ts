import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { sendDateRange, sendMetricTypes } from '../../hooks/analytics';
import {
	analyticsSandboxNotice,
	dateRangeProperties,
	metricOptions,
	metricTypesProperty,
	organicDateRange,
	appTypesFilter,
} from '../shared/analyticsFields';

/** num_of_pins: integer 1–50 (an expression can bypass the field's own bounds). */
async function checkNumOfPins(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const value = this.getNodeParameter('numOfPins', 10) as unknown;
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1 || number > 50) {
		throw new NodeOperationError(
			this.getNode(),
			'Number of Pins must be a whole number from 1 to 50',
			{
				itemIndex: this.getItemIndex(),
				description: `Got "${String(value).slice(0, 40)}". Pinterest ranks at most the top 50 pins.`,
			},
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), num_of_pins: number };
	return requestOptions;
}

export const topPinsPreSend = [
	sendDateRange,
	sendMetricTypes(false),
	checkNumOfPins,
	sendCreatedInLastNDays,
];

/** The fields of Get Top Pins and Get Top Video Pins, which differ only in their enums. */
export function topPinsProperties(sortBy: string[], metrics: string[]): INodeProperties[] {
	const sortOptions: INodePropertyOptions[] = metricOptions(sortBy);
	return [
		analyticsSandboxNotice,
		...dateRangeProperties(organicDateRange),
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			required: true,
			default: 'IMPRESSION',
			description: 'The metric the pins are ranked by',
			options: sortOptions,
			routing: { send: { type: 'query', property: 'sort_by' } },
		},
		{
			displayName: 'Number of Pins',
			name: 'numOfPins',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 10,
			description: 'How many top pins to return (at most 50)',
		},
		metricTypesProperty(metrics),
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'pins',
			description: 'How to turn the report into items',
			options: [
				{
					name: 'One Item per Pin',
					value: 'pins',
					description: 'Rank, pin_id, one field per metric, data_status and sort_by',
				},
				{ name: 'Raw', value: 'raw', description: "One item with Pinterest's response as it is" },
			],
		},
		analyticsFilters([createdInLast30Days]),
	];
}

// Filters shared by Get Analytics, Get Top Pins and Get Top Video Pins; the values are
// the spec's enums (query_from_claimed_content, query_pin_format, query_app_types,
// query_content_type, query_source).
export function analyticsFilters(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			appTypesFilter,
			{
				displayName: 'Claimed Content',
				name: 'from_claimed_content',
				type: 'options',
				default: 'BOTH',
				description: 'Whether to count pins that link to your claimed domains, other pins, or both',
				options: [
					{ name: 'Both', value: 'BOTH' },
					{ name: 'Claimed', value: 'CLAIMED' },
					{ name: 'Other', value: 'OTHER' },
				],
				routing: { send: { type: 'query', property: 'from_claimed_content' } },
			},
			{
				displayName: 'Content Type',
				name: 'content_type',
				type: 'options',
				default: 'ALL',
				description: 'Paid or organic data',
				options: [
					{ name: 'All', value: 'ALL' },
					{ name: 'Organic', value: 'ORGANIC' },
					{ name: 'Paid', value: 'PAID' },
				],
				routing: { send: { type: 'query', property: 'content_type' } },
			},
			...extra,
			{
				displayName: 'Pin Format',
				name: 'pin_format',
				type: 'options',
				default: 'ALL',
				options: [
					{ name: 'Ads Idea', value: 'ADS_IDEA' },
					{ name: 'Ads Product', value: 'ADS_PRODUCT' },
					{ name: 'Ads Standard', value: 'ADS_STANDARD' },
					{ name: 'Ads Video', value: 'ADS_VIDEO' },
					{ name: 'All', value: 'ALL' },
					{ name: 'Organic Image', value: 'ORGANIC_IMAGE' },
					{ name: 'Organic Product', value: 'ORGANIC_PRODUCT' },
					{ name: 'Organic Video', value: 'ORGANIC_VIDEO' },
				],
				routing: { send: { type: 'query', property: 'pin_format' } },
			},
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				default: 'ALL',
				description:
					'Activity on pins you created and saved, or activity on pins others created and saved from your claimed accounts',
				options: [
					{ name: 'All', value: 'ALL' },
					{ name: 'Other Pins', value: 'OTHER_PINS' },
					{ name: 'Your Pins', value: 'YOUR_PINS' },
				],
				routing: { send: { type: 'query', property: 'source' } },
			},
		],
	};
}

/** Top pins filter "Created in Last 30 Days" (the spec's created_in_last_n_days accepts only 30). */
export const createdInLast30Days: INodeProperties = {
	displayName: 'Created in Last 30 Days Only',
	name: 'createdInLast30Days',
	type: 'boolean',
	default: false,
	description: 'Whether to rank only pins created in the last 30 days',
};

export async function sendCreatedInLastNDays(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { createdInLast30Days?: boolean };
	if (filters.createdInLast30Days === true) {
		requestOptions.qs = { ...(requestOptions.qs ?? {}), created_in_last_n_days: 30 };
	}
	return requestOptions;
}
