import nock from 'nock';

import type { TriggerLimits } from '../../nodes/Pinterest/trigger/state';
import { builtModule, makeCredentials, tokenCredential } from '../helpers/harness';
import {
	persistedState,
	poll,
	restart,
	runManual,
	triggerState,
	triggerWorkflow,
} from './pollHarness';
import { offsetPages, useStrictNock } from '../helpers/nock';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

type Sim = Simulator;
const TOKEN = 'tok-trigger';

/** What the tests read of a failed poll's error (a NodeApiError). */
interface PollError {
	name: string;
	message: string;
	description?: unknown;
}

function apiCalls(sim: Sim) {
	return sim.requests
		.filter((r) => r.path.startsWith('/v5/'))
		.map((r) => ({ method: r.method, path: r.path.slice(3), query: r.query }));
}

describe('Pinterest Trigger through n8n-core (simulator)', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 7 });
		await sim.start(0);
	});
	afterAll(async () => sim.stop());
	beforeEach(() => sim.reset());

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const base = { authentication: 'accessToken' };

	it('first activation records where things stand and emits nothing; new pins come once; idle = 1 request', async () => {
		const board = sim.addBoard({ name: 'Recipes' });
		// A minute apart, an hour old or more: page 1 ends with pins past the late-pin window (10
		// minutes below the newest seen), so an idle poll stops there.
		const hourAgo = Date.now() - 3600_000;
		for (let i = 0; i < 30; i++) {
			const created_at = new Date(hourAgo - i * 60_000).toISOString();
			sim.addPin({ board_id: board.id, title: `old ${i}`, created_at });
		}
		const params = { ...base, event: 'newPin', pinSource: 'account' };
		const creds = await credentials();
		let workflow = await triggerWorkflow(params);

		sim.requests.length = 0;
		expect(await poll(workflow, creds)).toBeNull();
		// Pinterest gives GET /pins a bookmark on its last page; the baseline reads the empty page
		// it asks for once, so the list counts as read whole (trigger/state.ts).
		expect(apiCalls(sim)).toEqual([
			{ method: 'GET', path: '/pins', query: { page_size: '250' } },
			{
				method: 'GET',
				path: '/pins',
				query: { page_size: '250', bookmark: expect.any(String) },
			},
		]);
		expect(triggerState(workflow)).toMatchObject({ kind: 'stamped', source: 'pins:account' });

		const a = sim.addPin({ board_id: board.id, title: 'new A' });
		const b = sim.addPin({ board_id: board.id, title: 'new B' });
		sim.requests.length = 0;
		const items = await poll(workflow, creds);
		expect(items!.map((i) => i.json.id)).toEqual([a.id, b.id]); // oldest first
		expect(items![0].json).toEqual({
			id: a.id,
			title: 'new A',
			description: null,
			link: null,
			alt_text: null,
			board_id: board.id,
			board_section_id: null,
			created_at: a.created_at,
			creative_type: 'REGULAR',
			dominant_color: '#6E7874',
			media_type: 'image',
			image_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/__img\//),
			video_cover_url: null,
			pin_url: `https://www.pinterest.com/pin/${a.id}/`,
		});
		expect(apiCalls(sim)).toHaveLength(1);

		// Idle, then an n8n restart (static data reloaded from JSON), then idle again.
		sim.requests.length = 0;
		expect(await poll(workflow, creds)).toBeNull();
		workflow = await restart(workflow, params);
		expect(await poll(workflow, creds)).toBeNull();
		expect(apiCalls(sim)).toHaveLength(2);

		// Edits and deletions in between change nothing; the next new pin comes once.
		sim.removePin(a.id);
		const c = sim.addPin({ board_id: board.id, title: 'new C' });
		workflow = await restart(workflow, params);
		expect((await poll(workflow, creds))!.map((i) => i.json.id)).toEqual([c.id]);
		expect(await poll(workflow, creds)).toBeNull();
	});

	it('watches one board and one section (By ID), and a board By URL resolved once', async () => {
		const board = sim.addBoard({ name: 'Travel Ideas' });
		const other = sim.addBoard({ name: 'Other' });
		const section = sim.addSection(board.id, { name: 'Europe' });
		sim.addPin({ board_id: board.id });
		const creds = await credentials();
		const onBoard = {
			...base,
			event: 'newPin',
			pinSource: 'board',
			board: { __rl: true, mode: 'id', value: board.id },
		};
		const inSection = {
			...onBoard,
			pinSource: 'section',
			section: { __rl: true, mode: 'id', value: section.id },
		};
		const byUrl = {
			...onBoard,
			board: {
				__rl: true,
				mode: 'url',
				value: 'https://www.pinterest.com/demo_user/travel-ideas/',
			},
		};
		const wfBoard = await triggerWorkflow(onBoard);
		const wfSection = await triggerWorkflow(inSection);
		const wfUrl = await triggerWorkflow(byUrl);
		sim.requests.length = 0;
		for (const wf of [wfBoard, wfSection, wfUrl]) expect(await poll(wf, creds)).toBeNull();
		expect(apiCalls(sim).map((c) => c.path)).toEqual([
			`/boards/${board.id}/pins`,
			`/boards/${board.id}/sections/${section.id}/pins`,
			'/boards',
			`/boards/${board.id}/pins`,
		]);

		const inBoard = sim.addPin({ board_id: board.id });
		const inSec = sim.addPin({ board_id: board.id, board_section_id: section.id });
		sim.addPin({ board_id: other.id });
		sim.requests.length = 0;
		expect((await poll(wfBoard, creds))!.map((i) => i.json.id)).toEqual([inBoard.id, inSec.id]);
		expect((await poll(wfSection, creds))!.map((i) => i.json.id)).toEqual([inSec.id]);
		const viaUrl = await poll(await restart(wfUrl, byUrl), creds);
		expect(viaUrl!.map((i) => i.json.id)).toEqual([inBoard.id, inSec.id]);
		// The URL was resolved on the first poll only: one request per poll from then on.
		expect(apiCalls(sim)).toHaveLength(3);
	});

	it('emits new followers once (oldest first) and costs one request when idle', async () => {
		for (let i = 0; i < 300; i++) sim.addFollower(`old_${i}`);
		const params = { ...base, event: 'newFollower' };
		const creds = await credentials();
		let workflow = await triggerWorkflow(params);
		expect(await poll(workflow, creds)).toBeNull();
		sim.addFollower('new_1');
		sim.removeFollower('old_299');
		sim.removeFollower('old_5');
		sim.addFollower('new_2');
		sim.requests.length = 0;
		const items = await poll(workflow, creds);
		expect(items!.map((i) => i.json)).toEqual([
			{ username: 'new_1', profile_url: 'https://www.pinterest.com/new_1/' },
			{ username: 'new_2', profile_url: 'https://www.pinterest.com/new_2/' },
		]);
		expect(apiCalls(sim)).toEqual([
			{ method: 'GET', path: '/user_account/followers', query: { page_size: '250' } },
		]);
		workflow = await restart(workflow, params);
		sim.requests.length = 0;
		expect(await poll(workflow, creds)).toBeNull();
		expect(apiCalls(sim)).toHaveLength(1);
		// State stays small whatever the number of followers: the window of usernames only.
		expect((triggerState(workflow)!.window as string[]).length).toBe(100);
	});

	it('emits new boards, raw when Simplify is off', async () => {
		sim.addBoard({ name: 'First' });
		const params = { ...base, event: 'newBoard', options: { simplify: false } };
		const creds = await credentials();
		const workflow = await triggerWorkflow(params);
		expect(await poll(workflow, creds)).toBeNull();
		const created = sim.addBoard({ name: 'Second', privacy: 'SECRET' });
		const items = await poll(workflow, creds);
		expect(items!.map((i) => i.json)).toEqual([created]);
		expect(sim.requests.at(-1)?.query).toEqual({ privacy: 'ALL', page_size: '250' });
	});

	it('leaves out pins saved from others when Include Saved Pins is off', async () => {
		const board = sim.addBoard();
		sim.addPin({ board_id: board.id });
		const creds = await credentials();
		const params = {
			...base,
			event: 'newPin',
			pinSource: 'account',
			options: { includeSavedPins: false },
		};
		const workflow = await triggerWorkflow(params);
		sim.requests.length = 0;
		expect(await poll(workflow, creds)).toBeNull();
		const mine = sim.addPin({ board_id: board.id });
		sim.addPin({ board_id: board.id, parent_pin_id: '1234567890' });
		expect((await poll(workflow, creds))!.map((i) => i.json.id)).toEqual([mine.id]);
		expect(apiCalls(sim)[0].query).toEqual({ pin_filter: 'exclude_repins', page_size: '250' });
	});

	it('a pin created in the same second as every pin of a one-page list is not taken for an old one', async () => {
		// Pinterest's created_at has whole seconds, and GET /pins gives a bookmark on its last page.
		// Read as "more pages follow", the baseline moved its horizon past page 1's oldest second,
		// and a new pin of that second was lost.
		const board = sim.addBoard({ name: 'Same second' });
		const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
		for (let i = 0; i < 3; i++) sim.addPin({ board_id: board.id, created_at: second });
		const params = { ...base, event: 'newPin', pinSource: 'account' };
		const creds = await credentials();
		const workflow = await triggerWorkflow(params);
		expect(await poll(workflow, creds)).toBeNull();
		const late = sim.addPin({ board_id: board.id, created_at: second, title: 'same second' });
		expect((await poll(workflow, creds))?.map((i) => i.json.id)).toEqual([late.id]);
		expect(await poll(workflow, creds)).toBeNull();
	});

	describe('manual mode (Fetch Test Event) through WorkflowExecute', () => {
		it('returns the newest pin and leaves the production state alone', async () => {
			const board = sim.addBoard();
			sim.addPin({ board_id: board.id, title: 'older' });
			sim.addPin({ board_id: board.id, title: 'newest' });
			const params = {
				...base,
				event: 'newPin',
				pinSource: 'board',
				board: { __rl: true, mode: 'id', value: board.id },
			};
			const creds = await credentials();
			const active = await triggerWorkflow(params);
			expect(await poll(active, creds)).toBeNull();
			const before = persistedState(active);

			sim.addPin({ board_id: board.id, title: 'arrives later' });
			const { items, error, workflow } = await runManual(params, creds, persistedState(active));
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json.title).toBe('arrives later');
			expect(persistedState(workflow)).toEqual(before);

			// The production poll still sees the pin as new.
			expect((await poll(active, creds))!.map((i) => i.json.title)).toEqual(['arrives later']);
		});

		it('returns the newest follower, and a clear error when there is none', async () => {
			const creds = await credentials();
			const empty = await runManual({ ...base, event: 'newFollower' }, creds);
			expect(empty.error?.message).toBe('No followers found for your account yet');
			sim.addFollower('first_fan');
			sim.addFollower('second_fan');
			const { items } = await runManual(
				{ ...base, event: 'newFollower', options: { simplify: false } },
				creds,
			);
			expect(items.map((i) => i.json)).toEqual([{ type: 'user', username: 'second_fan' }]);
		});

		it('says which board is empty', async () => {
			const board = sim.addBoard();
			const creds = await credentials();
			const { error, items } = await runManual(
				{
					...base,
					event: 'newPin',
					pinSource: 'board',
					board: { __rl: true, mode: 'id', value: board.id },
				},
				creds,
			);
			expect(items).toEqual([]);
			expect(error?.message).toBe(`No pins found for board ${board.id} yet`);
			expect(String(error?.description)).toContain('Create one on Pinterest');
		});
	});

	describe('failed polls throw a clear error and lose nothing', () => {
		it.each([
			[
				429,
				{ code: 8, message: 'This request exceeded a rate limit.' },
				/^Pinterest 429 \(code 8\)/,
				/rate limit/i,
			],
			[
				401,
				{ code: 2, message: 'Authentication failed.' },
				/^Pinterest 401 \(code 2\)/,
				/credential/i,
			],
		])('HTTP %s', async (status, body, message, description) => {
			const board = sim.addBoard();
			sim.addPin({ board_id: board.id });
			const params = { ...base, event: 'newPin', pinSource: 'account' };
			const creds = await credentials();
			const workflow = await triggerWorkflow(params);
			expect(await poll(workflow, creds)).toBeNull();
			const created = sim.addPin({ board_id: board.id });
			const before = persistedState(workflow);

			const failing = nock(sim.origin)
				.get('/v5/pins')
				.query(true)
				.times(20)
				.reply(status, body, { 'retry-after': '0' });
			let caught: PollError | undefined;
			try {
				await poll(workflow, creds);
			} catch (error) {
				caught = error as PollError;
			}
			nock.cleanAll();
			void failing;
			expect(caught?.name).toBe('NodeApiError');
			expect(caught?.message).toMatch(message);
			expect(String(caught?.description)).toMatch(description);
			expect(persistedState(workflow)).toEqual(before);

			// The next successful poll delivers what the failed one did not.
			expect((await poll(workflow, creds))!.map((i) => i.json.id)).toEqual([created.id]);
		});
	});
});

