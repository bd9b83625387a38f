/**
 * The node relies on no board order. Pinterest lists boards A→Z by name (recorded), and its app
 * lets people sort them by last save or by hand; the simulator offers each (`boardOrder`). Under
 * every order, through n8n-core's RoutingNode: Board → Get Many with Return All gives each board
 * once, By Name finds a board wherever it sits, and Board → Create whose answer was lost after
 * the board was made returns that board (recovered) instead of making a second one.
 */
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const TOKEN = 'pina_board_orders_token';
const ORDERS = ['alphabetical', 'last_saved', 'newest', 'custom'] as const;

describe.each(ORDERS)('boards listed %s', (boardOrder) => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 5, boardOrder });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => {
		sim.reset();
		sim.setFaults({});
	});

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const boardsNamed = (name: string) =>
		Object.values(sim.state.boards).filter((board) => board.name === name);

	/** 300 boards (two pages of 250) made a minute apart; by hand, the second half first. */
	function manyBoards(): string[] {
		const start = Date.now() - 400 * 60_000;
		const ids: string[] = [];
		for (let i = 0; i < 300; i++) {
			const name = `${String.fromCharCode(97 + (i % 26))} board ${i}`;
			ids.push(sim.addBoard({ name, created_at: new Date(start + i * 60_000).toISOString() }).id);
		}
		if (boardOrder === 'custom') sim.arrangeBoards([...ids.slice(150), ...ids.slice(0, 150)]);
		// A save to the oldest board: last saved, it comes first in that order.
		sim.addPin({ board_id: ids[0], title: 'saved just now' });
		return ids;
	}

	/** The order this account lists its boards in (what the simulator must have served). */
	function expectedOrder(ids: string[]): string[] {
		const name = (id: string) => sim.state.boards[id].name.toLowerCase();
		switch (boardOrder) {
			case 'alphabetical':
				return [...ids].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
			case 'newest':
				return [...ids].reverse();
			case 'last_saved':
				return [ids[0], ...ids.slice(1).reverse()];
			case 'custom':
				return [...ids.slice(150), ...ids.slice(0, 150)];
		}
	}

	it('Get Many, Return All: every board once', async () => {
		const ids = manyBoards();
		const { items, error } = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'getAll', returnAll: true },
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		const got = items.map((item) => String(item.json.id));
		expect(got).toEqual(expectedOrder(ids));
	});

	it('By Name finds a board on either page', async () => {
		const ids = manyBoards();
		const names = [0, 150, 299].map((i) => `${String.fromCharCode(97 + (i % 26))} board ${i}`);
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'name', value: '={{ $json.name }}' },
			},
			{ credentials: await credentials(), input: names.map((name) => ({ json: { name } })) },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => String(item.json.id))).toEqual([ids[0], ids[150], ids[299]]);
	});

	it('Create whose answer is lost after the board was made: that board, once, marked recovered', async () => {
		manyBoards();
		sim.failNext(1, { status: 500, afterWrite: true });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'create',
				name: 'm new board',
			},
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		const made = boardsNamed('m new board');
		expect(made).toHaveLength(1);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: made[0].id, recovered: true });
		expect(sim.requests.filter((r) => r.method === 'POST' && r.path === '/v5/boards')).toHaveLength(
			1,
		);
	});
});
