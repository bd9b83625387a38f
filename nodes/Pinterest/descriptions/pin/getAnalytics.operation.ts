import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { analyticsOutput, sendDateRange, sendMetricTypes } from '../../hooks/analytics';
import {
	analyticsOutputProperty,
	analyticsSandboxNotice,
	appTypesFilter,
	dateRangeProperties,
	metricTypesProperty,
	organicDateRange,
} from '../shared/analyticsFields';
import type { Batcher } from '../../routing/batch';
import { route } from '../../routing/route';
import { pinterestApiRequest } from '../../transport';
import { pinLocator } from './shared';

// pins/analytics: query_pin_analytics_metric_types is a oneOf of a standard and a video
// list; the options are their union (Pinterest answers 400 for a video metric on an
// image pin).
const PIN_METRICS = [
	'IMPRESSION',
	'OUTBOUND_CLICK',
	'PIN_CLICK',
	'PROFILE_VISIT',
	'QUARTILE_95_PERCENT_VIEW',
	'SAVE',
	'SAVE_RATE',
	'TOTAL_COMMENTS',
	'TOTAL_REACTIONS',
	'USER_FOLLOW',
	'VIDEO_10S_VIEW',
	'VIDEO_AVG_WATCH_TIME',
	'VIDEO_MRC_VIEW',
	'VIDEO_START',
	'VIDEO_V50_WATCH_TIME',
];

/** Pinterest's most pin_ids in one GET /pins/analytics (the parameter's maxItems). */
export const MAX_PINS_PER_CALL = 100;

const SINGLE_PIN = /^\/pins\/(\d+)\/analytics$/;

/**
 * Without a split, the analytics of many pins come from one GET /pins/analytics (multi_pins/
 * analytics, up to 100 pin_ids), whose answer holds each pin's PinAnalyticsResponse: the
 * items of a run that ask for the same dates and metrics go together, N pins in
 * ceil(N / 100) requests. A chunk Pinterest refuses (400, 403, 404: a pin that is not there or
 * not the account's, or an app without access to this beta endpoint) is asked again pin by pin,
 * so that only the missing pin's item fails. A lone pin is asked for the single way.
 */
const pinAnalyticsBatch: Batcher = {
	keyOf(request) {
		const qs = { ...(request.qs ?? {}) };
		if (!SINGLE_PIN.test(request.url) || (qs.split_field ?? 'NO_SPLIT') !== 'NO_SPLIT') {
			return undefined;
		}
		delete qs.split_field;
		return JSON.stringify(Object.entries(qs).sort(([a], [b]) => a.localeCompare(b)));
	},
	async send(context, requests, itemIndex) {
		const qs = { ...(requests[0].qs ?? {}) };
		delete qs.split_field;
		const ids = requests.map((request) => SINGLE_PIN.exec(request.url)?.[1] ?? '');
		const unique = [...new Set(ids)];
		const answers = new Map<string, IDataObject | Error>();
		for (let start = 0; start < unique.length; start += MAX_PINS_PER_CALL) {
			const chunk = unique.slice(start, start + MAX_PINS_PER_CALL);
			// One pin needs no bulk call (a beta endpoint: not every app may use it).
			const bulk =
				chunk.length < 2
					? new Error('one pin')
					: await pinterestApiRequest
							.call(
								context,
								{ ...requests[0], url: '/pins/analytics', qs: { ...qs, pin_ids: chunk } },
								itemIndex,
							)
							.then(
								(response) => (response.body ?? {}) as IDataObject,
								(error: unknown) => error as Error,
							);
			const status = Number((bulk as { httpCode?: string }).httpCode);
			// 400, 403, 404: a pin that is missing or not the account's, or no beta access.
			if (bulk instanceof Error && status && ![400, 403, 404].includes(status)) throw bulk;
			for (const id of chunk) {
				if (!(bulk instanceof Error)) {
					const body = bulk[id];
					answers.set(
						id,
						body && typeof body === 'object'
							? (body as IDataObject)
							: new NodeOperationError(
									context.getNode(),
									`Pinterest returned no analytics for pin ${id}`,
									{
										description: 'Check that the pin exists and belongs to the connected account.',
									},
								),
					);
					continue;
				}
				const single = requests[ids.indexOf(id)];
				answers.set(
					id,
					await pinterestApiRequest.call(context, single, itemIndex).then(
						(response) => (response.body ?? {}) as IDataObject,
						(error: unknown) => error as Error,
					),
				);
			}
		}
		return ids.map((id) => answers.get(id) as IDataObject | Error);
	},
};

export const option: INodePropertyOptions = {
	name: 'Get Analytics',
	value: 'getAnalytics',
	action: 'Get analytics of a pin',
	description:
		'Get the impressions, saves, clicks and other metrics of a pin for a date range (up to 90 days back); the pins of one run are asked together, 100 a request. Returns one item per day, one summary, or the raw answer (not available in Sandbox).',
	routing: route({
		method: 'GET',
		url: '/pins/{pin}/analytics',
		preSend: [sendDateRange, sendMetricTypes(true)],
		postReceive: [analyticsOutput],
		batch: pinAnalyticsBatch,
	}),
};

const properties: INodeProperties[] = [
	analyticsSandboxNotice,
	pinLocator(),
	...dateRangeProperties(organicDateRange),
	metricTypesProperty(PIN_METRICS, {
		required: true,
		default: ['IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE'],
		description:
			'Metrics to get, at least one. Video metrics apply to video pins only; profile visits and follows only to pins created since 2023-03-20 (or Idea pins).',
	}),
	{
		displayName: 'Split By',
		name: 'splitField',
		type: 'options',
		default: 'NO_SPLIT',
		description: 'Split the numbers into groups; each group becomes its own rows',
		options: [
			{ name: 'App Type', value: 'APP_TYPE' },
			{ name: 'No Split', value: 'NO_SPLIT' },
		],
		routing: { send: { type: 'query', property: 'split_field' } },
	},
	analyticsOutputProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [appTypesFilter],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['getAnalytics'] } },
	properties,
);
