/*
 * Contract test: trending keywords and featured topics.
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
}
