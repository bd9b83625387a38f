import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PinterestResponse } from '../transport';

// Organic analytics (account, top pins, pin) share one date window (REFERENCE.md §5):
// start_date "cannot be more than 90 days back from today", end_date "cannot be more than
// 90 days past start_date", both YYYY-MM-DD in UTC. We check it before any request.

export const MAX_DAYS_BACK = 90;
const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time without an offset, as n8n's date picker stores it (the wall time of the
// workflow's timezone): the calendar date the user picked is taken as it is.
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const RELATIVE_RANGES: Record<string, number> = {
	last7Days: 7,
	last14Days: 14,
	last30Days: 30,
	last60Days: 60,
	last90Days: 90,
};

/** Today's date in UTC, YYYY-MM-DD. */
export function utcToday(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function addDays(date: string, days: number): string {
	return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}

/**
 * "Last N days" = the N complete days before today (UTC): today is left out because its
 * numbers are still coming in. Last 90 days starts exactly 90 days back, the API's limit.
 */
export function relativeRange(days: number, now: Date = new Date()) {
	const today = utcToday(now);
	return { startDate: addDays(today, -days), endDate: addDays(today, -1) };
}

function isCalendarDate(date: string): boolean {
	const match = DATE_ONLY.exec(date);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const parsed = new Date(Date.UTC(y, m - 1, d));
	return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

/**
 * A date parameter as YYYY-MM-DD in UTC, or undefined when it is not a date. Takes what n8n
 * gives: "2025-05-01", the date picker's "2025-05-01T00:00:00", ISO date-times with an
 * offset (converted to UTC), JavaScript Dates and Luxon DateTimes from expressions.
 */
export function toUtcDate(value: unknown): string | undefined {
	let date: Date | undefined;
	if (value instanceof Date) {
		date = value;
	} else if (value && typeof value === 'object' && typeof (value as IDataObject).toJSDate === 'function') {
		date = (value as { toJSDate: () => Date }).toJSDate();
	} else if (typeof value === 'string') {
		const text = value.trim();
		if (DATE_ONLY.test(text)) return isCalendarDate(text) ? text : undefined;
		const local = LOCAL_DATE_TIME.exec(text);
		if (local) return isCalendarDate(local[1]) ? local[1] : undefined;
		if (ZONED_DATE_TIME.test(text) && isCalendarDate(text.slice(0, 10))) date = new Date(text);
	}
	if (!date || Number.isNaN(date.getTime())) return undefined;
	return date.toISOString().slice(0, 10);
}

/** The start and end dates of an analytics request, checked against Pinterest's window. */
export function resolveDateRange(
	context: IExecuteSingleFunctions,
	now: Date = new Date(),
): { startDate: string; endDate: string } {
	const itemIndex = context.getItemIndex();
	const node = context.getNode();
	const range = context.getNodeParameter('dateRange', 'last30Days') as string;
	const today = utcToday(now);
	const earliest = addDays(today, -MAX_DAYS_BACK);
	if (range !== 'custom') {
		const days = RELATIVE_RANGES[range];
		if (!days) {
			throw new NodeOperationError(node, `Date Range "${range}" is not one of the offered ranges`, {
				itemIndex,
				description: 'Pick Last 7, 14, 30, 60 or 90 days, or Custom.',
			});
		}
		return relativeRange(days, now);
	}
	const dates: Record<'Start Date' | 'End Date', string> = { 'Start Date': '', 'End Date': '' };
	for (const [field, parameter] of [
		['Start Date', 'startDate'],
		['End Date', 'endDate'],
	] as const) {
		const raw = context.getNodeParameter(parameter, '') as unknown;
		if (raw === '' || raw === null || raw === undefined) {
			throw new NodeOperationError(node, `${field} is empty`, {
				itemIndex,
				description: `Set ${field} (a date in UTC, e.g. ${earliest}), or choose a relative Date Range.`,
			});
		}
		const date = toUtcDate(raw);
		if (!date) {
			throw new NodeOperationError(node, `${field} is not a valid date`, {
				itemIndex,
				description: `"${String(raw).slice(0, 60)}" could not be read as a date. Use YYYY-MM-DD or an ISO 8601 date-time, e.g. {{ $today.minus({ days: 7 }).toISODate() }}.`,
			});
		}
		dates[field] = date;
	}
	const startDate = dates['Start Date'];
	const endDate = dates['End Date'];
	if (daysBetween(startDate, today) > MAX_DAYS_BACK) {
		throw new NodeOperationError(
			node,
			`Start Date ${startDate} is more than ${MAX_DAYS_BACK} days back from today`,
			{
				itemIndex,
				description: `Pinterest returns analytics for the last ${MAX_DAYS_BACK} days only: the earliest Start Date today is ${earliest} (UTC).`,
			},
		);
	}
	if (daysBetween(startDate, endDate) < 0) {
		throw new NodeOperationError(node, `End Date ${endDate} is before Start Date ${startDate}`, {
			itemIndex,
			description: 'Set an End Date on or after the Start Date.',
		});
	}
	if (daysBetween(startDate, endDate) > MAX_DAYS_BACK) {
		throw new NodeOperationError(
			node,
			`End Date ${endDate} is more than ${MAX_DAYS_BACK} days after Start Date ${startDate}`,
			{
				itemIndex,
				description: `Pinterest allows at most ${MAX_DAYS_BACK} days between Start Date and End Date: the latest End Date for this start is ${addDays(startDate, MAX_DAYS_BACK)}.`,
			},
		);
	}
	return { startDate, endDate };
}

/** preSend: start_date and end_date from the Date Range parameters. */
export async function sendDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const { startDate, endDate } = resolveDateRange(this);
	requestOptions.qs = { ...(requestOptions.qs ?? {}), start_date: startDate, end_date: endDate };
	return requestOptions;
}

/**
 * preSend: the Metric Types multi-select as one comma-separated metric_types value (the
 * spec's style form, explode=false). Empty means "all" where the API allows it.
 */
export function sendMetricTypes(required: boolean): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter('metricTypes', []) as unknown;
		const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((value) => String(value).trim().toUpperCase())
			.filter(Boolean);
		const metrics = [...new Set(list)];
		if (metrics.length === 0) {
			if (required) {
				throw new NodeOperationError(this.getNode(), 'Metric Types is empty', {
					itemIndex: this.getItemIndex(),
					description: 'Pinterest needs at least one metric for this operation, e.g. Impression.',
				});
			}
			return requestOptions;
		}
		requestOptions.qs = { ...(requestOptions.qs ?? {}), metric_types: metrics.join(',') };
		return requestOptions;
	};
}