describe('custom-ordered board (nock)', () => {
	const BASE = 'http://pinterest.test/v5';
	useStrictNock();

	const BOARD = '5000000000000000001';
	const pin = (id: string, minute: number) => ({
		id,
		created_at: `2025-01-01T10:${String(minute).padStart(2, '0')}:00Z`,
		board_id: BOARD,
	});

	function serve(list: object[], modified: string) {
		const calls: string[] = [];
		nock(BASE)
			.persist()
			.get(`/boards/${BOARD}/pins`)
			.query(true)
			.reply(200, offsetPages(list, calls))
			.get(`/boards/${BOARD}`)
			.reply(200, (uri) => {
				calls.push(uri);
				return {
					id: BOARD,
					name: 'Mine',
					board_pins_modified_at: modified,
					pin_count: list.length,
				};
			});
		return calls;
	}

	it('scans the whole board when it is not newest-first, then costs one board request when idle', async () => {
		// The limits the running node reads: those of the built copy n8n-core loaded.
		const limits = (
			await builtModule<{ TRIGGER_LIMITS: TriggerLimits }>('nodes/Pinterest/trigger/state')
		).TRIGGER_LIMITS;
		const pageSize = limits.pageSize;
		limits.pageSize = 3;
		try {
			const creds = await makeCredentials({ pinterestApi: tokenCredential(BASE, 'tok') });
			const params = {
				authentication: 'accessToken',
				event: 'newPin',
				pinSource: 'board',
				board: { __rl: true, mode: 'id', value: BOARD },
			};
			const workflow = await triggerWorkflow(params);
			// Hand-ordered: the oldest pin was dragged to the top.
			let list = [pin('11', 1), pin('15', 5), pin('14', 4), pin('13', 3), pin('12', 2)];
			let calls = serve(list, 'm1');
			expect(await poll(workflow, creds)).toBeNull();
			expect(calls).toHaveLength(2); // page 1 showed the disorder: the whole board was read
			expect(triggerState(workflow)).toMatchObject({ unordered: true, fingerprint: null });
			nock.cleanAll();

			// A new pin lands in the middle of the custom order, beyond page 1.
			list = [pin('11', 1), pin('15', 5), pin('14', 4), pin('16', 6), pin('13', 3), pin('12', 2)];
			calls = serve(list, 'm2');
			expect((await poll(workflow, creds))!.map((i) => i.json.id)).toEqual(['16']);
			expect(calls).toEqual([
				`/v5/boards/${BOARD}`,
				expect.stringContaining('/pins'),
				expect.stringContaining('/pins'),
			]);
			nock.cleanAll();

			// Idle: the board's pins did not change, one request.
			calls = serve(list, 'm2');
			const restarted = await restart(workflow, params);
			expect(await poll(restarted, creds)).toBeNull();
			expect(calls).toEqual([`/v5/boards/${BOARD}`]);
			nock.cleanAll();
		} finally {
			limits.pageSize = pageSize;
		}
	});
});

