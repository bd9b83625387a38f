/**
 * Proof under faults: real n8n-core execution (WorkflowExecute → RoutingNode → our executor and
 * transport) against the local simulator with injected faults — 20% 429 (Retry-After: 0), 5% 503
 * (Retry-After: 0), 1% of writes applied and then answered with a 500, and some slow answers.
 *
 * - 1,000 pin creates with Continue On Fail: every input is either created exactly once or
 *   reported as a paired error; nothing lost, nothing duplicated; an error after which the pin
 *   may exist says so, and then the pin exists exactly once.
 * - Return All over 10,000 pins: every pin exactly once, in ceil(10000 / 250) = 40 good pages
 *   plus one resent request per faulted one.
 *
 * Correctness only: timings belong to `npm run bench`, never to assertions here.
 */
import type { INodeExecutionData, IPairedItemData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log } from '../helpers/system';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { apiRequests, countBy, FAULTS, summarizeCreates } from './faultHelpers';

const TOKEN = 'pina_reliability_token';
const CREATES = 1000;
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

	it(`${CREATES} pin creates: each input created exactly once or a paired error; none lost, none duplicated`, async () => {
		const board = sim.addBoard({ name: 'Reliability' });
		const input: INodeExecutionData[] = Array.from({ length: CREATES }, (_, i) => ({
			json: { i, title: `reliability-${i}`, url: `https://example.com/img/${i}.jpg` },
		}));
		sim.setFaults(FAULTS);
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: { __rl: true, mode: 'id', value: board.id },
				mediaSource: 'imageUrl',
				imageUrl: '={{ $json.url }}',
				title: '={{ $json.title }}',
			},
			{ credentials: await credentials(), input, continueOnFail: true },
		);
		sim.setFaults({});
		expect(error).toBeUndefined();

		const pins = Object.values(sim.state.pins);
		const summary = summarizeCreates(items, pins, CREATES, (i) => `reliability-${i}`);
		// Visible in the jest output; the numbers are reported in BENCHMARKS.md by the bench too.
		log(`fault proof, creates: ${JSON.stringify({ ...summary.counts, simulator: sim.stats })}`);

		// pairedItem covers every input exactly once: one output item per input.
		expect(items).toHaveLength(CREATES);
		expect(summary.pairedTwice).toEqual([]);
		expect(summary.unpaired).toEqual([]);
		// No pin title twice in the simulator, and no pin that no input asked for.
		expect(summary.duplicateTitles).toEqual([]);
		expect(summary.strangerPins).toEqual([]);
		// Every success names a pin that exists, with its own input's title.
		expect(summary.successWithoutPin).toEqual([]);
		expect(summary.successWrongTitle).toEqual([]);
		// Every error: no pin for that input — unless the error says the pin may exist, and then it
		// exists exactly once (the POST was applied, then answered 500, and was not resent).
		expect(summary.errorButPinCreated).toEqual([]);
		expect(summary.maybeExistsWithoutPin).toEqual([]);
		// Nothing lost: pins == successes + "may exist" errors.
		expect(pins.length).toBe(summary.counts.created + summary.counts.maybeExists);

		// Counted against the simulator's own log.
		const posts = apiRequests(sim, 'POST', '/v5/pins');
		const byStatus = countBy(posts, (r) => String(r.status));
		expect(byStatus['201'] ?? 0).toBe(summary.counts.created);
		expect(byStatus['500'] ?? 0).toBe(summary.counts.maybeExists);
		expect(byStatus['503'] ?? 0).toBe(summary.counts.failed503);
		// A POST is resent only after a 429: every input's last POST ended it.
		expect(posts.length - (byStatus['429'] ?? 0)).toBe(CREATES - summary.counts.failed429);
		// The faults really happened (the seeded PRNG makes this stable).
		expect(byStatus['429']).toBeGreaterThan(100);
		expect(summary.counts.failed503).toBeGreaterThan(10);
		expect(summary.counts.maybeExists).toBeGreaterThan(0);
	});

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
		expect(ok).toHaveLength(Math.ceil(PINS / PAGE));
		expect(faulted.every((r) => r.status === 429 || r.status === 503)).toBe(true);
		expect(gets.length).toBe(Math.ceil(PINS / PAGE) + faulted.length);
		expect(faulted.length).toBe(faultedInStats);
		expect(faulted.length).toBeGreaterThan(0);
		// Each good page asked for a full page; the bookmark chain was followed without a gap.
		expect(ok.every((r) => r.query.page_size === String(PAGE))).toBe(true);
		expect(new Set(ok.map((r) => String(r.query.bookmark ?? ''))).size).toBe(ok.length);
	});
});
