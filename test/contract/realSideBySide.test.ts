/*
 * Side by side, endpoint by endpoint: for every endpoint the recordings of the live API and the
 * simulator both have, the realistic simulator's answer is compared with the facts recorded for it
 * in test/fixtures/realApi.json (`endpoints`): status, key sets (top level, items, nested objects),
 * id and time formats, recorded defaults, the Pinterest headers, list orders and bookmarks.
 * Every recorded endpoint the simulator does not serve is listed there with the reason, and the
 * test checks that it is really not served: an endpoint neither compared nor listed fails the test.
 *
 * The simulator runs as the recorded account (`newAccount`: a new business account without billing
 * or data) with no catalog, as the recordings were made.
 *
 * SIM_REAL_SHAPES_OFF=1 runs the same comparisons on the default simulator, where they fail.
 */
import type { ApiResponse, Sim } from '../simulator/helpers';
import { ROOMY_BUDGET, call, isoDay, must, startSim } from '../simulator/helpers';
import facts from '../fixtures/realApi.json';
import { installAds } from '../../tools/simulator';
import { realShapesOff } from '../../tools/simulator/realistic';

const realistic = !realShapesOff();

type Obj = Record<string, unknown>;
interface Compare {
	body: string;
	item?: string;
	bookmark?: 'null' | 'trailing';
	order?: 'nameAscending' | 'createdDescending' | 'idAscending';
	values?: unknown;
	statusSimulator?: number;
}
interface Endpoint {
	method: string;
	path: string;
	status: number;
	responses: number;
	seenIn: string[];
	pinterestHeaders?: boolean;
	compare?: Compare;
	notServed?: string;
}

const endpoints = facts.endpoints as Record<string, Endpoint>;
const keySets = facts.keys as Record<string, string[]>;
const formats = facts.formats as Record<string, string>;
const keysOf = (o: unknown): string[] => Object.keys(o as Obj).sort();
const sorted = (k: string[]): string[] => [...k].sort();
const re = (s: string): RegExp => new RegExp(s);
const keySet = (name: string): string[] => sorted(must(keySets[name], `key set ${name}`));

interface Ids {
	board: string;
	boardToDelete: string;
	section: string;
	sectionToDelete: string;
	pin: string;
	pinToDelete: string;
	adAccount: string;
	campaign: string;
	adGroup: string;
	website: string;
	audience: string;
	conversionTag: string;
	customerList: string;
	leadSubscription: string;
	leadSubscriptionToDelete: string;
}

/** A request of one endpoint; `more` adds query parameters (the bookmark of a next page). */
type Scenario = (
	sim: Sim,
	ids: Ids,
	more?: Record<string, string>,
) => Promise<ApiResponse<unknown>>;

const today = isoDay(0);
const weekAgo = isoDay(-7);

