import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idList } from './adsResolve';
import type { DateRules } from './dateWindow';
import { adsRanges, resolveDateWindow } from './dateWindow';

// Ads analytics (ad account, campaigns, ad groups, ads) and async reports: the date rules by
// granularity and level, columns and conversion attribution, checked before any request.
// The fields are in descriptions/shared/analyticsFields.ts.

/** Sync analytics: 90 days back and 90 days long; HOUR: 8 days back (and 3 days long for entities). */
export function syncAnalyticsRules(granularity: string, entity: boolean): DateRules {
	if (granularity === 'HOUR') {
		return { maxDaysBack: 8, maxRangeDays: entity ? 3 : undefined, reason: 'granularity Hour' };
	}
	return {
		maxDaysBack: 90,
		maxRangeDays: 90,
		reason: `granularity ${granularityName(granularity)}`,
	};
}

/** Async reports: 914 days back, 186 long; HOUR 8 / 3; level PRODUCT_ITEM 92 / 31. */
export function reportRules(granularity: string, level: string): DateRules {
	let rules: DateRules = {
		maxDaysBack: 914,
		maxRangeDays: 186,
		reason: `granularity ${granularityName(granularity)}`,
	};
	if (level === 'PRODUCT_ITEM')
		rules = { maxDaysBack: 92, maxRangeDays: 31, reason: 'level Product Item' };
	if (granularity === 'HOUR') {
		rules = {
			maxDaysBack: Math.min(rules.maxDaysBack, 8),
			maxRangeDays: Math.min(rules.maxRangeDays ?? 3, 3),
			reason:
				level === 'PRODUCT_ITEM' ? 'granularity Hour and level Product Item' : 'granularity Hour',
		};
	}
	return rules;
}

function granularityName(value: string): string {
	return value.charAt(0) + value.slice(1).toLowerCase();
}

/**
 * The Columns parameter as a list of upper-case names: a multi-select, an array (whose entries may
 * hold comma-separated names) or text separated by commas, spaces or semicolons. Names are not
 * limited to the field's options, so what the version 1 text field accepted keeps working.
 */
export function columnList(context: IExecuteSingleFunctions, parameter = 'columns'): string[] {
	const raw = context.getNodeParameter(parameter, []) as unknown;
	const list = (
		Array.isArray(raw)
			? raw.flatMap((value) => String(value ?? '').split(/[,;]/))
			: String(raw ?? '').split(/[\s,;]+/)
	)
		.map((value) => value.trim().toUpperCase())
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
		throw new NodeOperationError(
			context.getNode(),
			`Column "${bad.slice(0, 60)}" is not a column name`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Column names are upper case with underscores, e.g. SPEND_IN_DOLLAR, TOTAL_CLICKTHROUGH.',
			},
		);
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
export function sendSyncAnalytics(entity?: {
	parameter: string;
	query: string;
	field: string;
}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const granularity = this.getNodeParameter('granularity', 'DAY') as string;
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		if (entity) {
			qs[entity.query] = idList(this, entity.parameter, entity.field, { required: true, max: 250 });
		}
		const { startDate, endDate } = resolveDateWindow(
			this,
			syncAnalyticsRules(granularity, !!entity),
			adsRanges,
		);
		qs.start_date = startDate;
		qs.end_date = endDate;
		qs.columns = columnList(this).join(',');
		qs.granularity = granularity;
		Object.assign(qs, attributionValues(this));
		requestOptions.qs = qs;
		return requestOptions;
	};
}
