/*
 * The realistic mode's ads, analytics and trends shapes beyond the side by side
 * (test/contract/realSideBySide.test.ts): the options around the recorded account, answers with
 * data, and that the default simulator (realistic: false) keeps its own shapes.
 */
import type { Sim } from './helpers';
import { call, isoDay, must, startSim } from './helpers';
import { installAds } from '../../tools/simulator';

type Obj = Record<string, unknown>;

interface Seeded {
	account: string;
	active: string;
	paused: string;
	group: string;
}

async function withAds(options: Parameters<typeof startSim>[0]): Promise<[Sim, Seeded]> {
	const sim = await startSim(options);
	const ads = installAds(sim);
	const account = ads.addAdAccount({ name: 'Shop' });
	const active = ads.addCampaign(account.id, { name: 'On' });
	const paused = ads.addCampaign(account.id, { name: 'Off', status: 'PAUSED' });
	const group = ads.addAdGroup(account.id, active.id, { name: 'Group' });
	return [sim, { account: account.id, active: active.id, paused: paused.id, group: group.id }];
}

const window = { start_date: isoDay(-3), end_date: isoDay(-1) };

describe('realistic mode, an account with data (newAccount: false)', () => {
	let started: [Sim, Seeded] | undefined;
	const sim = (): Sim => must(started, 'simulator')[0];
	const ids = (): Seeded => must(started, 'simulator')[1];
	beforeAll(async () => {
		started = await withAds({ realistic: true });
	});
	afterAll(async () => {
		if (started) await started[0].stop();
	});

	test('monthly_views is positive and the analytics days are READY with metrics', async () => {
		const account = await call<Obj>(sim(), 'GET', '/user_account');
		expect(account.body.monthly_views).toBeGreaterThan(0);
		const analytics = await call<{ all: { daily_metrics: Obj[]; summary_metrics: Obj } }>(
			sim(),
			'GET',
			'/user_account/analytics',
			{ query: window },
		);
		expect(analytics.body.all.daily_metrics.map((d) => d.data_status)).toEqual([
			'READY',
			'READY',
			'READY',
		]);
		expect(Object.keys(analytics.body.all.summary_metrics).length).toBeGreaterThan(0);
	});

	test('summary_status follows status: RUNNING for ACTIVE, PAUSED for PAUSED', async () => {
		const res = await call<{ items: Obj[] }>(
			sim(),
			'GET',
			`/ad_accounts/${ids().account}/campaigns`,
		);
		expect(res.body.items.map((c) => [c.name, c.summary_status])).toEqual([
			['On', 'RUNNING'],
			['Off', 'PAUSED'],
		]);
	});

	test('ads analytics: rows for ACTIVE entities with the id column, DATE and the columns asked for', async () => {
		const { account, active, paused, group } = ids();
		const day = await call<Obj[]>(sim(), 'GET', `/ad_accounts/${account}/campaigns/analytics`, {
			query: {
				...window,
				campaign_ids: `${active},${paused}`,
				granularity: 'DAY',
				columns: 'SPEND_IN_DOLLAR,CAMPAIGN_NAME',
			},
		});
		expect(day.status).toBe(200);
		expect(day.body).toHaveLength(3);
		for (const row of day.body) {
			expect(Object.keys(row).sort()).toEqual(
				['CAMPAIGN_ID', 'CAMPAIGN_NAME', 'DATE', 'SPEND_IN_DOLLAR'].sort(),
			);
			expect(row).toMatchObject({ CAMPAIGN_ID: active, CAMPAIGN_NAME: 'On' });
		}
		const total = await call<Obj[]>(sim(), 'GET', `/ad_accounts/${account}/analytics`, {
			query: { ...window, granularity: 'TOTAL', columns: 'TOTAL_IMPRESSION' },
		});
		expect(total.body).toEqual([
			{ AD_ACCOUNT_ID: account, TOTAL_IMPRESSION: expect.any(Number) as number },
		]);
		const groups = await call<Obj[]>(sim(), 'GET', `/ad_accounts/${account}/ad_groups/analytics`, {
			query: { ...window, ad_group_ids: group, granularity: 'TOTAL', columns: 'IMPRESSION_1' },
		});
		expect(groups.body).toHaveLength(1);
	});

	test('ads analytics refuse a request without columns, ids or a valid granularity (400)', async () => {
		const { account, active } = ids();
		const base = `/ad_accounts/${account}`;
		const noColumns = await call<Obj>(sim(), 'GET', `${base}/analytics`, {
			query: { ...window, granularity: 'DAY' },
		});
		expect([noColumns.status, noColumns.body.code]).toEqual([400, 1]);
		const noIds = await call<Obj>(sim(), 'GET', `${base}/campaigns/analytics`, {
			query: { ...window, granularity: 'DAY', columns: 'SPEND_IN_DOLLAR' },
		});
		expect(noIds.status).toBe(400);
		const badGranularity = await call<Obj>(sim(), 'GET', `${base}/campaigns/analytics`, {
			query: { ...window, campaign_ids: active, granularity: 'YEAR', columns: 'SPEND_IN_DOLLAR' },
		});
		expect(badGranularity.status).toBe(400);
	});

	test('trending keywords with include_prediction: 13 predicted Saturday weeks where has_prediction', async () => {
		const res = await call<{ trends: Obj[] }>(sim(), 'GET', '/trends/keywords/US/top/monthly', {
			query: { include_prediction: 'true', include_demographics: 'true' },
		});
		const withPrediction = res.body.trends.filter((t) => t.has_prediction === true);
		const without = res.body.trends.filter((t) => t.has_prediction === false);
		expect(withPrediction.length).toBeGreaterThan(0);
		expect(without.length).toBeGreaterThan(0);
		for (const t of withPrediction) {
			const weeks = Object.keys(t.predicted_time_series as Obj);
			expect(weeks).toHaveLength(13);
			for (const d of weeks) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(6);
			expect(weeks[0] > isoDay(0)).toBe(true);
		}
		for (const t of without) expect(t.predicted_time_series).toEqual({});
		for (const t of res.body.trends) {
			expect(Object.keys(t.demographics as Obj)).toEqual([
				'age_distribution',
				'gender_distribution',
			]);
		}
	});

	test('featured topics for one interest: one group of that interest', async () => {
		const res = await call<Obj[]>(sim(), 'GET', '/trends/topics/featured', {
			query: { region: 'GB+IE', interest: 'TRAVEL' },
		});
		expect(res.body.map((g) => [g.interest, g.market])).toEqual([['TRAVEL', 'GB+IE']]);
	});
});

