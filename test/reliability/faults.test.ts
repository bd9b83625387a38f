/**
 * Proof under faults: real n8n-core execution (WorkflowExecute → RoutingNode → our executor and
 * transport) against the local simulator with injected faults — 20% 429 (Retry-After: 0), 5% 503
 * (Retry-After: 0) and some slow answers. (Creates under faults: exactlyOnce.test.ts.)
 *
 * - Return All over 10,000 pins: every pin exactly once, in ceil(10000 / 250) = 40 good pages
 *   plus one resent request per faulted one.
 *
 * Correctness only: timings belong to `npm run bench`, never to assertions here.
 */
import type { IPairedItemData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log } from '../helpers/system';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { apiRequests, countBy, FAULTS } from './faultHelpers';

const TOKEN = 'pina_reliability_token';
const PINS = 10000;
const PAGE = 250;

jest.setTimeout(120_000);

describe('reliability under injected faults (n8n-core against the simulator)', () => {
	let sim: Simulator;

	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 4242, logLimit: 1_000_000 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => {
		sim.reset();
		sim.setFaults({});
	});

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });

	it(`Return All of ${PINS} pins under faults: every pin exactly once, ${PINS / PAGE} good pages plus the faulted ones`, async () => {
		const board = sim.addBoard({ name: 'Many' });
		// An explicit media source: without one, addPin counts every pin per insert (quadratic).
		for (let i = 0; i < PINS; i++) {
			sim.addPin({
				board_id: board.id,
				title: `seed-${i}`,
				media_source: { source_type: 'image_url', url: `https://example.com/${i}.jpg` },
			});
		}
		sim.requests.length = 0;
		sim.setFaults(FAULTS);
		const before = { ...sim.stats, byStatus: { ...sim.stats.byStatus } };
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				// Ten tries per page: five 429/503 in a row (p ≈ 0.001 per page) must not end the run.
				rateLimit: { maxAttempts: 10 },
			},
			{ credentials: await credentials() },
		);
		sim.setFaults({});
		expect(error).toBeUndefined();

		const ids = items.map((item) => String(item.json.id));
		expect(ids).toHaveLength(PINS);
		expect(new Set(ids).size).toBe(PINS);
		expect(new Set(ids)).toEqual(new Set(Object.keys(sim.state.pins)));
		expect(items.every((item) => (item.pairedItem as IPairedItemData).item === 0)).toBe(true);

		const gets = apiRequests(sim, 'GET', '/v5/pins');
		const ok = gets.filter((r) => r.status === 200);
		const faulted = gets.filter((r) => r.status !== 200);
		const faultedInStats = sim.stats.faulted - before.faulted;
		log(
			`fault proof, reads: ${JSON.stringify({
				pins: ids.length,
				requests: gets.length,
				okPages: ok.length,
				faulted: faulted.length,
				byStatus: countBy(gets, (r) => String(r.status)),
			})}`,
		);
		// +1: GET /pins gives a bookmark on its last page, then an empty page (REAL-API.md).
		const pages = Math.ceil(PINS / PAGE) + 1;
		expect(ok).toHaveLength(pages);
		expect(faulted.every((r) => r.status === 429 || r.status === 503)).toBe(true);
		expect(gets.length).toBe(pages + faulted.length);
		expect(faulted.length).toBe(faultedInStats);
		expect(faulted.length).toBeGreaterThan(0);
		// Each good page asked for a full page; the bookmark chain was followed without a gap.
		expect(ok.every((r) => r.query.page_size === String(PAGE))).toBe(true);
		expect(new Set(ok.map((r) => String(r.query.bookmark ?? ''))).size).toBe(ok.length);
	});
});
