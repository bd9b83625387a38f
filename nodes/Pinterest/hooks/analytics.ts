import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PinterestResponse } from '../transport';
import { organicRanges, organicRules, resolveDateWindow } from './dateWindow';

// Organic analytics (account, top pins, pin): the request from the fields in
// descriptions/shared/analyticsFields.ts, and the response as items.

/** preSend: start_date and end_date from the Date Range parameters. */
export async function sendDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const { startDate, endDate } = resolveDateWindow(this, organicRules, organicRanges);
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
