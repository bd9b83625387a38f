import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	AGE_BUCKETS,
	GENDERS,
	KEYWORD_INTERESTS,
	KEYWORD_REGIONS,
	MAX_TREND_LIMIT,
	TREND_TYPES,
} from '../../hooks/trends';
import { byName, regionOptions } from './shared';

const genderNames: Record<string, string> = {
	female: 'Female',
	male: 'Male',
	unknown: 'Unknown (Unspecified or Custom)',
};

const keywordOptions: INodeProperties[] = [
	{
		displayName: 'Include Demographics',
		name: 'includeDemographics',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the age and gender distribution of each keyword (a closed beta of the Pinterest API)',
	},
	{
		displayName: 'Include Predictions',
		name: 'includePredictions',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the predicted weekly search volume of the next 90 days (a closed beta of the Pinterest API)',
	},
	{
		displayName: 'Normalize Against Group',
		name: 'normalizeAgainstGroup',
		type: 'boolean',
		default: false,
		description:
			'Whether to scale the time series of all keywords together (the peak of all keywords is 100), to compare their volumes; otherwise each keyword peaks at 100',
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Region',
		name: 'region',
		type: 'options',
		default: 'US',
		required: true,
		description: 'Only trends among Pinterest users of this region',
		options: regionOptions(KEYWORD_REGIONS),
	},
	{
		displayName: 'Trend Type',
		name: 'trendType',
		type: 'options',
		default: 'growing',
		required: true,
		description: 'How Pinterest ranks how trendy a keyword is',
		options: byName(
			TREND_TYPES.map(
				([value, name, description]): INodePropertyOptions => ({
					name,
					value,
					description,
				}),
			),
		),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_TREND_LIMIT },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { '@version': [{ _cnd: { lte: 1.1 } }] } },
	},
	// 1.2: not named "limit". n8n's editor says "Limit of 50 items reached … tweak the 'Return All'
	// or 'Limit' parameters" whenever a parameter named limit equals the number of items, and
	// there is no Return All here: Pinterest ranks the top 50 keywords and no more.
	{
		displayName: 'Number of Keywords',
		name: 'keywordCount',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_TREND_LIMIT },
		default: MAX_TREND_LIMIT,
		description: `How many of the top trending keywords to return, from 1 to ${MAX_TREND_LIMIT}: Pinterest ranks at most the top ${MAX_TREND_LIMIT}`,
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.2 } }] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Ages',
				name: 'ages',
				type: 'multiOptions',
				default: [],
				description:
					'Only trends among users of these age ranges. An expression may give a list or comma-separated values.',
				options: AGE_BUCKETS.map((value) => ({ name: value, value })),
			},
			{
				displayName: 'Genders',
				name: 'genders',
				type: 'multiOptions',
				default: [],
				description:
					'Only trends among users of these genders. An expression may give a list or comma-separated values.',
				options: byName(GENDERS.map((value) => ({ name: genderNames[value], value }))),
			},
			{
				displayName: 'Include Keywords',
				name: 'includeKeywords',
				type: 'string',
				default: '',
				placeholder: 'e.g. recipes, dessert',
				description:
					'Only trends that contain at least one of these keywords: up to 50, separated by commas, each up to 100 characters',
			},
			{
				displayName: 'Interests',
				name: 'interests',
				type: 'multiOptions',
				default: [],
				description:
					'Only trends of these interests. An expression may give a list or comma-separated values such as beauty, home_decor.',
				options: byName(KEYWORD_INTERESTS.map(([value, name]) => ({ name, value }))),
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { '@version': [{ _cnd: { lte: 1.1 } }] } },
		options: keywordOptions,
	},
	// 1.2: the weekly time series (a dozen or more dates per keyword) only on request, so that the
	// output table has one readable row per keyword
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.2 } }] } },
		options: [
			{
				displayName: 'Include Time Series',
				name: 'includeTimeSeries',
				type: 'boolean',
				default: false,
				description:
					"Whether to add each keyword's weekly search volume (time_series: one value per week, the peak is 100)",
			},
			...keywordOptions,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['trend'], operation: ['getTrendingKeywords'] } },
	properties,
);
