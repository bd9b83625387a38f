import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendDateRange, sendMetricTypes } from '../../hooks/analytics';
import {
	analyticsOutputProperty,
	analyticsSandboxNotice,
	dateRangeProperties,
	metricTypesProperty,
	organicDateRange,
} from '../shared/analyticsFields';
import { analyticsFilters } from './shared';

// user_account/analytics: query_metric_types enum.
export const ACCOUNT_METRICS = [
	'ENGAGEMENT',
	'ENGAGEMENT_RATE',
	'IMPRESSION',
	'OUTBOUND_CLICK',
	'OUTBOUND_CLICK_RATE',
	'PIN_CLICK',
	'PIN_CLICK_RATE',
	'SAVE',
	'SAVE_RATE',
];

export const preSend = [sendDateRange, sendMetricTypes(false)];

const properties: INodeProperties[] = [
	analyticsSandboxNotice,
	...dateRangeProperties(organicDateRange),
	metricTypesProperty(ACCOUNT_METRICS),
	{
		displayName: 'Split By',
		name: 'splitField',
		type: 'options',
		default: 'NO_SPLIT',
		description: 'Split the numbers into groups; each group becomes its own rows',
		options: [
			{ name: 'App Type', value: 'APP_TYPE' },
			{ name: 'No Split', value: 'NO_SPLIT' },
			{ name: 'Owned Content', value: 'OWNED_CONTENT' },
			{ name: 'Pin Format', value: 'PIN_FORMAT' },
			{ name: 'Source', value: 'SOURCE' },
		],
		routing: { send: { type: 'query', property: 'split_field' } },
	},
	analyticsOutputProperty,
	analyticsFilters(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAnalytics'] } },
	properties,
);
