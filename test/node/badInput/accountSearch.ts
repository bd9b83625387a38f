/** Bad-input catalogue rows: account analytics and top pins, Follow, Search. */
import type { IDataObject } from 'n8n-workflow';

import type { Row } from './row';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const analytics = (extra: IDataObject): IDataObject => ({
	resource: 'account',
	operation: 'getAnalytics',
	dateRange: 'custom',
	startDate: daysAgo(10),
	endDate: daysAgo(3),
	...extra,
});

export const accountSearchRows: Row[] = [
	// Analytics (account)
	{
		name: 'analytics start date 91 days back',
		params: () => analytics({ startDate: '={{ $json.v }}' }),
		good: () => daysAgo(10),
		bad: daysAgo(91),
		error: /Start Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics end date before the start date',
		params: () => analytics({ endDate: '={{ $json.v }}' }),
		good: () => daysAgo(3),
		bad: daysAgo(20),
		error: /End Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics date that does not parse',
		params: () => analytics({ startDate: '={{ $json.v }}' }),
		good: () => daysAgo(8),
		bad: 'last tuesday',
		error: /Start Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics impossible calendar date',
		params: () => analytics({ endDate: '={{ $json.v }}' }),
		good: () => daysAgo(2),
		bad: '2026-02-30',
		error: /End Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'top pins: 51 pins asked for',
		params: () => ({
			resource: 'account',
			operation: 'getTopPins',
			dateRange: 'last30Days',
			sortBy: 'IMPRESSION',
			numOfPins: '={{ $json.v }}',
		}),
		good: () => 10,
		bad: 51,
		error: /Number of Pins/,
		request: ['GET', '/v5/user_account/analytics/top_pins'],
	},
	// Follow
	{
		name: 'follow user with an empty username',
		params: () => ({ resource: 'follow', operation: 'followUser', username: '={{ $json.v }}' }),
		good: () => 'pin_fan',
		bad: '',
		error: /Username/,
		request: ['POST', '/v5/user_account/following/'],
	},
	{
		// ".." used to rewrite the path: POST /v5/user_account/following/.. is POST /v5/user_account/.
		name: 'follow user "..", a dot segment',
		params: () => ({ resource: 'follow', operation: 'followUser', username: '={{ $json.v }}' }),
		good: () => 'dot_fan',
		bad: '..',
		error: /^Username "\.\." is not a Pinterest username$/,
		request: ['POST', '/v5/user_account/following/'],
	},
	{
		name: 'follow user given a numeric ID',
		params: () => ({ resource: 'follow', operation: 'followUser', username: '={{ $json.v }}' }),
		good: () => 'another_fan',
		bad: '1234567',
		error: /Username/,
		request: ['POST', '/v5/user_account/following/'],
	},
	{
		name: 'followed interests of a numeric username',
		params: () => ({
			resource: 'follow',
			operation: 'getFollowedInterests',
			username: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'demo_user',
		bad: '42',
		error: /Username/,
		request: ['GET', '/v5/users/'],
	},
	// Search
	{
		name: 'search my pins with an empty query',
		params: () => ({
			resource: 'search',
			operation: 'searchPins',
			query: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'recipe',
		bad: '',
		error: /Query/,
		request: ['GET', '/v5/search/pins'],
		// Per good item: the matches (fewer than the limit) and the empty page that Pinterest's
		// bookmark on the last search page asks for.
		count: 4,
	},
	{
		name: 'partner search with a three-letter country',
		params: () => ({
			resource: 'search',
			operation: 'searchPartnerPins',
			term: 'cake',
			countryCode: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'US',
		bad: 'USA',
		error: /Country/,
		request: ['GET', '/v5/search/partner/pins'],
	},
	{
		name: 'partner search with an empty term',
		params: () => ({
			resource: 'search',
			operation: 'searchPartnerPins',
			term: '={{ $json.v }}',
			countryCode: 'US',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'cake',
		bad: '',
		error: /Term/,
		request: ['GET', '/v5/search/partner/pins'],
	},
];
