/** Bad-input catalogue rows: Trend (trending keywords, featured topics). */
import type { IDataObject } from 'n8n-workflow';

import type { Row } from './row';

const keywords = (extra: IDataObject): IDataObject => ({
	resource: 'trend',
	operation: 'getTrendingKeywords',
	region: 'US',
	trendType: 'growing',
	limit: 5,
	...extra,
});
const TRENDING_PATH = '/v5/trends/keywords/';

export const trendRows: Row[] = [
	{
		name: 'trending keywords: 51 asked for',
		params: () => keywords({ limit: '={{ $json.v }}' }),
		good: () => 10,
		bad: 51,
		error: /^Limit must be a whole number from 1 to 50$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: limit 0',
		params: () => keywords({ limit: '={{ $json.v }}' }),
		good: () => 1,
		bad: 0,
		error: /^Limit must be a whole number from 1 to 50$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: unknown region from an expression',
		params: () => keywords({ region: '={{ $json.v }}' }),
		good: () => 'GB+IE',
		bad: 'UK',
		error: /^Region "UK" is not supported$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: unknown trend type from an expression',
		params: () => keywords({ trendType: '={{ $json.v }}' }),
		good: () => 'seasonal',
		bad: 'weekly',
		error: /^Trend Type "weekly" is not supported$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: interests separated by semicolons',
		params: () => keywords({ filters: { interests: '={{ $json.v }}' } }),
		good: () => 'beauty, home_decor',
		bad: 'beauty; home_decor',
		error: /^Interests: "beauty; home_decor" is not supported$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: interests list of only commas',
		params: () => keywords({ filters: { interests: '={{ $json.v }}' } }),
		good: () => 'travel',
		bad: ' , ,',
		error: /^Interests has no value$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: unknown gender in a list',
		params: () => keywords({ filters: { genders: '={{ $json.v }}' } }),
		good: () => ['female'],
		bad: ['female', 'woman'],
		error: /^Genders: "woman" is not supported$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: age range that Pinterest does not use',
		params: () => keywords({ filters: { ages: '={{ $json.v }}' } }),
		good: () => '18-24, 65+',
		bad: '18-25',
		error: /^Ages: "18-25" is not supported$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: 51 include keywords',
		params: () => keywords({ filters: { includeKeywords: '={{ $json.v }}' } }),
		good: () => 'recipes, dessert',
		bad: Array.from({ length: 51 }, (_, i) => `keyword ${i}`).join(', '),
		error: /^Include Keywords has 51 keywords$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'trending keywords: include keyword of 101 characters',
		params: () => keywords({ filters: { includeKeywords: '={{ $json.v }}' } }),
		good: () => ['recipes'],
		bad: ['recipes', 'x'.repeat(101)],
		error: /^Include Keywords has a keyword of 101 characters$/,
		request: ['GET', TRENDING_PATH],
	},
	{
		name: 'featured topics: a region that only trending keywords have',
		params: () => ({
			resource: 'trend',
			operation: 'getFeaturedTopics',
			topicRegion: '={{ $json.v }}',
		}),
		good: () => 'GB+IE',
		bad: 'DE',
		error: /^Region "DE" is not supported$/,
		request: ['GET', '/v5/trends/topics/featured'],
	},
	{
		name: 'featured topics: unknown interest',
		params: () => ({
			resource: 'trend',
			operation: 'getFeaturedTopics',
			topicRegion: 'US',
			filters: { interest: '={{ $json.v }}' },
		}),
		good: () => 'home decor',
		bad: 'SPORTS',
		error: /^Interest "SPORTS" is not supported$/,
		request: ['GET', '/v5/trends/topics/featured'],
	},
];
