import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idList } from './adsResolve';
import { addDays, daysBetween, toUtcDate, utcToday } from './analytics';

// Ads analytics (ad account, campaigns, ad groups, ads) and async reports: date windows,
// granularity, columns and conversion attribution, checked before any request.

/** query_columns of the sync analytics endpoints (ad_account/analytics, campaigns/analytics, ...). */
export const ANALYTICS_COLUMNS = [
	'SPEND_IN_MICRO_DOLLAR', 'PAID_IMPRESSION', 'SPEND_IN_DOLLAR', 'CPC_IN_MICRO_DOLLAR',
	'ECPC_IN_MICRO_DOLLAR', 'ECPC_IN_DOLLAR', 'CTR', 'ECTR', 'OUTBOUND_CTR_1', 'CAMPAIGN_NAME',
	'CAMPAIGN_BRAND_LABEL', 'PIN_ID', 'TOTAL_ENGAGEMENT', 'ENGAGEMENT_1', 'ENGAGEMENT_2',
	'ECPE_IN_DOLLAR', 'ENGAGEMENT_RATE', 'EENGAGEMENT_RATE', 'ECPM_IN_MICRO_DOLLAR', 'REPIN_RATE',
	'CTR_2', 'CAMPAIGN_ID', 'ADVERTISER_ID', 'AD_ACCOUNT_ID', 'PIN_PROMOTION_ID', 'AD_ID',
	'AD_GROUP_ID', 'CAMPAIGN_ENTITY_STATUS', 'CAMPAIGN_OBJECTIVE_TYPE', 'CPM_IN_MICRO_DOLLAR',
	'CPM_IN_DOLLAR', 'AD_GROUP_NAME', 'AD_GROUP_BUDGET_TYPE', 'AD_GROUP_BUDGET_IN_LOCAL_CURRENCY',
	'AD_GROUP_ENTITY_STATUS', 'AD_GROUP_BID_MULTIPLIER', 'PROMO_ID', 'PROMO_NAME', 'ORDER_LINE_ID',
	'ORDER_LINE_NAME', 'CLICKTHROUGH_1', 'REPIN_1', 'IMPRESSION_1', 'IMPRESSION_1_GROSS',
	'CLICKTHROUGH_1_GROSS', 'OUTBOUND_CLICK_1', 'CLICKTHROUGH_2', 'REPIN_2', 'IMPRESSION_2',
	'OUTBOUND_CLICK_2', 'TOTAL_CLICKTHROUGH', 'TOTAL_IMPRESSION', 'TOTAL_IMPRESSION_USER',
	'TOTAL_IMPRESSION_FREQUENCY', 'COST_PER_OUTBOUND_CLICK_IN_DOLLAR',
	'COST_PER_OUTBOUND_CLICK_IN_DOLLAR_1', 'TOTAL_ENGAGEMENT_SIGNUP', 'TOTAL_ENGAGEMENT_CHECKOUT',
	'TOTAL_ENGAGEMENT_LEAD', 'TOTAL_CLICK_SIGNUP', 'TOTAL_CLICK_CHECKOUT', 'TOTAL_CLICK_ADD_TO_CART',
	'TOTAL_CLICK_LEAD', 'TOTAL_VIEW_SIGNUP', 'TOTAL_VIEW_CHECKOUT', 'TOTAL_VIEW_ADD_TO_CART',
	'TOTAL_VIEW_LEAD', 'TOTAL_CONVERSIONS', 'TOTAL_ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR',
	'TOTAL_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR',
	'TOTAL_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR',
	'TOTAL_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SESSIONS', 'WEB_SESSIONS_1',
	'WEB_SESSIONS_2', 'AD_NAME', 'CAMPAIGN_LIFETIME_SPEND_CAP', 'AD_GROUP_OPTIMIZATION',
	'CAMPAIGN_DAILY_SPEND_CAP', 'CAMPAIGN_BUDGET_OPTIMIZATION', 'IS_PREMIERE_CAMPAIGN',
	'TOTAL_PAGE_VISIT', 'TOTAL_SIGNUP', 'TOTAL_CHECKOUT', 'TOTAL_CUSTOM', 'TOTAL_LEAD',
	'TOTAL_ADD_TO_WISHLIST', 'TOTAL_SUBSCRIBE', 'TOTAL_SIGNUP_VALUE_IN_MICRO_DOLLAR',
	'TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CUSTOM_VALUE_IN_MICRO_DOLLAR',
	'PAGE_VISIT_COST_PER_ACTION', 'PAGE_VISIT_ROAS', 'CHECKOUT_ROAS', 'CUSTOM_ROAS',
	'PRODUCT_GROUP_AD_IMAGE_TAG', 'PRODUCT_GROUP_AD_VIDEO_TAG', 'VIDEO_3SEC_VIEWS_1',
	'VIDEO_15SEC_UNIQUE_VIEWS_1', 'VIDEO_MRC_VIEWS_1', 'VIDEO_3SEC_VIEWS_2',
	'VIDEO_15SEC_UNIQUE_VIEWS_2', 'VIDEO_P100_COMPLETE_2', 'VIDEO_P0_COMBINED_2',
	'VIDEO_P25_COMBINED_2', 'VIDEO_P50_COMBINED_2', 'VIDEO_P75_COMBINED_2', 'VIDEO_P95_COMBINED_2',
	'VIDEO_MRC_VIEWS_2', 'PAID_VIDEO_VIEWABLE_RATE', 'VIDEO_LENGTH', 'VIDEO_SPEND_IN_DOLLAR',
	'ECPV_IN_DOLLAR', 'ECPCV_IN_DOLLAR', 'ECPCV_P95_IN_DOLLAR', 'TOTAL_VIDEO_3SEC_VIEWS',
	'TOTAL_VIDEO_15SEC_UNIQUE_VIEWS', 'TOTAL_VIDEO_P100_COMPLETE', 'TOTAL_VIDEO_P0_COMBINED',
	'TOTAL_VIDEO_P25_COMBINED', 'TOTAL_VIDEO_P50_COMBINED', 'TOTAL_VIDEO_P75_COMBINED',
	'TOTAL_VIDEO_P95_COMBINED', 'TOTAL_VIDEO_MRC_VIEWS', 'TOTAL_VIDEO_AVG_WATCHTIME_IN_SECOND',
	'TOTAL_REPIN_RATE', 'WEB_CHECKOUT_COST_PER_ACTION', 'WEB_CHECKOUT_ROAS', 'TOTAL_WEB_CHECKOUT',
	'TOTAL_WEB_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_CHECKOUT',
	'TOTAL_WEB_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CHECKOUT',
	'TOTAL_WEB_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CHECKOUT',
	'TOTAL_WEB_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'INAPP_CHECKOUT_COST_PER_ACTION',
	'TOTAL_OFFLINE_CHECKOUT', 'TOTAL_APP_INSTALL_CONVERSION_RATE',
	'TOTAL_INAPP_APP_INSTALL_CONVERSION_RATE', 'IDEA_PIN_PRODUCT_TAG_VISIT_1',
	'IDEA_PIN_PRODUCT_TAG_VISIT_2', 'TOTAL_IDEA_PIN_PRODUCT_TAG_VISIT', 'LEADS', 'COST_PER_LEAD',
	'QUIZ_COMPLETED', 'QUIZ_PIN_RESULT_OPEN', 'QUIZ_COMPLETION_RATE', 'SHOWCASE_PIN_CLICKTHROUGH',
	'SHOWCASE_SUBPAGE_CLICKTHROUGH', 'SHOWCASE_SUBPIN_CLICKTHROUGH', 'SHOWCASE_SUBPAGE_IMPRESSION',
	'SHOWCASE_SUBPIN_IMPRESSION', 'SHOWCASE_SUBPAGE_SWIPE_LEFT', 'SHOWCASE_SUBPAGE_SWIPE_RIGHT',
	'SHOWCASE_SUBPIN_SWIPE_LEFT', 'SHOWCASE_SUBPIN_SWIPE_RIGHT', 'SHOWCASE_SUBPAGE_REPIN',
	'SHOWCASE_SUBPIN_REPIN', 'SHOWCASE_SUBPAGE_CLOSEUP', 'SHOWCASE_CARD_THUMBNAIL_SWIPE_FORWARD',
	'SHOWCASE_CARD_THUMBNAIL_SWIPE_BACKWARD', 'SHOWCASE_AVERAGE_SUBPAGE_CLOSEUP_PER_SESSION',
	'TOTAL_CHECKOUT_CONVERSION_RATE', 'TOTAL_VIEW_CATEGORY_CONVERSION_RATE',
	'TOTAL_ADD_TO_CART_CONVERSION_RATE', 'TOTAL_SIGNUP_CONVERSION_RATE',
	'TOTAL_PAGE_VISIT_CONVERSION_RATE', 'TOTAL_LEAD_CONVERSION_RATE', 'TOTAL_SEARCH_CONVERSION_RATE',
	'TOTAL_WATCH_VIDEO_CONVERSION_RATE', 'TOTAL_UNKNOWN_CONVERSION_RATE',
	'TOTAL_CUSTOM_CONVERSION_RATE',
];

