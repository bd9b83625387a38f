import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

// The date window of every analytics request, organic (account, top pins, pin) and ads (sync
// analytics, async reports): a relative Date Range or a custom Start and End Date, both
// YYYY-MM-DD in UTC, checked against Pinterest's limits before any request.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time without an offset, as n8n's date picker stores it (the wall time of the
// workflow's timezone): the calendar date the user picked is taken as it is.
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ZONED_DATE_TIME =
	/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The relative Date Range values: [days back of the start, days back of the end]. */
export const RELATIVE_RANGES: Record<string, [number, number]> = {
	today: [0, 0],
	yesterday: [1, 1],
	last7Days: [7, 1],
	last14Days: [14, 1],
	last30Days: [30, 1],
	last60Days: [60, 1],
	last90Days: [90, 1],
	last180Days: [180, 1],
};

/** Pinterest's limits for one request. */
export interface DateRules {
	/** How many days back from today (UTC) the start date may be. */
	maxDaysBack: number;
	/** How many days the end date may be after the start date (undefined: no rule). */
	maxRangeDays?: number;
	/** Why these rules apply, for the error texts: "granularity Hour". Unset when they always apply. */
	reason?: string;
}

/** Organic analytics: start_date at most 90 days back, end_date at most 90 days past start_date. */
export const organicRules: DateRules = { maxDaysBack: 90, maxRangeDays: 90 };

/** Which Date Range values an operation accepts, and what its errors suggest. */
export interface RangeChoice {
	/** The Date Range when the parameter is missing (the field's default). */
	default: string;
	/** The relative ranges accepted, keys of RELATIVE_RANGES. */
	ranges: readonly string[];
	/** The error description when Date Range is none of them. */
	hint: string;
	/** How many days back the example date of the "is empty" errors is. */
	exampleDaysBack: number;
}

export const organicRanges: RangeChoice = {
	default: 'last30Days',
	ranges: ['last7Days', 'last14Days', 'last30Days', 'last60Days', 'last90Days'],
	hint: 'Pick Last 7, 14, 30, 60 or 90 days, or Custom.',
	exampleDaysBack: organicRules.maxDaysBack,
};

export const adsRanges: RangeChoice = {
	default: 'last7Days',
	ranges: Object.keys(RELATIVE_RANGES),
	hint: 'Pick one of the listed ranges, or Custom.',
	exampleDaysBack: 1,
};

/** Today's date in UTC, YYYY-MM-DD. */
function utcToday(now: Date = new Date()): string {
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
export function relativeRange(days: number, now: Date = new Date(), endDaysBack = 1) {
	const today = utcToday(now);
	return { startDate: addDays(today, -days), endDate: addDays(today, -endDaysBack) };
}

function isCalendarDate(date: string): boolean {
	const match = DATE_ONLY.exec(date);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const parsed = new Date(Date.UTC(y, m - 1, d));
	return (
		parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d
	);
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
	} else if (
		value &&
		typeof value === 'object' &&
		typeof (value as IDataObject).toJSDate === 'function'
	) {
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

/** The custom Start Date and End Date, each present and a date. */
function customDates(context: IExecuteSingleFunctions, example: string): [string, string] {
	const dates: string[] = [];
	for (const [field, parameter] of [
		['Start Date', 'startDate'],
		['End Date', 'endDate'],
	]) {
		const raw = context.getNodeParameter(parameter, '') as unknown;
		if (raw === '' || raw === null || raw === undefined) {
			throw new NodeOperationError(context.getNode(), `${field} is empty`, {
				itemIndex: context.getItemIndex(),
				description: `Set ${field} (a date in UTC, e.g. ${example}), or choose a relative Date Range.`,
			});
		}
		const date = toUtcDate(raw);
		if (!date) {
			throw new NodeOperationError(context.getNode(), `${field} is not a valid date`, {
				itemIndex: context.getItemIndex(),
				description: `"${String(raw).slice(0, 60)}" could not be read as a date. Use YYYY-MM-DD or an ISO 8601 date-time, e.g. {{ $today.minus({ days: 7 }).toISODate() }}.`,
			});
		}
		dates.push(date);
	}
	return [dates[0], dates[1]];
}

/**
 * The checked start and end dates (YYYY-MM-DD, UTC) of an analytics request or report:
 * the Date Range (relative or custom), then the rules: not too far back, end not before
 * start, not too long.
 */
export function resolveDateWindow(
	context: IExecuteSingleFunctions,
	rules: DateRules,
	choice: RangeChoice,
	now: Date = new Date(),
): { startDate: string; endDate: string } {
	const itemIndex = context.getItemIndex();
	const node = context.getNode();
	const today = utcToday(now);
	const range = context.getNodeParameter('dateRange', choice.default) as string;
	let startDate: string;
	let endDate: string;
	if (range === 'custom') {
		[startDate, endDate] = customDates(context, addDays(today, -choice.exampleDaysBack));
	} else {
		const back = choice.ranges.includes(range) ? RELATIVE_RANGES[range] : undefined;
		if (!back) {
			throw new NodeOperationError(node, `Date Range "${range}" is not one of the offered ranges`, {
				itemIndex,
				description: choice.hint,
			});
		}
		({ startDate, endDate } = relativeRange(back[0], now, back[1]));
	}
	const why = rules.reason ? `With ${rules.reason}, ` : '';
	if (daysBetween(startDate, today) > rules.maxDaysBack) {
		const keeps = why ? `${why}Pinterest gives data` : 'Pinterest returns analytics';
		throw new NodeOperationError(
			node,
			`Start Date ${startDate} is more than ${rules.maxDaysBack} days back from today`,
			{
				itemIndex,
				description: `${keeps} for the last ${rules.maxDaysBack} days only: the earliest Start Date today is ${addDays(today, -rules.maxDaysBack)} (UTC).`,
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
				description: `${why}Pinterest allows at most ${rules.maxRangeDays} days between Start Date and End Date: the latest End Date for this start is ${addDays(startDate, rules.maxRangeDays)}.`,
			},
		);
	}
	return { startDate, endDate };
}
