/**
 * Creates whose outcome is unknown (a 5xx, a dropped connection, code 2787) are settled by
 * reading the target list, through n8n-core's RoutingNode against the simulator: found → the
 * object marked recovered; not found → sent again, within Max Attempts.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator } from '../../../tools/simulator';

const TOKEN = 'pina_reconcile_token';
const SAFE = '(not carried out: safe to run again)';
const CHECK = '(may have been carried out: check before running again)';
const CODE_2787 = { code: 2787, message: 'Something went wrong on our end. Sorry about that.' };

describe('exactly-once creates: reconcile unknown outcomes', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 77 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => {
		sim.reset();
		sim.setFaults({});
	});

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const requests = (method: string, path: string) =>
		sim.requests.filter((r) => r.method === method && r.path === path);
	const createPin = (boardId: string, extra: IDataObject = {}) => ({
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: { __rl: true, mode: 'id', value: boardId },
		mediaSource: 'imageUrl',
		imageUrl: 'https://images.example.com/tart.jpg',
		title: '={{ $json.title }}',
		additionalFields: { link: 'https://shop.example.com/tart', description: 'Zesty' },
		...extra,
	});
	const pinsOn = (boardId: string) =>
		Object.values(sim.state.pins).filter((pin) => pin.board_id === boardId);

	it.each([
		['a 500 after the pin was made', { status: 500, afterWrite: true }],
		['a connection dropped after the pin was made', { drop: true, afterWrite: true }],
		['code 2787 after the pin was made', { status: 400, body: CODE_2787, afterWrite: true }],
	])('%s: returns that pin marked recovered, sends nothing again', async (_, fault) => {
		const board = sim.addBoard({ name: 'Desserts' });
		sim.failNext(1, fault);
		const { items, error } = await runNode(createPin(board.id), {
			credentials: await credentials(),
			input: [{ json: { title: 'Lemon tart' } }],
		});
		expect(error).toBeUndefined();
		const pins = pinsOn(board.id);
		expect(pins).toHaveLength(1);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: pins[0].id, title: 'Lemon tart', recovered: true });
		expect(requests('POST', '/v5/pins')).toHaveLength(1);
		expect(requests('GET', `/v5/boards/${board.id}/pins`)).toHaveLength(1);
	});

	it.each([
		['a 503', { status: 503, headers: { 'retry-after': '0' } }],
		['code 2787 before anything was made', { status: 400, body: CODE_2787 }],
	])('%s: finds no pin, sends the create again, creates it once', async (_, fault) => {
		const board = sim.addBoard({ name: 'Desserts' });
		sim.failNext(1, fault);
		const { items, error } = await runNode(createPin(board.id), {
			credentials: await credentials(),
			input: [{ json: { title: 'Lemon tart' } }],
		});
		expect(error).toBeUndefined();
		expect(pinsOn(board.id)).toHaveLength(1);
		expect(items[0].json.recovered).toBeUndefined();
		expect(items[0].json.id).toBe(pinsOn(board.id)[0].id);
		expect(requests('POST', '/v5/pins').map((r) => r.status)).toEqual([fault.status, 201]);
	});

	it('code 2787 on every try: an error that says how often it checked, safe to run again', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		// Every write is answered with code 2787 (reads are not).
		sim.setFaults({ rate2787: 1 });
		const { items, error } = await runNode(
			{ ...createPin(board.id), rateLimit: { maxAttempts: 3 } },
			{
				credentials: await credentials(),
				input: [{ json: { title: 'Lemon tart' } }],
				continueOnFail: true,
			},
		);
		expect(error).toBeUndefined();
		expect(pinsOn(board.id)).toHaveLength(0);
		expect(items[0].json.error).toBe(
			`Pinterest 400 (code 2787): Something went wrong on our end. Sorry about that. ${SAFE}`,
		);
		const description = String(items[0].error?.description);
		expect(description).toMatch(/all 3 tries/);
		expect(description).toMatch(/code 2787: something went wrong on Pinterest's side/);
		expect(description).toMatch(/\(3 checks, each read again until 3 s after the answer/);
		expect(requests('POST', '/v5/pins')).toHaveLength(3);
		// Each check: a read, and two more (1 s and 3 s after the answer) since lists can lag.
		expect(requests('GET', `/v5/boards/${board.id}/pins`)).toHaveLength(9);
	});

	it('when the board cannot be read either, the error says to check before running again', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		sim.failNext(1, { status: 500, afterWrite: true });
		// The read of the board's pins is refused (a 403 is not retried).
		sim.failNext(1, {
			status: 403,
			body: { code: 7, message: 'Not authorized to access board or Pin.' },
		});
		const { items } = await runNode(createPin(board.id), {
			credentials: await credentials(),
			input: [{ json: { title: 'Lemon tart' } }],
			continueOnFail: true,
		});
		expect(pinsOn(board.id)).toHaveLength(1);
		expect(items[0].json.error).toBe(`Pinterest 500 (code 500): Internal server error. ${CHECK}`);
		expect(String(items[0].error?.description)).toMatch(
			/could not read the board's newest pins to find out \(Pinterest 403 \(code 7\)/,
		);
	});

	it('two items with the same content: each gets its own pin, none is claimed twice', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		// Item 0 is applied and answered 500; item 1 (the same pin) is created while item 0 waits
		// for the run to be quiet. Newest first, item 1's pin comes first in the read: item 0 must
		// not take it.
		sim.failNext(1, { status: 500, afterWrite: true });
		const { items, error } = await runNode(
			{ ...createPin(board.id), rateLimit: { maxParallel: 1 } },
			{
				credentials: await credentials(),
				input: [{ json: { title: 'Same' } }, { json: { title: 'Same' } }],
			},
		);
		expect(error).toBeUndefined();
		const pins = pinsOn(board.id);
		expect(pins).toHaveLength(2);
		expect(items.map((item) => item.json.recovered)).toEqual([true, undefined]);
		expect(new Set(items.map((item) => item.json.id))).toEqual(new Set(pins.map((pin) => pin.id)));
		expect(requests('POST', '/v5/pins').map((r) => r.status)).toEqual([500, 201]);
	});

	it('Board → Create and Board Section → Create recover what a 500 hid', async () => {
		sim.failNext(1, { status: 500, afterWrite: true });
		const board = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'create', name: 'Recipes' },
			{ credentials: await credentials() },
		);
		expect(board.error).toBeUndefined();
		const boards = Object.values(sim.state.boards).filter((b) => b.name === 'Recipes');
		expect(boards).toHaveLength(1);
		expect(board.items[0].json).toMatchObject({
			id: boards[0].id,
			name: 'Recipes',
			recovered: true,
		});
		expect(requests('GET', '/v5/boards')).toHaveLength(1);

		sim.failNext(1, { drop: true, afterWrite: true });
		const section = await runNode(
			{
				authentication: 'accessToken',
				resource: 'boardSection',
				operation: 'create',
				board: { __rl: true, mode: 'id', value: boards[0].id },
				name: 'Cakes',
			},
			{ credentials: await credentials() },
		);
		expect(section.error).toBeUndefined();
		expect(section.items[0].json).toMatchObject({ name: 'Cakes', recovered: true });
		expect(requests('POST', `/v5/boards/${boards[0].id}/sections`)).toHaveLength(1);
		expect(requests('GET', `/v5/boards/${boards[0].id}/sections`)).toHaveLength(1);
	});
});