const ACRONYMS = new Set(['CTR', 'CPC', 'CPM', 'ECPC', 'ECTR', 'ECPE', 'ECPM', 'ECPV', 'ECPCV', 'ROAS', 'ID', 'MRC', 'P0', 'P25', 'P50', 'P75', 'P95', 'P100', 'EENGAGEMENT']);

/** "SPEND_IN_DOLLAR" → "Spend In Dollar", "CTR_2" → "CTR 2". */
export function columnName(value: string): string {
	return value
		.split('_')
		.map((word) => (ACRONYMS.has(word) || /\d/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
		.join(' ');
}

export const columnOptions: INodePropertyOptions[] = ANALYTICS_COLUMNS.map((value) => ({
	name: columnName(value),
	value,
})).sort((a, b) => a.name.localeCompare(b.name));

export const GRANULARITIES = ['TOTAL', 'DAY', 'HOUR', 'WEEK', 'MONTH'];

// ---- Date windows ----

export interface DateRules {
	/** How many days back from today (UTC) the start date may be. */
	maxDaysBack: number;
	/** How many days the end date may be after the start date (undefined: no rule). */
	maxRangeDays?: number;
	/** Why these rules apply, for the error text: "granularity Hour". */
	reason: string;
}

/** Sync analytics: 90 days back and 90 days long; HOUR: 8 days back (and 3 days long for entities). */
export function syncAnalyticsRules(granularity: string, entity: boolean): DateRules {
	if (granularity === 'HOUR') {
		return { maxDaysBack: 8, maxRangeDays: entity ? 3 : undefined, reason: 'granularity Hour' };
	}
	return { maxDaysBack: 90, maxRangeDays: 90, reason: `granularity ${granularityName(granularity)}` };
}

/** Async reports: 914 days back, 186 long; HOUR 8 / 3; level PRODUCT_ITEM 92 / 31. */
export function reportRules(granularity: string, level: string): DateRules {
	let rules: DateRules = { maxDaysBack: 914, maxRangeDays: 186, reason: `granularity ${granularityName(granularity)}` };
	if (level === 'PRODUCT_ITEM') rules = { maxDaysBack: 92, maxRangeDays: 31, reason: 'level Product Item' };
	if (granularity === 'HOUR') {
		rules = {
			maxDaysBack: Math.min(rules.maxDaysBack, 8),
			maxRangeDays: Math.min(rules.maxRangeDays ?? 3, 3),
			reason: level === 'PRODUCT_ITEM' ? 'granularity Hour and level Product Item' : 'granularity Hour',
		};
	}
	return rules;
}

function granularityName(value: string): string {
	return value.charAt(0) + value.slice(1).toLowerCase();
}

const RELATIVE: Record<string, [number, number]> = {
	// [days back of the start, days back of the end]
	today: [0, 0],
	yesterday: [1, 1],
	last7Days: [7, 1],
	last14Days: [14, 1],
	last30Days: [30, 1],
	last60Days: [60, 1],
	last90Days: [90, 1],
	last180Days: [180, 1],
};

/** The checked start and end dates (YYYY-MM-DD, UTC) of an ads analytics request or report. */
export function resolveAdsDateRange(
	context: IExecuteSingleFunctions,
	rules: DateRules,
	now: Date = new Date(),
): { startDate: string; endDate: string } {
	const itemIndex = context.getItemIndex();
	const node = context.getNode();
	const today = utcToday(now);
	const range = context.getNodeParameter('dateRange', 'last7Days') as string;
	let startDate: string;
	let endDate: string;
	if (range === 'custom') {
		const dates: string[] = [];
		for (const [field, parameter] of [
			['Start Date', 'startDate'],
			['End Date', 'endDate'],
		]) {
			const raw = context.getNodeParameter(parameter, '') as unknown;
			if (raw === '' || raw === null || raw === undefined) {
				throw new NodeOperationError(node, `${field} is empty`, {
					itemIndex,
					description: `Set ${field} (a date in UTC, e.g. ${addDays(today, -1)}), or choose a relative Date Range.`,
				});
			}
			const date = toUtcDate(raw);
			if (!date) {
				throw new NodeOperationError(node, `${field} is not a valid date`, {
					itemIndex,
					description: `"${String(raw).slice(0, 60)}" could not be read as a date. Use YYYY-MM-DD or an ISO 8601 date-time, e.g. {{ $today.minus({ days: 7 }).toISODate() }}.`,
				});
			}
			dates.push(date);
		}
		[startDate, endDate] = dates;
	} else {
		const days = RELATIVE[range];
		if (!days) {
			throw new NodeOperationError(node, `Date Range "${range}" is not one of the offered ranges`, {
				itemIndex,
				description: 'Pick one of the listed ranges, or Custom.',
			});
		}
		startDate = addDays(today, -days[0]);
		endDate = addDays(today, -days[1]);
	}
	const earliest = addDays(today, -rules.maxDaysBack);
	if (daysBetween(startDate, today) > rules.maxDaysBack) {
		throw new NodeOperationError(
			node,
			`Start Date ${startDate} is more than ${rules.maxDaysBack} days back from today`,
			{
				itemIndex,
				description: `With ${rules.reason}, Pinterest gives data for the last ${rules.maxDaysBack} days only: the earliest Start Date today is ${earliest} (UTC).`,
			},
		);
	}
	if (daysBetween(startDate, endDate) < 0) {
		throw new NodeOperationError(node, `End Date ${endDate} is before Start Date ${startDate}`, {
			itemIndex,
			description: 'Set an End Date on or after the Start Date.',
		});
	}
	if (rules.maxRangeDays !== undefined && daysBetween(startDate, endDate) > rules.maxRangeDays) {
		throw new NodeOperationError(
			node,
			`End Date ${endDate} is more than ${rules.maxRangeDays} days after Start Date ${startDate}`,
			{
				itemIndex,
				description: `With ${rules.reason}, Pinterest allows at most ${rules.maxRangeDays} days between Start Date and End Date: the latest End Date for this start is ${addDays(startDate, rules.maxRangeDays)}.`,
			},
		);
	}
	return { startDate, endDate };
}

/** The Columns parameter as a list of upper-case names (multi-select, array or comma text). */
export function columnList(context: IExecuteSingleFunctions, parameter = 'columns'): string[] {
	const raw = context.getNodeParameter(parameter, []) as unknown;
	const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/))
		.map((value) => String(value).trim().toUpperCase())
		.filter(Boolean);
	const columns = [...new Set(list)];
	if (columns.length === 0) {
		throw new NodeOperationError(context.getNode(), 'Columns is empty', {
			itemIndex: context.getItemIndex(),
			description: 'Pinterest needs at least one column, e.g. SPEND_IN_DOLLAR.',
		});
	}
	const bad = columns.find((column) => !/^[A-Z0-9_]+$/.test(column));
	if (bad) {
		throw new NodeOperationError(context.getNode(), `Column "${bad.slice(0, 60)}" is not a column name`, {
			itemIndex: context.getItemIndex(),
			description: 'Column names are upper case with underscores, e.g. SPEND_IN_DOLLAR, TOTAL_CLICKTHROUGH.',
		});
	}
	return columns;
}

