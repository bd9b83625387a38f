import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { adsRanges, organicRanges } from '../../hooks/dateWindow';
import { ANALYTICS_COLUMNS } from './adsColumns';

// The fields of the analytics operations, organic (account, top pins, pin) and ads (ad
// account, campaigns, ad groups, ads, reports). Their hooks read them: hooks/dateWindow.ts,
// hooks/analytics.ts and hooks/adsAnalytics.ts.

/** Sorted by name, as n8n's verification requires of every option list. */
function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// ---- Date Range ----

const RANGE_NAMES: Record<string, string> = {
	custom: 'Custom',
	today: 'Today',
	yesterday: 'Yesterday',
	last7Days: 'Last 7 Days',
	last14Days: 'Last 14 Days',
	last30Days: 'Last 30 Days',
	last60Days: 'Last 60 Days',
	last90Days: 'Last 90 Days',
	last180Days: 'Last 180 Days',
};

export interface DateRangeField {
	/** The relative ranges offered (keys of RELATIVE_RANGES in hooks/dateWindow.ts); Custom always is. */
	ranges: readonly string[];
	default: string;
	/** The last sentence of the Date Range description: how far back and how long a range may be. */
	limits: string;
	startDescription: string;
	endDescription: string;
}

/** Date Range, and Start Date and End Date for Custom. */
export function dateRangeProperties(field: DateRangeField): INodeProperties[] {
	const initial = field.default;
	return [
		{
			displayName: 'Date Range',
			name: 'dateRange',
			type: 'options',
			default: initial,
			description: `Days to report on, in UTC. "Last N days" are the N complete days before today. ${field.limits}`,
			options: ['custom', ...field.ranges]
				.map((value) => ({ name: RANGE_NAMES[value], value }))
				.sort(byName),
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: field.startDescription,
			displayOptions: { show: { dateRange: ['custom'] } },
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: field.endDescription,
			displayOptions: { show: { dateRange: ['custom'] } },
		},
	];
}

export const organicDateRange: DateRangeField = {
	ranges: organicRanges.ranges,
	default: organicRanges.default,
	limits: 'Pinterest keeps 90 days of analytics.',
	startDescription:
		'First day of the report (UTC). At most 90 days back from today. The time of day is ignored.',
	endDescription: 'Last day of the report (UTC), at most 90 days after the start date',
};

/** The ads Date Range; Report → Create adds Last 180 Days. */
export function adsDateRangeProperties(extraRanges: string[] = []): INodeProperties[] {
	return dateRangeProperties({
		ranges: [
			'today',
			'yesterday',
			'last7Days',
			'last14Days',
			'last30Days',
			'last60Days',
			'last90Days',
			...extraRanges,
		],
		default: adsRanges.default,
		limits:
			'How far back and how long a range may be depends on the granularity (see the hint below).',
		startDescription: 'First day of the report (UTC). The time of day is ignored.',
		endDescription: 'Last day of the report (UTC), included',
	});
}

// ---- Organic analytics ----

const METRIC_NAMES: Record<string, string> = {
	ENGAGEMENT: 'Engagement',
	ENGAGEMENT_RATE: 'Engagement Rate',
	IMPRESSION: 'Impression',
	OUTBOUND_CLICK: 'Outbound Click',
	OUTBOUND_CLICK_RATE: 'Outbound Click Rate',
	PIN_CLICK: 'Pin Click',
	PIN_CLICK_RATE: 'Pin Click Rate',
	PROFILE_VISIT: 'Profile Visit',
	QUARTILE_95_PERCENT_VIEW: 'Video 95% Views',
	SAVE: 'Save',
	SAVE_RATE: 'Save Rate',
	TOTAL_COMMENTS: 'Total Comments',
	TOTAL_REACTIONS: 'Total Reactions',
	USER_FOLLOW: 'User Follow',
	VIDEO_10S_VIEW: 'Video 10s Views',
	VIDEO_AVG_WATCH_TIME: 'Video Average Watch Time',
	VIDEO_MRC_VIEW: 'Video Views',
	VIDEO_START: 'Video Starts',
	VIDEO_V50_WATCH_TIME: 'Video Total Play Time',
};

