/*
 * Contract test: trending keywords, featured topics, product categories and keyword ideas (terms).
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import type { ContractContext } from './setup';

interface Keywords {
	trends: Array<{ keyword: string; predicted_time_series?: object; demographics?: object }>;
}

export function trendTests(ctx: ContractContext): void {
	const { check } = ctx;

	test('trending keywords', async () => {
		const full = await check<Keywords>(
			'trending_keywords/list',
			'GET',
			'/trends/keywords/GB+IE/top/seasonal',
			{
				query: {
					interests: ['home_decor', 'beauty'],
					genders: ['female', 'unknown'],
					ages: ['25-34', '65+'],
					include_keywords: ['bedroom', 'nails'],
					normalize_against_group: 'true',
					include_prediction: 'true',
					include_demographics: 'true',
					limit: 7,
				},
			},
			200,
		);
		expect(full.body.trends.length).toBeGreaterThan(0);
		expect(full.body.trends.length).toBeLessThanOrEqual(7);
		expect(full.body.trends[0].predicted_time_series).toBeDefined();
		expect(full.body.trends[0].demographics).toBeDefined();
		const plain = await check<Keywords>(
			'trending_keywords/list',
			'GET',
			'/trends/keywords/US/top/growing',
			{},
			200,
		);
		expect(plain.body.trends).toHaveLength(50);
		await check('trending_keywords/list', 'GET', '/trends/keywords/UK/top/growing', {}, 400, false);
		await check('trending_keywords/list', 'GET', '/trends/keywords/US/top/weekly', {}, 400, false);
		await check(
			'trending_keywords/list',
			'GET',
			'/trends/keywords/US/top/monthly',
			{ query: { limit: 51 } },
			400,
			false,
		);
		await check(
			'trending_keywords/list',
			'GET',
			'/trends/keywords/US/top/monthly',
			{ query: { interests: 'beauty,travel' } },
			400,
			false,
		);
	});

	test('featured topics', async () => {
		await check(
			'trends_featured_topics/list',
			'GET',
			'/trends/topics/featured',
			{ query: { region: 'GB+IE', interest: 'FASHION' } },
			200,
		);
		await check(
			'trends_featured_topics/list',
			'GET',
			'/trends/topics/featured',
			{ query: { region: 'CA' } },
			200,
		);
		await check('trends_featured_topics/list', 'GET', '/trends/topics/featured', {}, 400, false);
		await check(
			'trends_featured_topics/list',
			'GET',
			'/trends/topics/featured',
			{ query: { region: 'US', interest: 'SPORTS' } },
			400,
			false,
		);
	});

	test('trending product categories', async () => {
		const full = await check<Array<{ verticals: string[] }>>(
			'trends_product_categories_trending/list',
			'GET',
			'/trends/product_categories/trending',
			{
				query: {
					region: 'GB+IE',
					verticals: ['FASHION', 'BEAUTY'],
					ages: ['25-34', '65+'],
					genders: ['FEMALE', 'UNSPECIFIED'],
					engagement_type: 'SAVE',
				},
			},
			200,
		);
		expect(full.body.length).toBeGreaterThan(0);
		for (const row of full.body)
			expect(row.verticals.some((v) => ['FASHION', 'BEAUTY'].includes(v))).toBe(true);
		await check(
			'trends_product_categories_trending/list',
			'GET',
			'/trends/product_categories/trending',
			{ query: { region: 'US' } },
			200,
		);
		await check(
			'trends_product_categories_trending/list',
			'GET',
			'/trends/product_categories/trending',
			{},
			400,
			false,
		);
		await check(
			'trends_product_categories_trending/list',
			'GET',
			'/trends/product_categories/trending',
			{ query: { region: 'US', verticals: 'SPORTS' } },
			400,
			false,
		);
	});

	test('product category details', async () => {
		const details = await check<Array<{ product_category: string }>>(
			'trends_product_categories_details/list',
			'GET',
			'/trends/product_categories/details',
			{
				query: {
					product_categories: ['AREA_RUGS', 'CANDLES'],
					region: 'CA',
					lookback_window: 90,
					engagement_type: 'OUTBOUND_CLICK',
				},
			},
			200,
		);
		expect(details.body.map((row) => row.product_category)).toEqual(['AREA_RUGS', 'CANDLES']);
		await check(
			'trends_product_categories_details/list',
			'GET',
			'/trends/product_categories/details',
			{ query: { product_categories: 'SOFAS', region: 'US' } },
			200,
		);
		await check(
			'trends_product_categories_details/list',
			'GET',
			'/trends/product_categories/details',
			{ query: { region: 'US' } },
			400,
			false,
		);
		await check(
			'trends_product_categories_details/list',
			'GET',
			'/trends/product_categories/details',
			{ query: { product_categories: 'SOFAS', region: 'US', lookback_window: 30 } },
			400,
			false,
		);
	});

	test('related and suggested terms', async () => {
		const related = await check<{ related_terms_list: Array<{ term: string }> }>(
			'terms_related/list',
			'GET',
			'/terms/related',
			{ query: { terms: ['workout', 'clothes'] } },
			200,
		);
		expect(related.body.related_terms_list.map((entry) => entry.term)).toEqual([
			'workout',
			'clothes',
		]);
		await check('terms_related/list', 'GET', '/terms/related', {}, 400, false);
		const suggested = await check<string[]>(
			'terms_suggested/list',
			'GET',
			'/terms/suggested',
			{ query: { term: 'sport', limit: 10 } },
			200,
		);
		expect(suggested.body.length).toBeLessThanOrEqual(10);
		await check(
			'terms_suggested/list',
			'GET',
			'/terms/suggested',
			{ query: { term: 'sport' } },
			200,
		);
		await check(
			'terms_suggested/list',
			'GET',
			'/terms/suggested',
			{ query: { term: 'sport', limit: 11 } },
			400,
			false,
		);
	});
}
