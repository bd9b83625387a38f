/**
 * Rate-limit budgets of the simulator (tools/simulator/rateLimit.js): on by default in realistic
 * mode (the Standard budgets), off with rateLimits: false or the spec-only shapes. On, every
 * answer carries Pinterest's headers in the live API's format and a spent budget answers 429
 * with code 8, per token and per category.
 */
import { sleep } from 'n8n-workflow';

import type { ErrorBody, Sim } from './helpers';
import { call, startSim } from './helpers';

const PIN = {
	board_id: '',
	title: 'Budget',
	media_source: { source_type: 'image_url', url: 'https://images.example.com/a.jpg' },
};

describe('simulator rate limits', () => {
	let sim: Sim | undefined;
	afterEach(async () => {
		await sim?.stop();
		sim = undefined;
	});

	it('keeps the Standard budgets by default (every live answer carries the headers); off with rateLimits: false or the spec-only shapes', async () => {
		sim = await startSim();
		const res = await call(sim, 'GET', '/boards');
		expect(res.status).toBe(200);
		expect(res.headers.get('x-ratelimit-limit')).toBe(
			'100, 100;w=1;name="safety_net_app_id_user_id", 1000;w=60;name="org_read_app_id_user_id"',
		);
		expect(res.headers.get('x-ratelimit-remaining')).toBe('99');
		expect(res.headers.get('x-ratelimit-reset')).toBe('1');
		await sim.stop();
		for (const options of [{ rateLimits: false }, { realistic: false }]) {
			sim = await startSim(options);
			const plain = await call(sim, 'GET', '/boards');
			expect(plain.status).toBe(200);
			expect([...plain.headers.keys()].filter((k) => k.startsWith('x-ratelimit'))).toEqual([]);
			await sim.stop();
		}
		sim = undefined;
	});

	it('counts each token down in the real format and answers 429 code 8 when spent', async () => {
		sim = await startSim({
			accessTokens: ['tok-1', 'tok-2'],
			rateLimits: { safetyNet: 100, categories: { org_read: 3 } },
		});
		const seen: Array<[number, string | null, string | null, string | null]> = [];
		for (let i = 0; i < 4; i++) {
			const res = await call(sim, 'GET', '/boards');
			seen.push([
				res.status,
				res.headers.get('x-ratelimit-limit'),
				res.headers.get('x-ratelimit-remaining'),
				res.headers.get('x-ratelimit-reset'),
			]);
		}
		const limit =
			'3, 100;w=1;name="safety_net_app_id_user_id", 3;w=60;name="org_read_app_id_user_id"';
		expect(seen.map(([status, l, remaining]) => [status, l, remaining])).toEqual([
			[200, limit, '2'],
			[200, limit, '1'],
			[200, limit, '0'],
			[429, limit, '0'],
		]);
		for (const [, , , reset] of seen) {
			expect(Number(reset)).toBeGreaterThanOrEqual(1);
			expect(Number(reset)).toBeLessThanOrEqual(60);
		}
		const spent = await call<ErrorBody>(sim, 'GET', '/boards');
		expect(spent.body.code).toBe(8);
		expect(spent.body.message).toMatch(/exceeded a rate limit/);
		expect(spent.headers.get('retry-after')).toBeNull();
		// Another token has its own budget; another category (org_write) is not spent.
		expect((await call(sim, 'GET', '/boards', { token: 'tok-2' })).status).toBe(200);
		const board = sim.addBoard({ name: 'Budgets' });
		const created = await call(sim, 'POST', '/pins', { body: { ...PIN, board_id: board.id } });
		expect(created.status).toBe(201);
		expect(created.headers.get('x-ratelimit-limit')).toBe(
			'100, 100;w=1;name="safety_net_app_id_user_id"',
		);
		expect(sim.stats.rateLimited).toBe(2);
	});

	it('opens a window at the first request, so a burst across a wall-clock minute is one budget', async () => {
		// The clock stands 10 ms before a whole minute; the burst crosses it. A window aligned to
		// the wall clock would hand out a fresh budget halfway (the CI flake of stop 28).
		let clock = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000 - 10;
		const spy = jest.spyOn(Date, 'now').mockImplementation(() => clock);
		try {
			sim = await startSim({ rateLimits: { safetyNet: 0, categories: { org_read: 3 } } });
			const statuses: Array<[number, string | null]> = [];
			for (let i = 0; i < 4; i++) {
				const res = await call(sim, 'GET', '/boards');
				statuses.push([res.status, res.headers.get('x-ratelimit-remaining')]);
				clock += 7;
			}
			expect(statuses).toEqual([
				[200, '2'],
				[200, '1'],
				[200, '0'],
				[429, '0'],
			]);
			clock += 60_000;
			expect((await call(sim, 'GET', '/boards')).status).toBe(200);
		} finally {
			spy.mockRestore();
		}
	});

	it('the safety net counts every request and starts again with its window', async () => {
		sim = await startSim({ rateLimits: { safetyNet: 2, safetyNetWindowSeconds: 1 } });
		const statuses: number[] = [];
		for (let i = 0; i < 3; i++) statuses.push((await call(sim, 'GET', '/user_account')).status);
		expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
		const spent = await call(sim, 'GET', '/boards');
		await sleep(Number(spent.headers.get('x-ratelimit-reset')) * 1000 + 50);
		const again = await call(sim, 'GET', '/boards');
		expect(again.status).toBe(200);
		expect(again.headers.get('x-ratelimit-remaining')).toBe('1');
	});

	it('takes each operation’s category from the OpenAPI file', async () => {
		sim = await startSim({
			rateLimits: { safetyNet: 0, categories: { org_analytics: 5, trends_read: 5 } },
		});
		const analytics = await call(sim, 'GET', '/user_account/analytics', {
			query: { start_date: '2025-01-01', end_date: '2025-01-02' },
		});
		expect(analytics.headers.get('x-ratelimit-limit')).toBe(
			'5, 5;w=60;name="org_analytics_app_id_user_id"',
		);
		const boards = await call(sim, 'GET', '/boards');
		expect(boards.headers.get('x-ratelimit-limit')).toBeNull();
	});
});
