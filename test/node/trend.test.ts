import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
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
			expect(item.json.has_prediction).toBe(true);
			expect(Object.keys(item.json.demographics as IDataObject)).toEqual([
				'age_distribution',
				'gender_distribution',
			]);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	it('Get Featured Topics without an interest: five topics for each interest of the market', async () => {
		const { items, error } = await runNode(
			trend({ operation: 'getFeaturedTopics', topicRegion: 'CA' }),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(15 * 5);
		expect(new Set(items.map((item) => item.json.market))).toEqual(new Set(['CA']));
		expect(items.slice(0, 5).map((item) => [item.json.interest, item.json.rank])).toEqual(
			[1, 2, 3, 4, 5].map((rank) => ['ANIMALS', rank]),
		);
	});
});