/** Reads the Attribution collection: click/engagement/view windows and conversion report time. */
export function attributionValues(context: IExecuteSingleFunctions): IDataObject {
	const options = context.getNodeParameter('attribution', {}) as IDataObject;
	const out: IDataObject = {};
	for (const key of ['click_window_days', 'engagement_window_days', 'view_window_days']) {
		if (options[key] !== undefined && options[key] !== '') out[key] = Number(options[key]);
	}
	if (options.conversion_report_time) out.conversion_report_time = options.conversion_report_time;
	return out;
}

/**
 * preSend of the sync analytics operations: dates (checked), granularity, comma-joined
 * columns (explode: false in the spec), attribution, and the entity IDs when asked.
 */
export function sendSyncAnalytics(entity?: { parameter: string; query: string; field: string }): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const granularity = this.getNodeParameter('granularity', 'DAY') as string;
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		if (entity) {
			qs[entity.query] = idList(this, entity.parameter, entity.field, { required: true, max: 250 });
		}
		const { startDate, endDate } = resolveAdsDateRange(this, syncAnalyticsRules(granularity, !!entity));
		qs.start_date = startDate;
		qs.end_date = endDate;
		qs.columns = columnList(this).join(',');
		qs.granularity = granularity;
		Object.assign(qs, attributionValues(this));
		requestOptions.qs = qs;
		return requestOptions;
	};
}