// ---- Properties shared by the analytics operations ----

export function dateRangeProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Date Range',
			name: 'dateRange',
			type: 'options',
			default: 'last30Days',
			description:
				'Days to report on, in UTC. "Last N days" are the N complete days before today. Pinterest keeps 90 days of analytics.',
			// Sorted by name, as n8n's verification requires of every option list.
			options: [
				{ name: 'Custom', value: 'custom' },
				{ name: 'Last 14 Days', value: 'last14Days' },
				{ name: 'Last 30 Days', value: 'last30Days' },
				{ name: 'Last 60 Days', value: 'last60Days' },
				{ name: 'Last 7 Days', value: 'last7Days' },
				{ name: 'Last 90 Days', value: 'last90Days' },
			],
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			required: true,
			description:
				'First day of the report (UTC). At most 90 days back from today. The time of day is ignored.',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'Last day of the report (UTC), at most 90 days after the start date',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
	];
}

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
			description: 'One item per day (and per split group): group, date, data_status and one field per metric',
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

// ---- Output shaping (postReceive) ----

function pinIdOf(response: IN8nHttpFullResponse): string | undefined {
	const url = (response as PinterestResponse).request?.url ?? '';
	return /\/pins\/(\d+)\/analytics/.exec(url)?.[1];
}

/**
 * postReceive for AnalyticsResponse / PinAnalyticsResponse: `{ <group>: { daily_metrics,
 * summary_metrics, lifetime_metrics? } }`. The group keys are not named in the spec; they
 * are passed on as `group`. Pin analytics rows also carry `pin_id`.
 */
export async function analyticsOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const mode = this.getNodeParameter('output', 'daily') as string;
	if (mode === 'raw') return items;
	const body = (items[0]?.json ?? {}) as IDataObject;
	const pinId = pinIdOf(response);
	const base = (group: string): IDataObject => (pinId ? { pin_id: pinId, group } : { group });
	const rows: INodeExecutionData[] = [];
	for (const [group, value] of Object.entries(body)) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
		const data = value as IDataObject;
		if (mode === 'summary') {
			const row: IDataObject = { ...base(group), ...((data.summary_metrics as IDataObject) ?? {}) };
			if (data.lifetime_metrics && typeof data.lifetime_metrics === 'object') {
				row.lifetime_metrics = data.lifetime_metrics;
			}
			rows.push({ json: row });
			continue;
		}
		const days = Array.isArray(data.daily_metrics) ? (data.daily_metrics as IDataObject[]) : [];
		for (const day of days) {
			rows.push({
				json: {
					...base(group),
					date: day.date,
					data_status: day.data_status,
					...((day.metrics as IDataObject) ?? {}),
				},
			});
		}
	}
	return rows;
}

/** postReceive for top pins / top video pins: one item per pin, in Pinterest's order. */
export async function topPinsOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const mode = this.getNodeParameter('output', 'pins') as string;
	if (mode === 'raw') return items;
	const body = (items[0]?.json ?? {}) as IDataObject;
	const pins = Array.isArray(body.pins) ? (body.pins as IDataObject[]) : [];
	return pins.map((pin, index) => ({
		json: {
			rank: index + 1,
			pin_id: pin.pin_id,
			...((pin.metrics as IDataObject) ?? {}),
			data_status: pin.data_status,
			sort_by: body.sort_by,
		},
	}));
}

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
