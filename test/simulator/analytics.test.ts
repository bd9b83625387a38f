/* Simulator: analytics (date window validation, user, pin, multi-pin and top pins analytics). */
import type { Analytics, ApiResponse, ErrorBody, PinAnalyticsBlock, Sim, TopPins } from './helpers';
import { call, isoDay, startSim } from './helpers';

describe('simulator: analytics', () => {
	let sim: Sim;
	let pinId: string;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		const b = sim.addBoard({ name: 'b' });
		pinId = sim.addPin({ board_id: b.id }).id;
	});

	test('date window validation', async () => {
		const q = (start_date?: string, end_date?: string) =>
			call<ErrorBody>(sim, 'GET', '/user_account/analytics', {
				query: { ...(start_date ? { start_date } : {}), ...(end_date ? { end_date } : {}) },
			});
		const expect400 = async (p: Promise<ApiResponse<ErrorBody>>, re: RegExp) => {
			const r = await p;
			expect(r.status).toBe(400);
			expect(r.body.code).toBe(1);
			expect(r.body.message).toMatch(re);
		};
		await expect400(q(undefined, isoDay()), /start_date.*required/);
		await expect400(q(isoDay(-3)), /end_date.*required/);
		await expect400(q('2025-02-30', isoDay()), /start_date.*YYYY-MM-DD/);
		await expect400(q('20250101', isoDay()), /start_date.*YYYY-MM-DD/);
		await expect400(q(isoDay(-91), isoDay(-80)), /90 days back from today/);
		await expect400(q(isoDay(-5), isoDay(-6)), /cannot be before/);
		await expect400(q(isoDay(-10), isoDay(81)), /90 days past/);
		expect((await q(isoDay(-90), isoDay(-1))).status).toBe(200);
		expect((await q(isoDay(-10), isoDay(80))).status).toBe(200);
	});

	test('user analytics: metrics, split, deterministic numbers', async () => {
		const query = {
			start_date: isoDay(-2),
			end_date: isoDay(0),
			metric_types: 'IMPRESSION,SAVE_RATE',
		};
		const a = await call<Analytics>(sim, 'GET', '/user_account/analytics', { query });
		expect(a.status).toBe(200);
		expect(Object.keys(a.body)).toEqual(['all']);
		expect(a.body.all.daily_metrics).toHaveLength(3);
		expect(a.body.all.daily_metrics[0]).toMatchObject({ date: isoDay(-2), data_status: 'READY' });
		expect(Object.keys(a.body.all.daily_metrics[0].metrics).sort()).toEqual([
			'IMPRESSION',
			'SAVE_RATE',
		]);
		const sum = a.body.all.daily_metrics.reduce((s, d) => s + d.metrics.IMPRESSION, 0);
		expect(a.body.all.summary_metrics.IMPRESSION).toBe(sum);
		expect((await call(sim, 'GET', '/user_account/analytics', { query })).body).toEqual(a.body);
		const split = await call<Analytics>(sim, 'GET', '/user_account/analytics', {
			query: { ...query, split_field: 'APP_TYPE' },
		});
		expect(Object.keys(split.body).sort()).toEqual(['MOBILE', 'TABLET', 'WEB']);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, metric_types: 'IMPRESSION,CLICKS' },
				})
			).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, metric_types: ['IMPRESSION', 'SAVE'] },
				})
			).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, split_field: 'DEVICE' },
				})
			).status,
		).toBe(400);
	});

	test('pin, multi-pin and top pins analytics', async () => {
		const base = { start_date: isoDay(-1), end_date: isoDay(0) };
		expect((await call(sim, 'GET', `/pins/${pinId}/analytics`, { query: base })).status).toBe(400); // metric_types required
		const one = await call<Analytics<PinAnalyticsBlock>>(sim, 'GET', `/pins/${pinId}/analytics`, {
			query: { ...base, metric_types: 'IMPRESSION,TOTAL_COMMENTS' },
		});
		expect(one.status).toBe(200);
		expect(Object.keys(one.body.all.daily_metrics[0].metrics)).toEqual(['IMPRESSION']);
		expect(Object.keys(one.body.all.lifetime_metrics)).toEqual(['TOTAL_COMMENTS']);
		expect(
			(
				await call<ErrorBody>(sim, 'GET', '/pins/1234567890123456789/analytics', {
					query: { ...base, metric_types: 'IMPRESSION' },
				})
			).body.code,
		).toBe(50);
		const b = sim.addBoard({ name: 'c' });
		const p2 = sim.addPin({ board_id: b.id }).id;
		const multi = await call<Analytics<PinAnalyticsBlock>>(sim, 'GET', '/pins/analytics', {
			query: { ...base, pin_ids: [pinId, p2], metric_types: 'SAVE' },
		});
		expect(multi.status).toBe(200);
		expect(Object.keys(multi.body).sort()).toEqual([pinId, p2].sort());
		expect(
			(
				await call<ErrorBody>(sim, 'GET', '/pins/analytics', {
					query: { ...base, pin_ids: [pinId, '1'], metric_types: 'SAVE' },
				})
			).body.code,
		).toBe(50);
		const top = await call<TopPins>(sim, 'GET', '/user_account/analytics/top_pins', {
			query: { ...base, sort_by: 'SAVE', num_of_pins: 1 },
		});
		expect(top.status).toBe(200);
		expect(top.body.sort_by).toBe('SAVE');
		expect(top.body.pins).toHaveLength(1);
		expect(top.body.date_availability.is_realtime).toBe(false);
		expect(
			(await call(sim, 'GET', '/user_account/analytics/top_pins', { query: base })).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics/top_pins', {
					query: { ...base, sort_by: 'SAVE', num_of_pins: 51 },
				})
			).status,
		).toBe(400);
		const vid = await call<TopPins>(sim, 'GET', '/user_account/analytics/top_video_pins', {
			query: { ...base, sort_by: 'VIDEO_START' },
		});
		expect(vid.body.pins).toEqual([]);
	});
});
