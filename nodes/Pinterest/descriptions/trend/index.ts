import type { INodeProperties } from 'n8n-workflow';

import {
	featuredTopicItems,
	productCategoryDetailItems,
	productCategoryItems,
	sendFeaturedTopicsQuery,
	sendProductCategoryDetailsQuery,
	sendTrendingKeywordsQuery,
	sendTrendingProductCategoriesQuery,
	trendingKeywordItems,
} from '../../hooks/trends';
import { route } from '../../routing/route';
import * as getFeaturedTopics from './getFeaturedTopics.operation';
import * as getProductCategoryDetails from './getProductCategoryDetails.operation';
import * as getTrendingKeywords from './getTrendingKeywords.operation';
import * as getTrendingProductCategories from './getTrendingProductCategories.operation';

// All need only user_accounts:read and count against Pinterest's trends_read rate limit.
// Trending keywords work in Sandbox; featured topics and product categories do not
// (x-sandbox: disabled).
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
				name: 'Get Product Category Details',
				value: 'getProductCategoryDetails',
				action: 'Get product category details',
				description:
					'Get the trend line, demographics, metric changes and related searches of 1 to 20 shopping product categories in a market (US, GB+IE or CA). Returns one item per category (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/trends/product_categories/details',
					preSend: [sendProductCategoryDetailsQuery],
					postReceive: [productCategoryDetailItems],
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
			{
				name: 'Get Trending Product Categories',
				value: 'getTrendingProductCategories',
				action: 'Get trending product categories',
				description:
					'Get the growing shopping product categories of a market (US, GB+IE or CA), optionally by vertical, age, gender or engagement type. Returns one ranked item per category with its month-over-month change (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/trends/product_categories/trending',
					preSend: [sendTrendingProductCategoriesQuery],
					postReceive: [productCategoryItems],
				}),
			},
		],
	},
];

export const trendFields: INodeProperties[] = [
	...getFeaturedTopics.description,
	...getProductCategoryDetails.description,
	...getTrendingKeywords.description,
	...getTrendingProductCategories.description,
];