// ---- Properties ----

export function adsDateRangeProperties(extra: INodePropertyOptions[] = []): INodeProperties[] {
	return [
		{
			displayName: 'Date Range',
			name: 'dateRange',
			type: 'options',
			default: 'last7Days',
			description:
				'Days to report on, in UTC. "Last N days" are the N complete days before today. How far back and how long a range may be depends on the granularity (see the hint below).',
			// Sorted by name, as n8n's verification requires of every option list.
			options: [
				{ name: 'Custom', value: 'custom' },
				{ name: 'Last 14 Days', value: 'last14Days' },
				{ name: 'Last 30 Days', value: 'last30Days' },
				{ name: 'Last 60 Days', value: 'last60Days' },
				{ name: 'Last 7 Days', value: 'last7Days' },
				{ name: 'Last 90 Days', value: 'last90Days' },
				{ name: 'Today', value: 'today' },
				{ name: 'Yesterday', value: 'yesterday' },
				...extra,
			].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'First day of the report (UTC). The time of day is ignored.',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'Last day of the report (UTC), included',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
	];
}

export const granularityProperty: INodeProperties = {
	displayName: 'Granularity',
	name: 'granularity',
	type: 'options',
	default: 'DAY',
	description: 'How the numbers are broken down over time',
	options: [
		{ name: 'Day', value: 'DAY', description: 'One row per day' },
		{ name: 'Hour', value: 'HOUR', description: 'One row per hour; only the last 8 days, no conversion metrics' },
		{ name: 'Month', value: 'MONTH', description: 'One row per month' },
		{ name: 'Total', value: 'TOTAL', description: 'One row for the whole date range' },
		{ name: 'Week', value: 'WEEK', description: 'One row per week' },
	],
};

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

export const columnsProperty: INodeProperties = {
	displayName: 'Columns',
	name: 'columns',
	type: 'multiOptions',
	default: ['SPEND_IN_DOLLAR', 'PAID_IMPRESSION', 'TOTAL_CLICKTHROUGH', 'CTR', 'CPC_IN_MICRO_DOLLAR'],
	required: true,
	description:
		'Metrics and attributes to get. Money columns in MICRO_DOLLAR are millionths of the ad account currency. An expression may give an array or comma-separated names, e.g. SPEND_IN_DOLLAR,CTR.',
	options: columnOptions,
};

const WINDOW_OPTIONS: INodePropertyOptions[] = [
	{ name: '0 Days', value: 0 },
	{ name: '1 Day', value: 1 },
	{ name: '7 Days', value: 7 },
	{ name: '14 Days', value: 14 },
	{ name: '30 Days', value: 30 },
	{ name: '60 Days', value: 60 },
];

export const attributionProperty: INodeProperties = {
	displayName: 'Attribution',
	name: 'attribution',
	type: 'collection',
	placeholder: 'Add Attribution Option',
	default: {},
	description: 'Conversion attribution of Pinterest Tag conversion metrics; Pinterest defaults apply when unset',
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
				{ name: 'Time of Ad Action', value: 'TIME_OF_AD_ACTION', description: 'The day the user interacted with the ad' },
				{ name: 'Time of Conversion', value: 'TIME_OF_CONVERSION', description: 'The day the user converted' },
			],
		},
		{
			displayName: 'Engagement Window',
			name: 'engagement_window_days',
			type: 'options',
			default: 30,
			description: 'Days after an engagement (save, closeup, carousel swipe) in which a conversion counts. Pinterest no longer adds new data for it.',
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
