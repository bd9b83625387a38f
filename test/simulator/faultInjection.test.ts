import { http } from '../helpers/system';
import type { ErrorBody, Sim } from './helpers';
import { call, startSim } from './helpers';
import type { RequestLogEntry } from '../../tools/simulator';

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
afterAll(() => agent.destroy());

function rawGet(sim: Sim, path: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = http.get(
			`${sim.baseUrl}${path}`,
			{ agent, headers: { authorization: 'Bearer tok-1' } },
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode || 0));
			},
		);
		req.on('error', reject);
	});
}

async function run(sim: Sim, n: number, path = '/user_account', concurrency = 8) {
	const statuses: number[] = new Array(n);
	let next = 0;
	const worker = async () => {
		while (next < n) {
			const i = next++;
			statuses[i] = await rawGet(sim, path);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return statuses;
}

describe('simulator: fault injection', () => {
	test('1,000 calls at rate429 0.2 give 150..250 429s with Retry-After, reproducibly', async () => {
		const counts: number[] = [];
		for (let round = 0; round < 2; round++) {
			// Injected faults alone: 1,000 unpaced calls would also spend the Standard budgets
			// (100 a second), whose 429s rateLimit.test.ts covers.
			const sim = await startSim({
				rateLimits: false,
				faults: { rate429: 0.2, retryAfterSeconds: 3 },
			});
			try {
				const statuses = await run(sim, 1000);
				const n429 = statuses.filter((s) => s === 429).length;
				expect(n429).toBeGreaterThanOrEqual(150);
				expect(n429).toBeLessThanOrEqual(250);
				expect(statuses.filter((s) => s === 200).length).toBe(1000 - n429);
				expect(sim.stats.faulted).toBe(n429);
				expect(sim.stats.byStatus[429]).toBe(n429);
				expect(sim.stats.requests).toBe(1000);
				counts.push(n429);
				const r = await call(sim, 'GET', '/user_account');
				sim.failNext(1);
				const f = await call<ErrorBody>(sim, 'GET', '/user_account');
				expect(f.status).toBe(429);
				expect(f.headers.get('retry-after')).toBe('3');
				expect(f.body).toMatchObject({ code: 8 });
				expect(r.status === 200 || r.status === 429).toBe(true);
			} finally {
				await sim.stop();
			}
		}
		expect(counts[0]).toBe(counts[1]); // same seed, same sequence of fault decisions
	});

	test('rate500 / rate503 mix and a different seed gives a different sequence', async () => {
		// Injected faults alone, as above (no budgets: 400 unpaced calls would spend them).
		const faults = { rate500: 0.1, rate503: 0.1 };
		const a = await startSim({ seed: 1, rateLimits: false, faults });
		const b = await startSim({ seed: 2, rateLimits: false, faults });
		try {
			const sa = await run(a, 400, '/user_account', 1);
			const sb = await run(b, 400, '/user_account', 1);
			for (const s of [sa, sb]) {
				expect(s.filter((x) => x === 500).length).toBeGreaterThan(20);
				expect(s.filter((x) => x === 503).length).toBeGreaterThan(20);
				expect(s.filter((x) => x !== 200 && x !== 500 && x !== 503)).toEqual([]);
			}
			expect(sa.join()).not.toBe(sb.join());
		} finally {
			await a.stop();
			await b.stop();
		}
	});

	test('faulted writes are not applied; rate500AfterWrite applies then fails', async () => {
		const sim = await startSim();
		try {
			sim.failNext(2, { status: 500 });
			expect((await call(sim, 'POST', '/boards', { body: { name: 'x' } })).status).toBe(500);
			expect((await call(sim, 'POST', '/boards', { body: { name: 'y' } })).status).toBe(500);
			expect(Object.keys(sim.state.boards)).toHaveLength(0);
			expect((await call(sim, 'POST', '/boards', { body: { name: 'z' } })).status).toBe(201);
			expect(Object.keys(sim.state.boards)).toHaveLength(1);
			sim.setFaults({ rate429: 1 });
			const del = await call(sim, 'DELETE', `/boards/${Object.keys(sim.state.boards)[0]}`);
			expect(del.status).toBe(429);
			expect(Object.keys(sim.state.boards)).toHaveLength(1);
			sim.setFaults({ rate500AfterWrite: 1 });
			const w = await call(sim, 'POST', '/boards', { body: { name: 'maybe' } });
			expect(w.status).toBe(500);
			expect(Object.values(sim.state.boards).map((b) => b.name)).toContain('maybe');
			expect((await call(sim, 'GET', '/boards')).status).toBe(200); // reads are not affected
			sim.setFaults({});
			sim.failNext(1, { status: 500, afterWrite: true });
			expect((await call(sim, 'POST', '/boards', { body: { name: 'after' } })).status).toBe(500);
			expect(Object.values(sim.state.boards).map((b) => b.name)).toContain('after');
		} finally {
			await sim.stop();
		}
	});

	test('failNext scripts exact responses for the next n API requests; support endpoints are exempt', async () => {
		const sim = await startSim();
		try {
			sim.failNext(2, {
				status: 429,
				headers: { 'retry-after': '7' },
				body: { code: 8, message: 'slow down' },
			});
			const res = await fetch(`${sim.origin}/__state`);
			expect(res.status).toBe(200);
			const first = await call(sim, 'GET', '/boards');
			expect(first.status).toBe(429);
			expect(first.headers.get('retry-after')).toBe('7');
			expect(first.body).toEqual({ code: 8, message: 'slow down' });
			expect((await call(sim, 'GET', '/pins')).status).toBe(429);
			expect((await call(sim, 'GET', '/pins')).status).toBe(200);
			sim.failNext(1, { status: 503 });
			const s503 = await call<ErrorBody>(sim, 'GET', '/pins');
			expect(s503.status).toBe(503);
			expect(s503.body.code).toBe(503);
			expect(sim.stats).toMatchObject({
				requests: 4,
				faulted: 3,
				byStatus: { 200: 1, 429: 2, 503: 1 },
			});
			const log = (await (await fetch(`${sim.origin}/__log`)).json()) as RequestLogEntry[];
			expect(log.map((r) => r.status)).toEqual([429, 429, 200, 503]);
			expect((await fetch(`${sim.origin}/__reset`, { method: 'POST' })).status).toBe(204);
			expect(sim.requests).toEqual([]);
		} finally {
			await sim.stop();
		}
	});

	test('slow responses are delayed by slowMs', async () => {
		const sim = await startSim({ faults: { slowRate: 1, slowMs: 150 } });
		try {
			const t0 = Date.now();
			expect((await call(sim, 'GET', '/user_account')).status).toBe(200);
			expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
		} finally {
			await sim.stop();
		}
	});
});
