import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	adsDateRangeProperties,
	attributionProperty,
	columnName,
	granularityProperty,
} from '../shared/analyticsFields';
import { adsLocator } from '../shared/locators';
import { REPORT_COLUMNS } from '../shared/reportColumns';

const statusOptions = (values: string[]) =>
	values
		.map((value) => ({
			name: value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' '),
			value,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));

// Report filter values for campaigns and ad groups: the spec's CampaignSummaryStatus and
// AdGroupSummaryStatus enums, which are equal.
const DELIVERY_STATUSES = [
	'RUNNING',
	'PAUSED',
	'NOT_STARTED',
	'COMPLETED',
	'ADVERTISER_DISABLED',
	'ARCHIVED',
	'DRAFT',
	'DELETED_DRAFT',
];

// The Columns default, the same in both node versions.
const DEFAULT_COLUMNS = [
	'CAMPAIGN_ID',
	'CAMPAIGN_NAME',
	'SPEND_IN_DOLLAR',
	'PAID_IMPRESSION',
	'TOTAL_CLICKTHROUGH',
	'CTR',
];

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account to report on'),
	{
		displayName: 'Level',
		name: 'level',
		type: 'options',
		default: 'CAMPAIGN',
		description: 'What one row of the report is about',
		options: [
			{ name: 'Ad', value: 'PIN_PROMOTION' },
			{ name: 'Ad Account', value: 'ADVERTISER' },
			{ name: 'Ad Account Targeting', value: 'ADVERTISER_TARGETING' },
			{ name: 'Ad Group', value: 'AD_GROUP' },
			{ name: 'Ad Group Targeting', value: 'AD_GROUP_TARGETING' },
			{ name: 'Ad Targeting', value: 'PIN_PROMOTION_TARGETING' },
			{ name: 'Campaign', value: 'CAMPAIGN' },
			{ name: 'Campaign Targeting', value: 'CAMPAIGN_TARGETING' },
			{ name: 'Keyword', value: 'KEYWORD' },
			{ name: 'Product Group', value: 'PRODUCT_GROUP' },
			{ name: 'Product Group Targeting', value: 'PRODUCT_GROUP_TARGETING' },
			{ name: 'Product Item', value: 'PRODUCT_ITEM' },
			{ name: 'Product Item Targeting', value: 'PRODUCT_ITEM_TARGETING' },
		],
	},
	{
		displayName:
			'Reports reach back 914 days, at most 186 days per report; with granularity Hour 8 days back and 3 days per report; level Product Item 92 days back and 31 days per report',
		name: 'reportDateNotice',
		type: 'notice',
		default: '',
	},
	...adsDateRangeProperties(['last180Days']),
	granularityProperty,
	{
		// Node version 1: the text field workflows saved with version 1 hold.
		displayName: 'Columns',
		name: 'columns',
		type: 'string',
		default: DEFAULT_COLUMNS.join(','),
		required: true,
		description:
			"Pinterest's report column names, separated by commas (see Pinterest's analytics reference for the full list), or an array from an expression",
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'Columns',
		name: 'columns',
		type: 'multiOptions',
		default: [...DEFAULT_COLUMNS],
		required: true,
		description:
			'Metrics and attributes of each row. Money columns in MICRO_DOLLAR are millionths of the ad account currency. An expression may give a list or comma-separated names, e.g. SPEND_IN_DOLLAR,CTR.',
		options: REPORT_COLUMNS.map((value) => ({ name: columnName(value), value })).sort((a, b) =>
			a.name.localeCompare(b.name),
		),
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } },
	},
	{
		displayName: 'Report Format',
		name: 'reportFormat',
		type: 'options',
		default: 'CSV',
		description:
			'Format of the file Pinterest builds. CSV fills missing metrics with zeros; JSON leaves them out.',
		options: [
			{ name: 'CSV', value: 'CSV' },
			{ name: 'JSON', value: 'JSON' },
		],
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'rows',
		description: 'What to return. Rows and File wait until Pinterest has built the report.',
		options: [
			{
				name: 'File',
				value: 'file',
				description: 'Wait, then one item with the report file as binary data',
			},
			{ name: 'Rows', value: 'rows', description: 'Wait, then one item per row of the report' },
			{
				name: 'Token',
				value: 'token',
				description: 'Do not wait: return the token, to fetch the report later with Get Status',
			},
		],
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { output: ['file'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Ad Group IDs',
				name: 'adGroupIds',
				type: 'string',
				default: '',
				description: 'Only these ad groups (IDs separated by commas, up to 500)',
			},
			{
				displayName: 'Ad Group Statuses',
				name: 'adGroupStatuses',
				type: 'multiOptions',
				default: [],
				options: statusOptions(DELIVERY_STATUSES),
			},
			{
				displayName: 'Ad IDs',
				name: 'adIds',
				type: 'string',
				default: '',
				description:
					'Only these ads (IDs separated by commas, up to 500); not with level Product Item',
			},
			{
				displayName: 'Ad Statuses',
				name: 'adStatuses',
				type: 'multiOptions',
				default: [],
				description: 'Not with level Product Item',
				options: statusOptions([
					'APPROVED',
					'PAUSED',
					'PENDING',
					'REJECTED',
					'ADVERTISER_DISABLED',
					'ARCHIVED',
					'DRAFT',
					'DELETED_DRAFT',
				]),
			},
			{
				displayName: 'Campaign IDs',
				name: 'campaignIds',
				type: 'string',
				default: '',
				description: 'Only these campaigns (IDs separated by commas, up to 500)',
			},
			{
				displayName: 'Campaign Objective Types',
				name: 'campaignObjectiveTypes',
				type: 'multiOptions',
				default: [],
				options: statusOptions([
					'AWARENESS',
					'CONSIDERATION',
					'WEB_CONVERSION',
					'CATALOG_SALES',
					'VIDEO_COMPLETION',
				]),
			},
			{
				displayName: 'Campaign Statuses',
				name: 'campaignStatuses',
				type: 'multiOptions',
				default: [],
				options: statusOptions(DELIVERY_STATUSES),
			},
			{
				displayName: 'Product Group IDs',
				name: 'productGroupIds',
				type: 'string',
				default: '',
				description: 'Only these product groups (IDs separated by commas, up to 500)',
			},
			{
				displayName: 'Targeting Types',
				name: 'targetingTypes',
				type: 'multiOptions',
				default: [],
				description: 'Breakdowns of a targeting level (a level ending in "Targeting")',
				options: statusOptions([
					'KEYWORD',
					'APPTYPE',
					'GENDER',
					'LOCATION',
					'PLACEMENT',
					'COUNTRY',
					'TARGETED_INTEREST',
					'PINNER_INTEREST',
					'AUDIENCE_INCLUDE',
					'GEO',
					'AGE_BUCKET',
					'REGION',
					'AGE_BUCKET_AND_GENDER',
				]),
			},
		],
	},
	attributionProperty,
	{
		displayName: 'Wait Options',
		name: 'waitOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { output: ['rows', 'file'] } },
		options: [
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 600,
				description:
					'Give up (with the token in the error) when the report is not ready after this long',
			},
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollInterval',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 5,
				description:
					'First wait before asking for the status; it doubles after each check, up to 60 seconds',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['create'] } },
	properties,
);
