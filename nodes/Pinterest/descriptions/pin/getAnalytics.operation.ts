import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { analyticsOutput, sendDateRange, sendMetricTypes } from '../../hooks/analytics';
import {
	analyticsOutputProperty,
	analyticsSandboxNotice,
	appTypesFilter,
	dateRangeProperties,
	metricTypesProperty,
	organicDateRange,
} from '../shared/analyticsFields';
import { route } from '../../routing/route';
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

export const option: INodePropertyOptions = {
	name: 'Get Analytics',
	value: 'getAnalytics',
	action: 'Get analytics of a pin',
	description:
		'Get the impressions, saves, clicks and other metrics of one pin for a date range (up to 90 days back). Returns one item per day, one summary, or the raw answer (not available in Sandbox).',
	routing: route({
		method: 'GET',
		url: '/pins/{pin}/analytics',
		preSend: [sendDateRange, sendMetricTypes(true)],
		postReceive: [analyticsOutput],
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
