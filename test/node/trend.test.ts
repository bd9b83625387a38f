import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import {
	NODE_TYPE,
	loadPackage,
	makeCredentials,
	runNode,
	tokenCredential,
} from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_trend_test_token';

const keyword = (name: string, mom: number) => ({
	keyword: name,
	pct_growth_wow: 5,
	pct_growth_mom: mom,
	pct_growth_yoy: -5,
	time_series: { '2025-10-05': 40, '2025-10-12': 100 },
});

const topic = (title: string) => ({
	title,
	description: `About ${title}`,
	percent_growth_mom: 120,
	pins: [{ id: '111', src: 'https://i.example.com/1.jpg', width: 236, height: 300 }],
	related_interests: ['home_decor'],
	related_searches: [`${title} ideas`],
	time_series: { '2025-10-05': 55 },
});

const trend = (parameters: IDataObject): IDataObject => ({
	authentication: 'accessToken',
	resource: 'trend',
	...parameters,
});

describe('Trend resource through RoutingNode (nock)', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

	it('Get Trending Keywords puts region and trend type in the path, sends every filter and option, and returns one ranked item per keyword', async () => {
		nock(BASE)
			.get('/trends/keywords/GB+IE/top/seasonal')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({
				interests: ['home_decor', 'beauty'],
				genders: 'female',
				ages: ['25-34', '65+'],
				include_keywords: ['bedroom', 'nail art'],
				normalize_against_group: 'true',
				include_prediction: 'true',
				include_demographics: 'true',
				limit: '2',
			})
			.reply(200, { trends: [keyword('cozy bedroom', 400), keyword('nail art', 80)] });
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingKeywords',
				region: 'GB+IE',
				trendType: 'seasonal',
				limit: 2,
				filters: {
					interests: ['home_decor', 'beauty'],
					genders: ['female'],
					ages: ['25-34', '65+'],
					includeKeywords: 'bedroom, nail art,',
				},
				options: {
					normalizeAgainstGroup: true,
					includePredictions: true,
					includeDemographics: true,
				},
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { rank: 1, ...keyword('cozy bedroom', 400) }, pairedItem: { item: 0 } },
			{ json: { rank: 2, ...keyword('nail art', 80) }, pairedItem: { item: 0 } },
		]);
	});

	it('takes region, trend type and comma-separated filters (values or names) from expressions, per item, and pairs the output', async () => {
		nock(BASE)
			.get('/trends/keywords/US/top/growing')
			.query({ interests: ['home_decor', 'food_and_drinks'], ages: '18-24', limit: '50' })
			.reply(200, { trends: [keyword('kitchen', 10)] });
		nock(BASE)
			.get('/trends/keywords/DE+AT+CH/top/monthly')
			.query({ interests: 'travel', ages: '18-24', limit: '50' })
			.reply(200, { trends: [keyword('road trip', 20), keyword('packing list', 30)] });
		nock(BASE)
			.get('/trends/keywords/GB+IE/top/yearly')
			.query({ interests: 'diy_and_crafts', ages: '18-24', limit: '50' })
			.reply(200, { trends: [keyword('candles', 40)] });
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingKeywords',
				region: '={{ $json.region }}',
				trendType: '={{ $json.type }}',
				filters: { interests: '={{ $json.interests }}', ages: '={{ "18-24" }}' },
			}),
			{
				credentials: await token(),
				input: [
					{ json: { region: 'us', type: 'Growing', interests: 'Home Decor, Food & Drink' } },
					{ json: { region: 'de + at + ch', type: 'monthly', interests: ['travel', 'travel'] } },
					{
						json: {
							region: 'Great Britain & Ireland',
							type: 'yearly',
							interests: ['DIY & Crafts'],
						},
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.keyword, item.json.rank, item.pairedItem])).toEqual([
			['kitchen', 1, { item: 0 }],
			['road trip', 1, { item: 1 }],
			['packing list', 2, { item: 1 }],
			['candles', 1, { item: 2 }],
		]);
	});

	it('an answer without trends gives no items, and a Pinterest 400 is an API error', async () => {
		nock(BASE)
			.get('/trends/keywords/CA/top/yearly')
			.query({ limit: '10' })
			.reply(200, { trends: [] });
		nock(BASE)
			.get('/trends/keywords/CA/top/yearly')
			.query({ limit: '11' })
			.reply(400, { code: 400, message: 'Invalid trending keywords request parameters' });
		const credentials = await token();
		const empty = await runNode(
			trend({ operation: 'getTrendingKeywords', region: 'CA', trendType: 'yearly', limit: 10 }),
			{ credentials },
		);
		expect(empty.error).toBeUndefined();
		expect(empty.items).toEqual([]);
		const refused = await runNode(
			trend({ operation: 'getTrendingKeywords', region: 'CA', trendType: 'yearly', limit: 11 }),
			{ credentials },
		);
		expect(refused.error?.message).toBe(
			'Pinterest 400 (code 400): Invalid trending keywords request parameters',
		);
	});

	it('Get Featured Topics sends region and interest as query parameters and returns one item per topic with its interest, market and rank', async () => {
		nock(BASE)
			.get('/trends/topics/featured')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ region: 'GB+IE', interest: 'HOME_DECOR' })
			.reply(200, [
				{
					interest: 'HOME_DECOR',
					market: 'GB+IE',
					trends: [topic('Cozy bedroom'), topic('Attic')],
				},
			]);
		nock(BASE)
			.get('/trends/topics/featured')
			.query({ region: 'US' })
			.reply(200, [
				{ interest: 'ART', market: 'US', trends: [topic('Murals')] },
				{ interest: 'TRAVEL', trends: [topic('Road trip')] },
				{ interest: 'WEDDING', market: 'US', trends: [] },
			]);
		const credentials = await token();
		const one = await runNode(
			trend({
				operation: 'getFeaturedTopics',
				topicRegion: 'GB+IE',
				filters: { interest: '={{ "home decor" }}' },
			}),
			{ credentials },
		);
		expect(one.error).toBeUndefined();
		expect(one.items).toEqual([
			{
				json: { interest: 'HOME_DECOR', market: 'GB+IE', rank: 1, ...topic('Cozy bedroom') },
				pairedItem: { item: 0 },
			},
			{
				json: { interest: 'HOME_DECOR', market: 'GB+IE', rank: 2, ...topic('Attic') },
				pairedItem: { item: 0 },
			},
		]);
		const all = await runNode(trend({ operation: 'getFeaturedTopics', topicRegion: 'US' }), {
			credentials,
		});
		expect(
			all.items.map((item) => [item.json.interest, item.json.market, item.json.title]),
		).toEqual([
			['ART', 'US', 'Murals'],
			['TRAVEL', null, 'Road trip'],
		]);
	});
});