/** Options for the given metric enum values (from the spec), sorted by display name. */
export function metricOptions(values: string[]): INodePropertyOptions[] {
	return values
		.map((value) => ({ name: METRIC_NAMES[value] ?? value, value }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export function metricTypesProperty(
	values: string[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Metric Types',
		name: 'metricTypes',
		type: 'multiOptions',
		default: [],
		description: 'Metrics to get. Leave empty for all.',
		options: metricOptions(values),
		...overrides,
	};
}

export const analyticsSandboxNotice: INodeProperties = {
	displayName:
		"Analytics are not available in Pinterest's Sandbox: use a credential with the Production environment",
	name: 'analyticsSandboxNotice',
	type: 'notice',
	default: '',
};

export const analyticsOutputProperty: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'daily',
	description: 'How to turn the report into items',
	options: [
		{
			name: 'Daily Rows',
			value: 'daily',
			description:
				'One item per day (and per split group): group, date, data_status and one field per metric',
		},
		{
			name: 'Summary',
			value: 'summary',
			description: 'One item per split group with the totals over the whole date range',
		},
		{
			name: 'Raw',
			value: 'raw',
			description: "One item with Pinterest's response as it is",
		},
	],
};

/** The app_types filter (query_app_types in the spec), shared by account and pin analytics. */
export const appTypesFilter: INodeProperties = {
	displayName: 'App Type',
	name: 'app_types',
	type: 'options',
	default: 'ALL',
	description: 'Apps or devices to get data for',
	options: [
		{ name: 'All', value: 'ALL' },
		{ name: 'Mobile', value: 'MOBILE' },
		{ name: 'Tablet', value: 'TABLET' },
		{ name: 'Web', value: 'WEB' },
	],
	routing: { send: { type: 'query', property: 'app_types' } },
};

// ---- Ads analytics ----

export const granularityProperty: INodeProperties = {
	displayName: 'Granularity',
	name: 'granularity',
	type: 'options',
	default: 'DAY',
	description: 'How the numbers are broken down over time',
	options: [
		{ name: 'Day', value: 'DAY', description: 'One row per day' },
		{
			name: 'Hour',
			value: 'HOUR',
			description: 'One row per hour; only the last 8 days, no conversion metrics',
		},
		{ name: 'Month', value: 'MONTH', description: 'One row per month' },
		{ name: 'Total', value: 'TOTAL', description: 'One row for the whole date range' },
		{ name: 'Week', value: 'WEEK', description: 'One row per week' },
	],
};

/** The notice of the sync analytics date rules (hooks/adsAnalytics.ts, syncAnalyticsRules). */
export function syncDateHint(entity: boolean): INodeProperties {
	return {
		displayName: entity
			? 'Pinterest keeps 90 days of ad analytics, at most 90 days per request; with granularity Hour only the last 8 days, at most 3 days per request'
			: 'Pinterest keeps 90 days of ad analytics, at most 90 days per request; with granularity Hour only the last 8 days',
		name: 'dateRulesNotice',
		type: 'notice',
		default: '',
	};
}

const ACRONYMS = new Set([
	'CTR',
	'CPC',
	'CPM',
	'ECPC',
	'ECTR',
	'ECPE',
	'ECPM',
	'ECPV',
	'ECPCV',
	'ROAS',
	'ID',
	'MRC',
	'P0',
	'P25',
	'P50',
	'P75',
	'P95',
	'P100',
	'EENGAGEMENT',
]);

/** "SPEND_IN_DOLLAR" → "Spend In Dollar", "CTR_2" → "CTR 2". */
export function columnName(value: string): string {
	return value
		.split('_')
		.map((word) =>
			ACRONYMS.has(word) || /\d/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase(),
		)
		.join(' ');
}

export const columnsProperty: INodeProperties = {
	displayName: 'Columns',
	name: 'columns',
	type: 'multiOptions',
	default: [
		'SPEND_IN_DOLLAR',
		'PAID_IMPRESSION',
		'TOTAL_CLICKTHROUGH',
		'CTR',
		'CPC_IN_MICRO_DOLLAR',
	],
	required: true,
	description:
		'Metrics and attributes to get. Money columns in MICRO_DOLLAR are millionths of the ad account currency. An expression may give an array or comma-separated names, e.g. SPEND_IN_DOLLAR,CTR.',
	options: ANALYTICS_COLUMNS.map((value) => ({ name: columnName(value), value })).sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};

const WINDOW_OPTIONS: INodePropertyOptions[] = [
	{ name: '0 Days', value: 0 },
	{ name: '1 Day', value: 1 },
	{ name: '7 Days', value: 7 },
	{ name: '14 Days', value: 14 },
	{ name: '30 Days', value: 30 },
	{ name: '60 Days', value: 60 },
];

/** Read by attributionValues (hooks/adsAnalytics.ts). */
export const attributionProperty: INodeProperties = {
	displayName: 'Attribution',
	name: 'attribution',
	type: 'collection',
	placeholder: 'Add Attribution Option',
	default: {},
	description:
		'Conversion attribution of Pinterest Tag conversion metrics; Pinterest defaults apply when unset',
	options: [
		{
			displayName: 'Click Window',
			name: 'click_window_days',
			type: 'options',
			default: 30,
			description: 'Days after a pin click in which a conversion counts',
			options: WINDOW_OPTIONS,
		},
		{
			displayName: 'Conversion Report Time',
			name: 'conversion_report_time',
			type: 'options',
			default: 'TIME_OF_AD_ACTION',
			description: 'Which date a conversion is reported on',
			options: [
				{
					name: 'Time of Ad Action',
					value: 'TIME_OF_AD_ACTION',
					description: 'The day the user interacted with the ad',
				},
				{
					name: 'Time of Conversion',
					value: 'TIME_OF_CONVERSION',
					description: 'The day the user converted',
				},
			],
		},
		{
			displayName: 'Engagement Window',
			name: 'engagement_window_days',
			type: 'options',
			default: 30,
			description:
				'Days after an engagement (save, closeup, carousel swipe) in which a conversion counts. Pinterest no longer adds new data for it.',
			options: WINDOW_OPTIONS,
		},
		{
			displayName: 'View Window',
			name: 'view_window_days',
			type: 'options',
			default: 1,
			description: 'Days after a view in which a conversion counts',
			options: WINDOW_OPTIONS,
		},
	],
};