describe('New Board in every board order Pinterest lets an account choose (simulator)', () => {
	// Pinterest lists boards A→Z by name (recorded); the app also sorts them by last save or by
	// hand. The trigger must rely on none of these orders.
	it.each(['alphabetical', 'last_saved', 'newest', 'custom'] as const)(
		'%s: every new board once, none of the old ones, across pages',
		async (boardOrder) => {
			const limits = (
				await builtModule<{ TRIGGER_LIMITS: TriggerLimits }>('nodes/Pinterest/trigger/state')
			).TRIGGER_LIMITS;
			const pageSize = limits.pageSize;
			limits.pageSize = 4;
			const sim = createSimulator({ accessTokens: [TOKEN], seed: 11, boardOrder });
			await sim.start(0);
			try {
				// Old boards in one second (whole-second times tie), names all over the alphabet.
				const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 120_000).toISOString();
				const old = ['Mango', 'Apple', 'zebra', 'Kiwi', 'banana', 'Peach', 'Fig', 'Lime', 'Date'];
				const oldIds = old.map((name) => sim.addBoard({ name, created_at: second }).id);
				if (boardOrder === 'custom') sim.arrangeBoards([...oldIds].reverse());
				const creds = await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
				const params = { authentication: 'accessToken', event: 'newBoard' };
				const workflow = await triggerWorkflow(params);
				expect(await poll(workflow, creds)).toBeNull();

				const fresh = ['Aardvark', 'Nectarine', 'Zucchini'].map(
					(name) => sim.addBoard({ name, created_at: second }).id,
				);
				if (boardOrder === 'custom') sim.arrangeBoards([oldIds[3], fresh[1], ...oldIds]);
				const got = ((await poll(workflow, creds)) ?? []).map((i) => String(i.json.id));
				expect(got.sort()).toEqual([...fresh].sort());
				expect(await poll(workflow, creds)).toBeNull();
				const later = sim.addBoard({ name: 'Middle' }).id;
				expect(((await poll(workflow, creds)) ?? []).map((i) => i.json.id)).toEqual([later]);
			} finally {
				limits.pageSize = pageSize;
				await sim.stop();
			}
		},
	);
});