describe('Trend → product categories through RoutingNode (nock)', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const trending = (category: string, change: number) => ({
		engagement_type: 'SAVE',
		pct_change_mom: change,
		percent_relative_volume: 40,
		product_category: category,
		verticals: ['HOME_DECOR'],
	});
	const details = (category: string) => ({
		product_category: category,
		has_prediction: false,
		time_series: { '2025-10-05': 40, '2025-10-12': 100 },
		demographics: {
			age: { '18-24': 0.5, '25-34': 0.5 },
			gender: { female: 0.6, male: 0.3, unspecified: 0.1 },
		},
		metrics_highlights: { engagement: { pct_change_mom: 12.5 } },
		related_searches: [`${category.toLowerCase()} ideas`],
	});

	it('Get Trending Product Categories sends region, every filter and the engagement type, and returns one ranked item per category', async () => {
		nock(BASE)
			.get('/trends/product_categories/trending')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({
				region: 'GB+IE',
				verticals: ['HOME_DECOR', 'BEAUTY'],
				ages: ['25-34', '65+'],
				genders: 'FEMALE',
				engagement_type: 'SAVE',
			})
			.reply(200, [trending('AREA_RUGS', 120), trending('CANDLES', 80)]);
		nock(BASE).get('/trends/product_categories/trending').query({ region: 'US' }).reply(200, []);
		const credentials = await token();
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingProductCategories',
				categoryRegion: 'GB+IE',
				filters: {
					verticals: ['HOME_DECOR', 'BEAUTY'],
					ages: ['25-34', '65+'],
					genders: ['FEMALE'],
				},
				options: { engagementType: 'SAVE' },
			}),
			{ credentials },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { rank: 1, ...trending('AREA_RUGS', 120) }, pairedItem: { item: 0 } },
			{ json: { rank: 2, ...trending('CANDLES', 80) }, pairedItem: { item: 0 } },
		]);
		const none = await runNode(
			trend({ operation: 'getTrendingProductCategories', categoryRegion: 'US' }),
			{ credentials },
		);
		expect(none.error).toBeUndefined();
		expect(none.items).toEqual([]);
	});

	it('takes the filters of trending product categories from expressions as names or values', async () => {
		nock(BASE)
			.get('/trends/product_categories/trending')
			.query({ region: 'CA', verticals: 'HOME_DECOR', genders: ['MALE', 'UNSPECIFIED'] })
			.reply(200, [trending('SOFAS', 5)]);
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingProductCategories',
				categoryRegion: '={{ $json.region }}',
				filters: { verticals: '={{ $json.verticals }}', genders: '={{ $json.genders }}' },
			}),
			{
				credentials: await token(),
				input: [
					{ json: { region: 'Canada', verticals: 'Home Decor', genders: 'male, unspecified' } },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.product_category)).toEqual(['SOFAS']);
	});

	it('Get Product Category Details sends the categories (repeated), region, lookback window and engagement type, and returns one item per category', async () => {
		nock(BASE)
			.get('/trends/product_categories/details')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({
				product_categories: ['AREA_RUGS', 'CANDLES'],
				region: 'US',
				lookback_window: '90',
				engagement_type: 'OUTBOUND_CLICK',
			})
			.reply(200, [details('AREA_RUGS'), details('CANDLES')]);
		nock(BASE)
			.get('/trends/product_categories/details')
			.query({ product_categories: 'SOFAS', region: 'GB+IE' })
			.reply(200, [details('SOFAS')]);
		const credentials = await token();
		const { items, error } = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: ['AREA_RUGS', 'CANDLES'],
				categoryRegion: 'US',
				options: { lookbackWindow: 90, engagementType: 'OUTBOUND_CLICK' },
			}),
			{ credentials },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: details('AREA_RUGS'), pairedItem: { item: 0 } },
			{ json: details('CANDLES'), pairedItem: { item: 0 } },
		]);
		const one = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: '={{ "sofas" }}',
				categoryRegion: 'GB+IE',
			}),
			{ credentials },
		);
		expect(one.error).toBeUndefined();
		expect(one.items).toEqual([{ json: details('SOFAS'), pairedItem: { item: 0 } }]);
	});

	it('refuses 21 product categories and an unknown one before any request, naming the field', async () => {
		const credentials = await token();
		const many = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: '={{ $json.list }}',
				categoryRegion: 'US',
			}),
			{
				credentials,
				input: [
					{
						json: {
							list: [
								'AREA_RUGS',
								'CANDLES',
								'SOFAS',
								'VASES',
								'LAMPS',
								'RUGS',
								'MIRRORS',
								'TABLES',
								'CHAIRS',
								'DESKS',
								'BOOKENDS',
								'BASKETS',
								'BLANKETS',
								'BEDDING',
								'BENCHES',
								'COASTERS',
								'DRESSERS',
								'FIGURINES',
								'OTTOMANS',
								'QUILTS_AND_COMFORTERS',
								'WALL_CLOCKS',
							],
						},
					},
				],
			},
		);
		expect(many.error?.message).toBe('Product Categories has 21 categories');
		const unknown = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: '={{ "AREA_RUGS, FLYING_CARPETS" }}',
				categoryRegion: 'US',
			}),
			{ credentials },
		);
		expect(unknown.error?.message).toBe('Product Categories: "FLYING_CARPETS" is not supported');
		const empty = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: '={{ $json.none }}',
				categoryRegion: 'US',
			}),
			{ credentials },
		);
		expect(empty.error?.message).toBe('Product Categories is empty');
	});
});

