import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendDateRange, sendMetricTypes } from '../../hooks/analytics';
import {
	analyticsSandboxNotice,
	dateRangeProperties,
	metricOptions,
	metricTypesProperty,
	organicDateRange,
} from '../shared/analyticsFields';
import { analyticsFilters, createdInLast30Days, sendCreatedInLastNDays } from './filters';

/** num_of_pins: integer 1–50 (an expression can bypass the field's own bounds). */
async function checkNumOfPins(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const value = this.getNodeParameter('numOfPins', 10) as unknown;
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1 || number > 50) {
		throw new NodeOperationError(this.getNode(), 'Number of Pins must be a whole number from 1 to 50', {
			itemIndex: this.getItemIndex(),
			description: `Got "${String(value).slice(0, 40)}". Pinterest ranks at most the top 50 pins.`,
		});
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), num_of_pins: number };
	return requestOptions;
}

export const topPinsPreSend = [sendDateRange, sendMetricTypes(false), checkNumOfPins, sendCreatedInLastNDays];

/** The fields of Get Top Pins and Get Top Video Pins, which differ only in their enums. */
export function topPinsProperties(sortBy: string[], metrics: string[]): INodeProperties[] {
	const sortOptions: INodePropertyOptions[] = metricOptions(sortBy);
	return [
		analyticsSandboxNotice,
		...dateRangeProperties(organicDateRange),
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			required: true,
			default: 'IMPRESSION',
			description: 'The metric the pins are ranked by',
			options: sortOptions,
			routing: { send: { type: 'query', property: 'sort_by' } },
		},
		{
			displayName: 'Number of Pins',
			name: 'numOfPins',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 10,
			description: 'How many top pins to return (at most 50)',
		},
		metricTypesProperty(metrics),
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'pins',
			description: 'How to turn the report into items',
			options: [
				{
					name: 'One Item per Pin',
					value: 'pins',
					description: 'Rank, pin_id, one field per metric, data_status and sort_by',
				},
				{ name: 'Raw', value: 'raw', description: "One item with Pinterest's response as it is" },
			],
		},
		analyticsFilters([createdInLast30Days]),
	];
}
