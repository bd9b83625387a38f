/**
 * The board locator's By Name mode, through n8n-core's RoutingNode (and the trigger's poll)
 * against the simulator: exact, case-insensitive names; one read of the account's boards per run.
 */
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { poll, triggerWorkflow } from '../trigger/pollHarness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const TOKEN = 'pina_board_names_token';

describe('boards By Name', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 31 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => sim.reset());

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const byName = { __rl: true, mode: 'name', value: '={{ $json.board }}' };
	const createPin = {
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: byName,
		mediaSource: 'imageUrl',
		imageUrl: 'https://images.example.com/tart.jpg',
		title: '={{ $json.title }}',
	};
	const boardLists = () =>
		sim.requests.filter((r) => r.method === 'GET' && r.path === '/v5/boards');

	it('Pin → Create on boards given by name: case-insensitive, one read of the boards per run', async () => {
		const recipes = sim.addBoard({ name: 'Weeknight Recipes' });
		const travel = sim.addBoard({ name: 'Travel' });
		for (let i = 0; i < 300; i++) sim.addBoard({ name: `Filler ${i}` }); // two pages of boards
		const { items, error } = await runNode(createPin, {
			credentials: await credentials(),
			input: [
				{ json: { board: 'weeknight recipes', title: 'a' } },
				{ json: { board: ' TRAVEL ', title: 'b' } },
				{ json: { board: 'Weeknight Recipes', title: 'c' } },
			],
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.board_id)).toEqual([recipes.id, travel.id, recipes.id]);
		// 302 boards are two pages; the three items share them.
		expect(boardLists()).toHaveLength(2);
	});

	it('no board of that name: the error lists the closest names; two boards of one name: it says so', async () => {
		sim.addBoard({ name: 'Weeknight Recipes' });
		sim.addBoard({ name: 'Weekend Recipes' });
		sim.addBoard({ name: 'Garden' });
		sim.addBoard({ name: 'Travel' });
		sim.addBoard({ name: 'travel' });
		const { items } = await runNode(createPin, {
			credentials: await credentials(),
			input: [
				{ json: { board: 'Weeknight Recipe', title: 'a' } },
				{ json: { board: 'Travel', title: 'b' } },
			],
			continueOnFail: true,
		});
		expect(items[0].json.error).toBe('No board named "Weeknight Recipe"');
		expect(String(items[0].error?.description)).toMatch(
			/^The closest names among the account's 5 boards: "Weeknight Recipes", "Weekend Recipes", /,
		);
		expect(items[1].json.error).toBe('2 boards are named "Travel"');
		expect(String(items[1].error?.description)).toMatch(/^Their IDs: \d+, \d+\./);
		expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
	});

	it('the trigger watches a board given by name', async () => {
		const board = sim.addBoard({ name: 'Watched Board' });
		const creds = await credentials();
		const trigger = await triggerWorkflow(
			{
				authentication: 'accessToken',
				event: 'newPin',
				pinSource: 'board',
				board: { __rl: true, mode: 'name', value: 'watched board' },
			},
			{},
		);
		expect(await poll(trigger, creds)).toBeNull();
		const pin = sim.addPin({
			board_id: board.id,
			title: 'new',
			media_source: { source_type: 'image_url', url: 'https://images.example.com/n.jpg' },
		});
		const emitted = await poll(trigger, creds);
		expect(emitted?.map((item) => item.json.id)).toEqual([pin.id]);
	});
});