describe('realistic mode, the recorded new account (newAccount: true)', () => {
	let started: [Sim, Seeded] | undefined;
	const sim = (): Sim => must(started, 'simulator')[0];
	beforeAll(async () => {
		started = await withAds({ realistic: true, newAccount: true });
	});
	afterAll(async () => {
		if (started) await started[0].stop();
	});

	test('days before today are BEFORE_BUSINESS_CREATED, today and later have no data yet', async () => {
		const res = await call<{ all: { daily_metrics: Obj[]; summary_metrics: Obj } }>(
			sim(),
			'GET',
			'/user_account/analytics',
			{ query: { start_date: isoDay(-1), end_date: isoDay(1) } },
		);
		expect(res.body.all.daily_metrics).toEqual([
			{ date: isoDay(-1), data_status: 'BEFORE_BUSINESS_CREATED', metrics: {} },
			{ date: isoDay(0), data_status: 'PROCESSING', metrics: {} },
			{ date: isoDay(1), data_status: 'PROCESSING', metrics: {} },
		]);
		expect(res.body.all.summary_metrics).toEqual({});
	});

	test('ads analytics answer [] even for an ACTIVE campaign', async () => {
		const { account, active } = must(started, 'simulator')[1];
		const res = await call<Obj[]>(sim(), 'GET', `/ad_accounts/${account}/campaigns/analytics`, {
			query: { ...window, campaign_ids: active, granularity: 'DAY', columns: 'SPEND_IN_DOLLAR' },
		});
		expect(res.body).toEqual([]);
	});
});

describe('the default simulator (realistic: false) keeps its own shapes', () => {
	let started: [Sim, Seeded] | undefined;
	const sim = (): Sim => must(started, 'simulator')[0];
	beforeAll(async () => {
		started = await withAds({ realistic: false, newAccount: true });
	});
	afterAll(async () => {
		if (started) await started[0].stop();
	});

	test('ad ids of 18 digits, records as stored, no ads analytics route, newAccount ignored', async () => {
		const { account, group } = must(started, 'simulator')[1];
		expect(account).toMatch(/^\d{18}$/);
		const campaigns = await call<{ items: Obj[] }>(
			sim(),
			'GET',
			`/ad_accounts/${account}/campaigns`,
		);
		expect(Object.keys(campaigns.body.items[0]).sort()).toEqual(
			[
				'ad_account_id',
				'created_time',
				'id',
				'name',
				'objective_type',
				'status',
				'type',
				'updated_time',
			].sort(),
		);
		const patched = await call<{ items: Obj[] }>(
			sim(),
			'PATCH',
			`/ad_accounts/${account}/ad_groups`,
			{
				body: [{ id: group, status: 'PAUSED' }],
			},
		);
		expect(Object.keys(patched.body.items[0]).sort()).toEqual(['data', 'exceptions']);
		const analytics = await call<Obj>(sim(), 'GET', `/ad_accounts/${account}/analytics`, {
			query: { ...window, granularity: 'DAY', columns: 'SPEND_IN_DOLLAR' },
		});
		expect(analytics.status).toBe(404);
		const audiences = await call<Obj>(sim(), 'GET', `/ad_accounts/${account}/audiences`);
		expect(audiences.status).toBe(404);
		const user = await call<Obj>(sim(), 'GET', '/user_account');
		expect(user.body.monthly_views).toBeGreaterThan(0);
	});

	test('trends: Sunday weeks, no prediction keys unless asked, a group per interest', async () => {
		const keywords = await call<{ trends: Obj[] }>(sim(), 'GET', '/trends/keywords/US/top/monthly');
		const first = keywords.body.trends[0];
		expect(Object.keys(first)).not.toContain('has_prediction');
		const weeks = Object.keys(first.time_series as Obj);
		expect(new Date(`${weeks[0]}T00:00:00Z`).getUTCDay()).toBe(0);
		const topics = await call<Obj[]>(sim(), 'GET', '/trends/topics/featured', {
			query: { region: 'US' },
		});
		expect(topics.body.length).toBe(15);
		expect(Object.keys((topics.body[0].trends as Obj[])[0])).not.toContain('id');
	});
});
