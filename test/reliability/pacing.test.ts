/**
 * Pace Requests (Rate Limit Handling, on by default): when Pinterest's X-RateLimit headers say
 * the budget of a request's category is spent, the node waits for the window's reset instead of
 * meeting a 429. Real n8n-core against the simulator with budgets on, and nock for exact answers.
 * Correctness only: the timings go to `npm run bench` (BENCHMARKS.md).
 */
import nock from 'nock';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { recordUnmatchedRequests, useStrictNock } from '../helpers/nock';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { parseRateLimit } from '../../nodes/Pinterest/transport/pacing';

const TOKEN = 'pina_pacing_token';
const BOARD = '5000000000000000088';
const CREATES = 1000;

jest.setTimeout(180_000);

const createPin = (board: string, rateLimit: IDataObject = {}) => ({
	authentication: 'accessToken',
	resource: 'pin',
	operation: 'create',
	board: { __rl: true, mode: 'id', value: board },
	mediaSource: 'imageUrl',
	imageUrl: '={{ $json.url }}',
	title: '={{ $json.title }}',
	rateLimit,
});

const input: INodeExecutionData[] = Array.from({ length: CREATES }, (_, i) => ({
	json: { title: `paced-${i}`, url: `https://images.example.com/img/${i}.jpg` },
}));

describe('pacing on the rate-limit headers: 1,000 creates on a budget (simulator)', () => {
	let sim: Simulator;
	beforeAll(async () => {
		// 100 requests per second per token: Standard access's documented safety net.
		sim = createSimulator({
			accessTokens: [TOKEN],
			logLimit: 1_000_000,
			rateLimits: { safetyNet: 100, safetyNetWindowSeconds: 1 },
		});
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());

	const run = async (rateLimit: IDataObject) => {
		sim.reset();
		const board = sim.addBoard({ name: 'Paced' });
		const result = await runNode(createPin(board.id, { maxParallel: 8, ...rateLimit }), {
			credentials: await makeCredentials({
				pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
			}),
			input,
			continueOnFail: true,
		});
		const errors = result.items.filter((item) => item.json.error !== undefined).length;
		return { pins: Object.keys(sim.state.pins).length, errors, met429: sim.stats.rateLimited ?? 0 };
	};

	it('meets 429s without pacing, and none (or far fewer) with it; every pin made once', async () => {
		const unpaced = await run({ paceRequests: false });
		const paced = await run({});
		expect(unpaced.met429).toBeGreaterThan(0);
		expect(paced.met429).toBeLessThanOrEqual(Math.floor(unpaced.met429 / 10));
		expect(paced).toMatchObject({ pins: CREATES, errors: 0 });
	});
});

describe('pacing on the rate-limit headers (nock)', () => {
	useStrictNock();
	const BASE = 'http://pinterest.test/v5';
	const credentials = async () =>
		await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const two: INodeExecutionData[] = [
		{ json: { title: 'one', url: 'https://images.example.com/1.jpg' } },
		{ json: { title: 'two', url: 'https://images.example.com/2.jpg' } },
	];
	const created = (id: string) => ({ id, board_id: BOARD, title: 'x' });

	const unmatched = recordUnmatchedRequests();

	it('cancelled during a pacing wait, it sends nothing more', async () => {
		const spent = {
			'x-ratelimit-limit':
				'10, 100;w=1;name="safety_net_app_id_user_id", 10;w=60;name="org_write_app_id_user_id"',
			'x-ratelimit-remaining': '0',
			'x-ratelimit-reset': '90',
		};
		const scope = nock(BASE).post('/pins').reply(201, created('1'), spent);
		const controller = new AbortController();
		scope.on('replied', () => void sleep(300).then(() => controller.abort()));
		const { run } = await runNode(createPin(BOARD, { maxParallel: 1 }), {
			credentials: await credentials(),
			input: two,
			cancelSignal: controller.signal,
		});
		expect(run.status).toBe('canceled');
		expect(unmatched()).toEqual([]);
	});

	// Each would make the second create wait 90 s if it were read as "spent": the run would
	// outlast the test's timeout.
	it.each([
		['a limit that is not a number', { 'x-ratelimit-limit': 'lots' }],
		['a remaining that is not a number', { 'x-ratelimit-remaining': '0 requests' }],
		['a negative remaining', { 'x-ratelimit-remaining': '-1' }],
		['a reset that is not a number', { 'x-ratelimit-reset': 'soon' }],
		['a reset beyond a day', { 'x-ratelimit-reset': '999999' }],
		['no reset at all', { 'x-ratelimit-reset': undefined }],
	])(
		'a garbage header (%s) changes nothing',
		async (_name, change) => {
			const headers: Record<string, string> = {
				'x-ratelimit-limit': '10, 10;w=60;name="org_write_app_id_user_id"',
				'x-ratelimit-remaining': '0',
				'x-ratelimit-reset': '90',
			};
			for (const [key, value] of Object.entries(change)) {
				if (value === undefined) delete headers[key];
				else headers[key] = value;
			}
			nock(BASE).post('/pins').reply(201, created('1'), headers);
			nock(BASE).post('/pins').reply(201, created('2'));
			const { items, error } = await runNode(createPin(BOARD, { maxParallel: 1 }), {
				credentials: await credentials(),
				input: two,
			});
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual(['1', '2']);
		},
		10_000,
	);

	it('reads the live forms of the headers', () => {
		const now = 1_783_592_539_000;
		expect(
			parseRateLimit(
				{
					'X-RateLimit-Limit':
						'100, 100;w=1;name="safety_net_app_id_user_id", 1000;w=60;name="org_read_app_id_user_id"',
					'X-RateLimit-Remaining': '97',
					'X-RateLimit-Reset': '1',
				},
				now,
			),
		).toEqual({
			limit: 100,
			remaining: 97,
			resetMs: 1000,
			binding: 'safety_net_app_id_user_id',
			names: ['safety_net_app_id_user_id', 'org_read_app_id_user_id'],
		});
		// A proxy's plain form with a Unix time (Nango's, in the public recordings).
		expect(
			parseRateLimit(
				{
					'x-ratelimit-limit': '5000',
					'x-ratelimit-remaining': '4961',
					'x-ratelimit-reset': '1783592581',
				},
				now,
			),
		).toMatchObject({ limit: 5000, remaining: 4961, resetMs: 42_000, names: [] });
		expect(parseRateLimit({}, now)).toBeUndefined();
	});
});
