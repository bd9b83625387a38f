import type { INodeProperties } from 'n8n-workflow';

import {
	featuredTopicItems,
	sendFeaturedTopicsQuery,
	sendTrendingKeywordsQuery,
	trendingKeywordItems,
} from '../../hooks/trends';
import { route } from '../../routing/route';
import * as getFeaturedTopics from './getFeaturedTopics.operation';
import * as getTrendingKeywords from './getTrendingKeywords.operation';

// Both need only user_accounts:read and count against Pinterest's trends_read rate limit.
// Trending keywords work in Sandbox; featured topics do not (x-sandbox: disabled).
export const trendOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['trend'] } },
		default: 'getTrendingKeywords',
		options: [
			{
				name: 'Get Featured Topics',
				value: 'getFeaturedTopics',
				action: 'Get featured trending topics',
				description:
					'Get the five top trending topics of a market (US, GB+IE or CA), across all interests (interest ALL) or for one interest. Returns one item per topic: interest, market, rank, title, description, growth, related searches and example pins (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/trends/topics/featured',
					preSend: [sendFeaturedTopicsQuery],
					postReceive: [featuredTopicItems],
				}),
			},
			{
				name: 'Get Trending Keywords',
				value: 'getTrendingKeywords',
				action: 'Get trending keywords',
				description:
					'Get the top trending search keywords of a region by trend type (growing, monthly, yearly, seasonal), optionally filtered by interests, genders, ages or keywords. Returns one item per keyword, up to 50: rank, keyword, growth percentages and weekly time series.',
				routing: route({
					method: 'GET',
					url: '/trends/keywords/{trendRegion}/top/{trendType}',
					preSend: [sendTrendingKeywordsQuery],
					postReceive: [trendingKeywordItems],
				}),
			},
		],
	},
];

export const trendFields: INodeProperties[] = [
	...getFeaturedTopics.description,
	...getTrendingKeywords.description,
];