describe('Trend resource against the simulator', () => {
	const SIM_TOKEN = 'pina_trend_sim1';
	let sim: Simulator;

	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [SIM_TOKEN], seed: 13 });
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	const credentials = () =>
		makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, SIM_TOKEN) });

	it('Get Trending Keywords: at most Limit keywords, all matching Include Keywords, with predictions and demographics', async () => {
		const before = sim.requests.length;
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingKeywords',
				region: 'GB+IE',
				trendType: 'growing',
				limit: 4,
				filters: { interests: ['home_decor'], includeKeywords: 'bedroom' },
				options: { includePredictions: true, includeDemographics: true },
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		const sent = sim.requests.slice(before);
		expect(sent.map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/v5/trends/keywords/GB+IE/top/growing', 200],
		]);
		expect(items.map((item) => item.json.rank)).toEqual([1, 2, 3, 4]);
		for (const item of items) {
			expect(String(item.json.keyword)).toContain('bedroom');
			// Per keyword: Pinterest has a prediction for some keywords only (REAL-API.md).
			expect(typeof item.json.has_prediction).toBe('boolean');
			if (item.json.has_prediction)
				expect(Object.keys(item.json.predicted_time_series as IDataObject)).not.toHaveLength(0);
			expect(Object.keys(item.json.demographics as IDataObject)).toEqual([
				'age_distribution',
				'gender_distribution',
			]);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	it('Get Featured Topics without an interest: the five topics across all interests (ALL)', async () => {
		const { items, error } = await runNode(
			trend({ operation: 'getFeaturedTopics', topicRegion: 'CA' }),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		// Pinterest answers one group, interest ALL, when no interest is asked (REAL-API.md).
		expect(items.map((item) => [item.json.market, item.json.interest, item.json.rank])).toEqual(
			[1, 2, 3, 4, 5].map((rank) => ['CA', 'ALL', rank]),
		);
	});

	it('Get Trending Product Categories: only the verticals asked for, ranked from 1', async () => {
		const before = sim.requests.length;
		const { items, error } = await runNode(
			trend({
				operation: 'getTrendingProductCategories',
				categoryRegion: 'US',
				filters: { verticals: ['BEAUTY'] },
				options: { engagementType: 'SAVE' },
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(sim.requests.slice(before).map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/v5/trends/product_categories/trending', 200],
		]);
		expect(items.length).toBeGreaterThan(0);
		expect(items.map((item) => item.json.rank)).toEqual(items.map((_item, index) => index + 1));
		for (const item of items) {
			expect(item.json.verticals).toContain('BEAUTY');
			expect(item.json.engagement_type).toBe('SAVE');
		}
	});

	it('Get Product Category Details: one item per category with a weekly trend line over the lookback window', async () => {
		const { items, error } = await runNode(
			trend({
				operation: 'getProductCategoryDetails',
				productCategories: ['CANDLES', 'AREA_RUGS'],
				categoryRegion: 'CA',
				options: { lookbackWindow: 180 },
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.product_category)).toEqual(['CANDLES', 'AREA_RUGS']);
		for (const item of items) {
			expect(Object.keys(item.json.time_series as IDataObject)).toHaveLength(25);
			expect(Object.keys(item.json.demographics as IDataObject)).toEqual(['age', 'gender']);
		}
	});
});

/**
 * Version 1.2 (issue 25): n8n's editor says "Limit of 50 items reached … tweak the 'Return All' or
 * 'Limit' parameters" whenever a node's parameter named `limit` equals its item count (editor-ui
 * getGenericHints, 2.8.4 and 2.41.1); there is no Return All here. 1.2 names it keywordCount and
 * leaves the weekly time series out unless Include Time Series is on. Saved 1 / 1.1 nodes keep both.
 */
describe('Trend → Get Trending Keywords, node version 1.2', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const fifty = () => Array.from({ length: 50 }, (_, i) => keyword(`keyword ${i + 1}`, 100 - i));

	/** n8n's condition for its limit hint, on the node's parameters with their defaults. */
	async function limitHintShown(typeVersion: number, parameters: IDataObject, items: number) {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(NODE_TYPE, typeVersion);
		const node = {
			id: 'n',
			name: 'Pinterest',
			type: NODE_TYPE,
			typeVersion,
			position: [0, 0] as [number, number],
			parameters: {},
		};
		const full =
			NodeHelpers.getNodeParameters(type.description.properties, parameters, true, false, node) ??
			{};
		return Boolean(full.limit) && items === full.limit;
	}

	it('sends Number of Keywords as limit; 50 keywords raise no Return All hint; no time series by default', async () => {
		nock(BASE)
			.get('/trends/keywords/US/top/growing')
			.query({ limit: '50' })
			.reply(200, { trends: fifty() });
		const parameters = trend({ operation: 'getTrendingKeywords' });
		const { items, error } = await runNode(parameters, {
			credentials: await token(),
			typeVersion: 1.2,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(50);
		expect(items[0].json).toEqual({
			rank: 1,
			keyword: 'keyword 1',
			pct_growth_wow: 5,
			pct_growth_mom: 100,
			pct_growth_yoy: -5,
		});
		expect(await limitHintShown(1.2, parameters, items.length)).toBe(false);
		// what version 1.1 shows for the same run
		expect(await limitHintShown(1.1, parameters, items.length)).toBe(true);
	});

	it('Include Time Series on gives the weekly values; Number of Keywords is checked as Limit was', async () => {
		nock(BASE)
			.get('/trends/keywords/US/top/growing')
			.query({ limit: '2' })
			.reply(200, { trends: fifty().slice(0, 2) });
		const { items } = await runNode(
			trend({
				operation: 'getTrendingKeywords',
				keywordCount: 2,
				options: { includeTimeSeries: true },
			}),
			{ credentials: await token(), typeVersion: 1.2 },
		);
		expect(items.map((i) => i.json.time_series)).toEqual([
			{ '2025-10-05': 40, '2025-10-12': 100 },
			{ '2025-10-05': 40, '2025-10-12': 100 },
		]);
		const { error } = await runNode(trend({ operation: 'getTrendingKeywords', keywordCount: 51 }), {
			credentials: await token(),
			typeVersion: 1.2,
		});
		expect(error?.message).toBe('Number of Keywords must be a whole number from 1 to 50');
	});

	it.each([1, 1.1])(
		'a saved workflow of version %s keeps its Limit and the time series',
		async (typeVersion) => {
			nock(BASE)
				.get('/trends/keywords/US/top/growing')
				.query({ limit: '3' })
				.reply(200, { trends: fifty().slice(0, 3) });
			const { items } = await runNode(trend({ operation: 'getTrendingKeywords', limit: 3 }), {
				credentials: await token(),
				typeVersion,
			});
			expect(items).toHaveLength(3);
			expect(items[2].json).toEqual({ rank: 3, ...keyword('keyword 3', 98) });
		},
	);
});