/** How each compared endpoint is called (ids from the setup below). */
const scenarios: Record<string, Scenario> = {
	'boards/list': (s) => call(s, 'GET', '/boards'),
	'boards/create': (s) => call(s, 'POST', '/boards', { body: { name: 'Made in the test' } }),
	'boards/get': (s, i) => call(s, 'GET', `/boards/${i.board}`),
	'boards/update': (s, i) =>
		call(s, 'PATCH', `/boards/${i.board}`, { body: { description: 'Updated' } }),
	'boards/delete': (s, i) => call(s, 'DELETE', `/boards/${i.boardToDelete}`),
	'boards/list_pins': (s, i) => call(s, 'GET', `/boards/${i.board}/pins`),
	'board_sections/list': (s, i) => call(s, 'GET', `/boards/${i.board}/sections`),
	'board_sections/create': (s, i) =>
		call(s, 'POST', `/boards/${i.board}/sections`, { body: { name: 'New section' } }),
	'board_sections/update': (s, i) =>
		call(s, 'PATCH', `/boards/${i.board}/sections/${i.section}`, { body: { name: 'Renamed' } }),
	'board_sections/delete': (s, i) =>
		call(s, 'DELETE', `/boards/${i.board}/sections/${i.sectionToDelete}`),
	'board_sections/list_pins': (s, i) =>
		call(s, 'GET', `/boards/${i.board}/sections/${i.section}/pins`),
	'pins/list': (s, _i, more) => call(s, 'GET', '/pins', { query: { page_size: 100, ...more } }),
	'pins/get': (s, i) => call(s, 'GET', `/pins/${i.pin}`),
	'pins/save': (s, i) => call(s, 'POST', `/pins/${i.pin}/save`, { body: { board_id: i.board } }),
	'pins/delete': (s, i) => call(s, 'DELETE', `/pins/${i.pinToDelete}`),
	'media/create': (s) => call(s, 'POST', '/media', { body: { media_type: 'video' } }),
	'media/get': async (s) => {
		const reg = await call<Obj>(s, 'POST', '/media', { body: { media_type: 'video' } });
		return call(s, 'GET', `/media/${String(reg.body.media_id)}`);
	},
	'search_user_pins/list': (s, _i, more) =>
		call(s, 'GET', '/search/pins', { query: { query: 'Pin', ...more } }),
	'search_user_boards/get': (s, _i, more) =>
		call(s, 'GET', '/search/boards', { query: { query: 'Seed', ...more } }),
	'user_account/get': (s) => call(s, 'GET', '/user_account'),
	'user_account/analytics': (s) =>
		call(s, 'GET', '/user_account/analytics', {
			query: { start_date: weekAgo, end_date: isoDay(-1) },
		}),
	'user_account/analytics/top_pins': (s) =>
		call(s, 'GET', '/user_account/analytics/top_pins', {
			query: { start_date: weekAgo, end_date: isoDay(-1), sort_by: 'ENGAGEMENT' },
		}),
	'user_account/analytics/top_video_pins': (s) =>
		call(s, 'GET', '/user_account/analytics/top_video_pins', {
			query: {
				start_date: weekAgo,
				end_date: today,
				sort_by: 'IMPRESSION',
				metric_types: 'IMPRESSION,VIDEO_START',
			},
		}),
	'user_websites/get': (s) => call(s, 'GET', '/user_account/websites'),
	'website_verification/get': (s) => call(s, 'GET', '/user_account/websites/verification'),
	'unverify_website/delete': (s, i) =>
		call(s, 'DELETE', '/user_account/websites', { query: { website: i.website } }),
	'followers/list': (s) => call(s, 'GET', '/user_account/followers'),
	'user_following/get': (s) => call(s, 'GET', '/user_account/following'),
	'boards_user_follows/list': (s) => call(s, 'GET', '/user_account/following/boards'),
	'user_account/followed_interests': (s) =>
		call(s, 'GET', `/users/${s.account().username}/interests/follow`),
	'linked_business_accounts/get': (s) => call(s, 'GET', '/user_account/businesses'),
	'trending_keywords/list': (s) => call(s, 'GET', '/trends/keywords/US/top/monthly'),
	// A year-old event, as recorded (processed); the email hashed.
	'events/create': (s, i) =>
		call(s, 'POST', `/ad_accounts/${i.adAccount}/events`, {
			body: {
				data: [
					{
						event_name: 'custom',
						action_source: 'web',
						event_time: Math.floor(Date.now() / 1000) - 366 * 86400,
						event_id: 'side-by-side-event-1',
						user_data: { em: ['973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'] },
					},
				],
			},
		}),
	'terms_related/list': (s) => call(s, 'GET', '/terms/related', { query: { terms: 'coffee' } }),
	'terms_suggested/list': (s) => call(s, 'GET', '/terms/suggested', { query: { term: 'sport' } }),
	'trends_product_categories_trending/list': (s) =>
		call(s, 'GET', '/trends/product_categories/trending', { query: { region: 'US' } }),
	'trends_product_categories_details/list': (s) =>
		call(s, 'GET', '/trends/product_categories/details', {
			query: { region: 'US', product_categories: 'ARTWORK' },
		}),
	'trends_featured_topics/list': (s) =>
		call(s, 'GET', '/trends/topics/featured', { query: { region: 'US' } }),
	'ad_accounts/list': (s) => call(s, 'GET', '/ad_accounts', { query: { page_size: 100 } }),
	'ad_accounts/get': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}`),
	'campaigns/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/campaigns`),
	'campaigns/get': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/campaigns/${i.campaign}`),
	'campaigns/update': (s, i) =>
		call(s, 'PATCH', `/ad_accounts/${i.adAccount}/campaigns`, {
			body: [{ id: i.campaign, ad_account_id: i.adAccount, status: 'PAUSED' }],
		}),
	'ad_groups/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/ad_groups`),
	'ad_groups/get': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/ad_groups/${i.adGroup}`),
	'ad_groups/update': (s, i) =>
		call(s, 'PATCH', `/ad_accounts/${i.adAccount}/ad_groups`, {
			body: [{ id: i.adGroup, status: 'PAUSED' }],
		}),
	'ads/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/ads`),
	'ad_accounts_subscriptions/post': (s, i) =>
		call(s, 'POST', `/ad_accounts/${i.adAccount}/leads/subscriptions`, {
			body: { webhook_url: 'https://hooks.example.com/side-by-side-3' },
		}),
	'ad_accounts_subscriptions/get_list': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/leads/subscriptions`),
	'ad_accounts_subscriptions/get_by_id': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/leads/subscriptions/${i.leadSubscription}`),
	'ad_accounts_subscriptions/del_by_id': (s, i) =>
		call(
			s,
			'DELETE',
			`/ad_accounts/${i.adAccount}/leads/subscriptions/${i.leadSubscriptionToDelete}`,
		),
	'lead_forms/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/lead_forms`),
	'audiences/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/audiences`),
	'audiences/get': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/audiences/${i.audience}`),
	'conversion_tags/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/conversion_tags`),
	'conversion_tags/get': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/conversion_tags/${i.conversionTag}`),
	'customer_lists/list': (s, i) => call(s, 'GET', `/ad_accounts/${i.adAccount}/customer_lists`),
	'customer_lists/get': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/customer_lists/${i.customerList}`),
	'keywords/get': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/keywords`, { query: { ad_group_id: i.adGroup } }),
	'ad_account/analytics': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/analytics`, {
			query: {
				start_date: weekAgo,
				end_date: today,
				granularity: 'TOTAL',
				columns: 'TOTAL_IMPRESSION',
			},
		}),
	'campaigns/analytics': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/campaigns/analytics`, {
			query: {
				campaign_ids: i.campaign,
				start_date: weekAgo,
				end_date: today,
				granularity: 'DAY',
				columns: 'CAMPAIGN_ID,SPEND_IN_MICRO_DOLLAR',
			},
		}),
	'ad_groups/analytics': (s, i) =>
		call(s, 'GET', `/ad_accounts/${i.adAccount}/ad_groups/analytics`, {
			query: {
				ad_group_ids: i.adGroup,
				start_date: weekAgo,
				end_date: today,
				granularity: 'TOTAL',
				columns: 'AD_GROUP_ID,SPEND_IN_MICRO_DOLLAR,IMPRESSION_1',
			},
		}),
	'analytics/create_report': (s, i) =>
		call(s, 'POST', `/ad_accounts/${i.adAccount}/reports`, {
			body: {
				start_date: weekAgo,
				end_date: today,
				granularity: 'DAY',
				level: 'ADVERTISER',
				columns: ['SPEND_IN_DOLLAR', 'IMPRESSION_1'],
			},
		}),
	'analytics/get_report': async (s, i) => {
		const created = await call<Obj>(s, 'POST', `/ad_accounts/${i.adAccount}/reports`, {
			body: {
				start_date: weekAgo,
				end_date: today,
				granularity: 'DAY',
				level: 'ADVERTISER',
				columns: ['SPEND_IN_DOLLAR'],
			},
		});
		return call(s, 'GET', `/ad_accounts/${i.adAccount}/reports`, {
			query: { token: String(created.body.token) },
		});
	},
	'catalogs/list': (s) => call(s, 'GET', '/catalogs', { query: { page_size: 100 } }),
	'feeds/list': (s) => call(s, 'GET', '/catalogs/feeds', { query: { page_size: 25 } }),
	'catalogs_product_groups/list': (s) =>
		call(s, 'GET', '/catalogs/product_groups', { query: { page_size: 100 } }),
};

function expectFormat(value: unknown, format: string, what: string): void {
	expect([what, String(value)]).toEqual([
		what,
		expect.stringMatching(re(must(formats[format], format))),
	]);
}

/** The checks of one object by the name of its recorded key set (nested objects too). */
function expectShape(name: string, value: unknown): void {
	expect([name, keysOf(value)]).toEqual([name, keySet(name)]);
	const o = value as Obj;
	switch (name) {
		case 'board':
			expectFormat(o.id, 'coreId', 'board id');
			expectFormat(o.created_at, 'createdAt', 'created_at');
			expectFormat(o.board_pins_modified_at, 'boardPinsModifiedAt', 'board_pins_modified_at');
			expect(keysOf(o.media)).toEqual(keySet('boardMedia'));
			expect(keysOf(o.owner)).toEqual(keySet('boardOwner'));
			expect(typeof o.description).toBe('string');
			break;
		case 'pin':
			expectFormat(o.id, 'coreId', 'pin id');
			expectFormat(o.created_at, 'createdAt', 'created_at');
			expect(o).toMatchObject(facts.pinDefaults);
			expect(keysOf((o.media as { images: Obj }).images)).toEqual(keySet('pinImageSizes'));
			break;
		case 'section':
			expectFormat(o.id, 'coreId', 'section id');
			break;
		case 'adAccount':
			expectFormat(o.id, 'adAccountId', 'ad account id');
			expect(keysOf(o.owner)).toEqual(keySet('adAccountOwner'));
			expectFormat(o.created_time, 'unixSeconds', 'created_time');
			expectFormat(o.updated_time, 'unixSeconds', 'updated_time');
			break;
		case 'campaign':
			expectFormat(o.id, 'campaignId', 'campaign id');
			expectFormat(o.ad_account_id, 'adAccountId', 'ad_account_id');
			for (const t of ['created_time', 'updated_time', 'start_time'])
				expectFormat(o[t], 'unixSeconds', t);
			expect(o).toMatchObject(facts.defaults.campaign);
			expect(o.summary_status).toBe(facts.defaults.summaryStatusWithoutBilling);
			break;
		case 'adGroup':
		case 'adGroupInList':
			expectFormat(o.id, 'adGroupId', 'ad group id');
			expectFormat(o.campaign_id, 'campaignId', 'campaign_id');
			expectFormat(o.created_time, 'unixSeconds', 'created_time');
			expect(o).toMatchObject(facts.defaults.adGroup);
			if (name === 'adGroupInList') expect(o).toMatchObject(facts.defaults.adGroupInList);
			expect(o.summary_status).toBe(facts.defaults.summaryStatusWithoutBilling);
			break;
		case 'audience':
		case 'audienceInList':
			expectFormat(o.id, 'audienceId', 'audience id');
			expectFormat(o.ad_account_id, 'adAccountId', 'ad_account_id');
			expectFormat(o.created_timestamp, 'unixSeconds', 'created_timestamp');
			expect(o.type).toBe('audience');
			break;
		case 'conversionTag':
			expectFormat(o.id, 'conversionTagId', 'conversion tag id');
			expect(keysOf(o.configs)).toEqual(keySet('conversionTagConfigs'));
			expect(String(o.code_snippet)).toMatch(/^<script/);
			break;
		case 'customerList':
		case 'customerListInList':
			expectFormat(o.id, 'customerListId', 'customer list id');
			expectFormat(o.created_time, 'unixSeconds', 'created_time');
			expect(o.type).toBe('customerlist');
			break;
		case 'keyword':
			expectFormat(o.id, 'keywordId', 'keyword id');
			expectFormat(o.parent_id, 'adGroupId', 'parent_id');
			expect(o).toMatchObject({ type: 'KEYWORD', parent_type: 'AD_GROUP' });
			break;
		case 'batchCampaign':
			expectShape('campaign', o.data);
			expect(o.exceptions).toEqual([]);
			break;
		case 'batchAdGroup':
			expectShape('adGroup', o.data);
			break;
		case 'userAnalytics': {
			const block = o.all as Obj;
			expectShape('analyticsBlock', block);
			expect(block.summary_metrics).toEqual({});
			for (const day of block.daily_metrics as Obj[]) {
				expectShape('dailyMetric', day);
				expectFormat(day.date, 'date', 'date');
				expect(day).toMatchObject({
					data_status: facts.defaults.dataStatusBeforeBusiness,
					metrics: {},
				});
			}
			break;
		}
		case 'trendingKeywords': {
			const trends = o.trends as Obj[];
			expect(trends).toHaveLength(facts.trends.trendingKeywordsLimitDefault);
			for (const t of trends) expectShape('trendingKeyword', t);
			break;
		}
		case 'trendingKeyword': {
			expect(o.demographics).toBeNull();
			expect(typeof o.has_prediction).toBe('boolean');
			expect(o.predicted_time_series).toEqual({});
			const weeks = Object.keys(o.time_series as Obj);
			expect(weeks).toHaveLength(facts.trends.keywordWeeks);
			for (const d of weeks)
				expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(facts.trends.weekEndsOn);
			expect(weeks[weeks.length - 1] < today).toBe(true);
			break;
		}
		case 'featuredTopicGroup':
			for (const t of o.trends as Obj[]) expectShape('featuredTopic', t);
			break;
		case 'featuredTopic': {
			expectFormat(o.id, 'topicId', 'topic id');
			for (const p of o.pins as Obj[]) expectShape('featuredTopicPin', p);
			const weeks = Object.keys(o.time_series as Obj);
			expect(weeks).toHaveLength(facts.trends.topicWeeks);
			for (const d of weeks)
				expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(facts.trends.weekEndsOn);
			expect(Math.max(...(Object.values(o.time_series as Obj) as number[]))).toBe(100);
			break;
		}
		case 'featuredTopicPin':
			expectFormat(o.color, 'color', 'pin color');
			break;
		case 'conversionAnswer': {
			const events = o.events as Obj[];
			expect(o).toMatchObject({
				num_events_received: events.length,
				num_events_processed: events.length,
			});
			for (const event of events) {
				expectShape('conversionEvent', event);
				expect(event).toEqual({ status: 'processed', error_message: '', warning_message: '' });
			}
			break;
		}
		case 'leadSubscription':
			expect(o).toMatchObject({
				cryptographic_algorithm: 'AES-256-GCM',
				api_version: expect.any(String),
			});
			expect(Buffer.from(String(o.cryptographic_key), 'base64')).toHaveLength(32);
			// Milliseconds, as recorded (13 digits), unlike the ads side's Unix seconds.
			expect(String(o.created_time)).toMatch(/^\d{13}$/);
			break;
		case 'relatedTerms': {
			const list = o.related_terms_list as Obj[];
			// "Total number of related terms returned" (the spec; the recording had 1 and 1).
			let total = 0;
			for (const entry of list) {
				expectShape('relatedTermsEntry', entry);
				total += (entry.related_terms as unknown[]).length;
			}
			expect(o.related_term_count).toBe(total);
			break;
		}
		case 'productCategoryTrend':
			expect(Number.isInteger(o.pinterest_product_category_id)).toBe(true);
			break;
		case 'productCategoryDetails': {
			expect(keysOf(o.demographics)).toEqual(keySet('productCategoryDemographics'));
			expect(keysOf(o.metrics_highlights)).toEqual(keySet('productCategoryMetrics'));
			expect(o).toMatchObject({ has_prediction: false, predicted_time_series: {} });
			for (const d of Object.keys(o.time_series as Obj))
				expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(facts.trends.weekEndsOn);
			break;
		}
		default:
	}
}

function expectHeaders(res: ApiResponse<unknown>): void {
	for (const [name, pattern] of Object.entries(facts.headers)) {
		expect([name, res.headers.get(name)]).toEqual([name, expect.stringMatching(re(pattern))]);
	}
	if (realistic) {
		for (const [name, pattern] of Object.entries(facts.rateLimitHeaders)) {
			if (name === 'about') continue;
			expect([name, res.headers.get(name)]).toEqual([name, expect.stringMatching(re(pattern))]);
		}
	}
	if (res.status === 204) expect(res.headers.get('content-type')).toBeNull();
	else {
		const kind = res.status >= 400 ? 'error' : 'success';
		expect(res.headers.get('content-type')).toBe(facts.contentType[kind]);
	}
}

/** Oldest first: numeric ids ascending (the ads side's lists), checked on two or more items. */
function expectIdsAscending(items: Obj[]): void {
	const ids = items.map((x) => BigInt(String(x.id)));
	expect(ids.length).toBeGreaterThan(1);
	expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function expectPage(
	sim: Sim,
	cmp: Compare,
	res: ApiResponse<unknown>,
	request: Scenario,
	ids: Ids,
): Promise<void> {
	const body = res.body as { items: Obj[]; bookmark: string | null };
	expect(keysOf(body)).toEqual(keySet('list'));
	if (cmp.item) for (const item of body.items) expectShape(cmp.item, item);
	if (cmp.bookmark === 'null') expect(body.bookmark).toBeNull();
	if (cmp.bookmark === 'trailing') {
		expect(body.items.length).toBeGreaterThan(0);
		expectFormat(body.bookmark, 'bookmark', 'bookmark');
		expect(String(body.bookmark).length % 4).toBe(0);
		// The page that bookmark asks for is empty, with a null bookmark.
		const next = await request(sim, ids, { bookmark: String(body.bookmark) });
		expect(next.status).toBe(200);
		expect(next.body).toEqual(
			facts.pagination.pageAfterTrailingBookmark.items === 0 ? { items: [], bookmark: null } : {},
		);
	}
	if (cmp.order === 'nameAscending') {
		const names = body.items.map((b) => String(b.name));
		expect(names).toEqual(
			[...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
		);
	}
	if (cmp.order === 'idAscending') expectIdsAscending(body.items);
	if (cmp.order === 'createdDescending') {
		const times = body.items.map((p) => String(p.created_at));
		expect(times).toEqual([...times].sort().reverse());
	}
}

describe('side by side: the realistic simulator and the recorded live API, endpoint by endpoint', () => {
	let started: Sim | undefined;
	const sim = (): Sim => must(started, 'simulator');
	let ids: Ids | undefined;

	beforeAll(async () => {
		started = await startSim({ realistic, newAccount: true, rateLimits: ROOMY_BUDGET });
		const s = sim();
		const ads = installAds(s); // no catalog, as recorded
		const board = s.addBoard({ name: 'Seed board A', description: undefined }).id;
		s.addBoard({ name: 'Archive' });
		const boardToDelete = s.addBoard({ name: 'Temporary board' }).id;
		const section = s.addSection(board, { name: 'Seed section' }).id;
		const sectionToDelete = s.addSection(board, { name: 'Section to delete' }).id;
		const pin = s.addPin({ board_id: board, title: 'Pin one' }).id;
		s.addPin({ board_id: board, title: 'Pin two' });
		const pinToDelete = s.addPin({ board_id: board, title: 'Pin to delete' }).id;
		const website = 'example.org';
		s.addWebsite(website);
		const account = ads.addAdAccount({ name: 'Seed ad account' });
		const campaign = ads.addCampaign(account.id, { name: 'Seed campaign', status: 'PAUSED' });
		const adGroup = ads.addAdGroup(account.id, campaign.id, {
			name: 'Seed ad group',
			status: 'PAUSED',
			bid_in_micro_currency: 5000000,
		});
		const audience = ads.addAudience(account.id, { name: 'Seed audience' }).id;
		const conversionTag = ads.addConversionTag(account.id, { name: 'Seed tag' }).id;
		const customerList = ads.addCustomerList(account.id, { name: 'Seed list' }).id;
		ads.addKeyword(account.id, adGroup.id, { value: 'coffee' });
		// Second ones, so that the lists show their order (recorded: oldest first).
		ads.addAdAccount({ name: 'Another ad account' });
		const second = ads.addCampaign(account.id, { name: 'Second campaign', status: 'PAUSED' });
		ads.addAdGroup(account.id, second.id, { name: 'Second ad group', status: 'PAUSED' });
		ads.addAudience(account.id, { name: 'Second audience' });
		ads.addConversionTag(account.id, { name: 'Second tag' });
		ads.addCustomerList(account.id, { name: 'Second list' });
		ads.addKeyword(account.id, adGroup.id, { value: 'tea', match_type: 'EXACT' });
		// Lead ads subscriptions, as the Lead Ads Trigger makes them (no lead is ever submitted here).
		const subscribe = async (url: string) =>
			(
				(
					await call<Obj>(s, 'POST', `/ad_accounts/${account.id}/leads/subscriptions`, {
						body: { webhook_url: url },
					})
				).body as { id: string }
			).id;
		const leadSubscription = await subscribe('https://hooks.example.com/side-by-side-1');
		const leadSubscriptionToDelete = await subscribe('https://hooks.example.com/side-by-side-2');
		ids = {
			leadSubscription,
			leadSubscriptionToDelete,
			audience,
			conversionTag,
			customerList,
			board,
			boardToDelete,
			section,
			sectionToDelete,
			pin,
			pinToDelete,
			adAccount: account.id,
			campaign: campaign.id,
			adGroup: adGroup.id,
			website,
		};
	});
	afterAll(async () => {
		if (started) await started.stop();
	});

	test('every recorded endpoint is compared, or listed as not served with a reason', () => {
		const all = Object.entries(endpoints);
		expect(all).toHaveLength(facts.recordings.endpoints);
		expect(all.reduce((n, [, e]) => n + e.responses, 0)).toBe(facts.recordings.responses);
		const neither = all.filter(([, e]) => !e.compare === !e.notServed).map(([name]) => name);
		expect(neither).toEqual([]);
		const compared = all.filter(([, e]) => e.compare).map(([name]) => name);
		expect(sorted(Object.keys(scenarios))).toEqual(sorted(compared));
		const served = new Set(sim().operations.map((op) => op.operationId));
		const listedButCore = all.filter(([n, e]) => e.notServed && served.has(n)).map(([n]) => n);
		expect(listedButCore).toEqual([]);
	});

	const notServed = Object.entries(endpoints).filter(([, e]) => e.notServed);
	test.each(notServed)('not served: %s answers 404', async (name, e) => {
		const i = must(ids, 'ids');
		const path = e.path
			.replace('{ad_account_id}', i.adAccount)
			.replace('{pin_id}', i.pin)
			.replace(/\{[^}]+\}/g, '1234567890123');
		const res = await call<Obj>(sim(), e.method, path, {
			body: e.method === 'GET' || e.method === 'DELETE' ? undefined : {},
		});
		expect([name, res.status]).toEqual([name, 404]);
	});

	const compared = Object.entries(endpoints).filter(([, e]) => e.compare);
	test.each(compared)('compared: %s', async (name, e) => {
		const cmp = must(e.compare, 'compare');
		const request = must(scenarios[name], `scenario ${name}`);
		const i = must(ids, 'ids');
		const res = await request(sim(), i);
		expect([name, res.status]).toEqual([name, cmp.statusSimulator ?? e.status]);
		expectHeaders(res);
		switch (cmp.body) {
			case 'empty':
				expect(res.text).toBe('');
				break;
			case 'page':
				await expectPage(sim(), cmp, res, request, i);
				break;
			case 'stringArray':
				expect(Array.isArray(res.body)).toBe(true);
				expect((res.body as unknown[]).length).toBeGreaterThan(0);
				for (const term of res.body as unknown[]) expect(typeof term).toBe('string');
				break;
			case 'array':
				expect(Array.isArray(res.body)).toBe(true);
				if (cmp.item) for (const item of res.body as Obj[]) expectShape(cmp.item, item);
				break;
			case 'itemsOnly': {
				// A list recorded without pagination: `items` and no `bookmark`.
				expect(keysOf(res.body)).toEqual(keySet('itemsOnly'));
				const items = (res.body as { items: Obj[] }).items;
				expect(items.length).toBeGreaterThan(0);
				for (const item of items) expectShape(must(cmp.item, 'item'), item);
				if (cmp.order === 'idAscending') expectIdsAscending(items);
				break;
			}
			case 'batch': {
				expect(keysOf(res.body)).toEqual(keySet('batch'));
				const items = (res.body as { items: Obj[] }).items;
				expect(items.length).toBeGreaterThan(0);
				for (const item of items) expectShape(must(cmp.item, 'batch item'), item);
				break;
			}
			default:
				expectShape(cmp.body, res.body);
		}
		if (cmp.values !== undefined) {
			if (Array.isArray(cmp.values)) expect(res.body).toEqual(cmp.values);
			else {
				// Each recorded value exactly (toMatchObject would let `{}` match any object).
				for (const [key, value] of Object.entries(cmp.values as Obj)) {
					expect([key, (res.body as Obj)[key]]).toEqual([key, value]);
				}
			}
		}
	});
});
