import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { appTypesFilter } from '../shared/analyticsFields';

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
