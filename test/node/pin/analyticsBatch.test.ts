/**
 * Pin → Get Analytics for many items: the run's pins go together to GET /pins/analytics, up to
 * 100 a request, through n8n-core's RoutingNode against the simulator; every output row is
 * paired with the input item of its pin.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator } from '../../../tools/simulator';

const TOKEN = 'pina_analytics_batch_token';

describe('Pin → Get Analytics, batched', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 5 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => sim.reset());

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const analytics = (extra: IDataObject = {}) => ({
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'getAnalytics',
		pin: { __rl: true, mode: 'id', value: '={{ $json.pin }}' },
		dateRange: 'last7Days',
		metricTypes: ['IMPRESSION', 'SAVE'],
		output: 'summary',
		...extra,
	});
	const seedPins = (n: number) => {
		const board = sim.addBoard({ name: 'Measured' });
		return Array.from({ length: n }, (_, i) =>
			sim.addPin({
				board_id: board.id,
				title: `p${i}`,
				media_source: { source_type: 'image_url', url: `https://images.example.com/${i}.jpg` },
			}),
		);
	};
	const calls = (path: RegExp) =>
		sim.requests.filter((r) => r.method === 'GET' && path.test(r.path));

	it.each([
		[250, 3],
		[100, 1],
		[101, 2],
	])('%i pins cost %i requests; each row is paired with its pin’s item', async (n, requests) => {
		const pins = seedPins(n);
		const { items, error } = await runNode(analytics(), {
			credentials: await credentials(),
			input: pins.map((pin) => ({ json: { pin: pin.id } })),
		});
		expect(error).toBeUndefined();
		const bulk = calls(/^\/v5\/pins\/analytics$/);
		const single = calls(/^\/v5\/pins\/\d+\/analytics$/);
		// ceil(N / 100) in all; a last chunk of one pin asks the single-pin endpoint.
		expect(bulk.length + single.length).toBe(requests);
		expect(single).toHaveLength(n % 100 === 1 ? 1 : 0);
		expect(bulk.every((r) => [r.query.pin_ids].flat().length <= 100)).toBe(true);
		expect(items).toHaveLength(n);
		for (const item of items) {
			const input = (item.pairedItem as { item: number }).item;
			expect(item.json.pin_id).toBe(pins[input].id);
			expect(typeof item.json.IMPRESSION).toBe('number');
		}
	});

	it('a pin that is not there fails alone: its chunk is asked again pin by pin', async () => {
		const pins = seedPins(4);
		const input = [pins[0].id, pins[1].id, '123456789', pins[2].id, pins[3].id].map((pin) => ({
			json: { pin },
		}));
		const { items } = await runNode(analytics(), {
			credentials: await credentials(),
			input,
			continueOnFail: true,
		});
		expect(items.map((item) => [item.pairedItem, item.json.pin_id ?? item.json.error])).toEqual([
			[{ item: 0 }, pins[0].id],
			[{ item: 1 }, pins[1].id],
			[{ item: 2 }, expect.stringMatching(/^Pinterest 404/)],
			[{ item: 3 }, pins[2].id],
			[{ item: 4 }, pins[3].id],
		]);
		expect(calls(/^\/v5\/pins\/analytics$/).map((r) => r.status)).toEqual([404]);
		expect(calls(/^\/v5\/pins\/\d+\/analytics$/)).toHaveLength(5);
	});

	it('one pin, or a split by app type, asks the single-pin endpoint', async () => {
		const pins = seedPins(3);
		await runNode(analytics(), {
			credentials: await credentials(),
			input: [{ json: { pin: pins[0].id } }],
		});
		await runNode(analytics({ splitField: 'APP_TYPE' }), {
			credentials: await credentials(),
			input: pins.map((pin) => ({ json: { pin: pin.id } })),
		});
		expect(calls(/^\/v5\/pins\/analytics$/)).toHaveLength(0);
		expect(calls(/^\/v5\/pins\/\d+\/analytics$/)).toHaveLength(4);
	});
});
