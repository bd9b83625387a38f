/**
 * Randomized soak: >= 1,000 polls of the real node (n8n-core PollContext) against the
 * simulator while pins (account, one board, one section), boards and followers are added and
 * removed between polls, with n8n restarts (static data reloaded from JSON) every so often.
 *
 * What is asserted, per poll and per source: the items emitted are exactly those that exist
 * now, were created after the trigger's first activation, and were not emitted before. So an
 * item is emitted once, at the first poll that can see it; items created and deleted between
 * two polls are never visible and never emitted (counted as "never visible").
 * Each idle poll costs what docs/trigger.md states (API cost per poll): one request, plus one per 25 (the page size
 * here) items created within 10 minutes of the newest one; the state holds those IDs. The board
 * list comes by name, as Pinterest sends it, so its idle polls read the whole list.
 */
import type { IDataObject } from 'n8n-workflow';

import type { TriggerLimits } from '../../nodes/Pinterest/trigger/state';
import { builtModule, makeCredentials, tokenCredential } from '../helpers/harness';
import { report } from '../../tools/simulator/report';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { persistedState, poll, restart, triggerWorkflow } from './pollHarness';

const TOKEN = 'tok-soak';
const ROUNDS = 220; // x 5 sources = 1,100 polls
const PAGE_SIZE = 25;
/**
 * Pinterest time between two rounds (polls). The trigger remembers every item created within 10
 * minutes of the newest one, and an idle poll reads that whole window: created_at follows this
 * clock (1 s between items of a round), so the window holds a few rounds, as with n8n's default
 * poll every minute or few, and bursts push it over a page.
 */
const ROUND_MS = 3 * 60_000;
const WINDOW_MS = 10 * 60_000;

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Source {
	name: string;
	params: IDataObject;
	/** IDs (usernames) the source shows right now. */
	visible: () => Set<string>;
	idOf: (json: Record<string, unknown>) => string;
	/** created_at (ms) of a pin or board of this source; undefined for followers. */
	stampOf?: (id: string) => number | undefined;
	/** A list in no date order (boards come A→Z by name): every poll reads all of it. */
	wholeList?: boolean;
}

describe('Pinterest Trigger soak (simulator, seeded)', () => {
	let sim: Simulator;
	// The limits the running node reads: those of the built copy n8n-core loaded.
	let limits: TriggerLimits;
	let saved: TriggerLimits;
	beforeAll(async () => {
		limits = (await builtModule<{ TRIGGER_LIMITS: TriggerLimits }>('nodes/Pinterest/trigger/state'))
			.TRIGGER_LIMITS;
		saved = { ...limits };
		limits.pageSize = PAGE_SIZE;
		// No rate-limit budgets: each round stands for 3 minutes of Pinterest time but runs in a
		// few milliseconds, so budgets counted on the wall clock would throttle what Pinterest never
		// would (rateLimit.test.ts and pacing.test.ts cover budgets).
		sim = createSimulator({
			accessTokens: [TOKEN],
			seed: 2024,
			logLimit: 1_000_000,
			rateLimits: false,
		});
		await sim.start(0);
	});
	afterAll(async () => {
		Object.assign(limits, saved);
		await sim.stop();
	});

	it('emits every created item exactly once across >= 1,000 polls', async () => {
		const started = Date.now();
		const rand = mulberry32(0x5eed);
		const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
		const state = sim.state;

		// History before activation: every list is longer than a page (and than 250 items).
		const watched = sim.addBoard({ name: 'Watched' });
		const other = sim.addBoard({ name: 'Other' });
		const section = sim.addSection(watched.id, { name: 'Section' });
		for (let i = 0; i < 260; i++) sim.addBoard({ name: `Old board ${i}` });
		for (let i = 0; i < 300; i++) {
			const r = rand();
			sim.addPin({
				board_id: r < 0.4 ? watched.id : other.id,
				board_section_id: r < 0.2 ? section.id : undefined,
			});
		}
		let followerNo = 0;
		for (let i = 0; i < 300; i++) sim.addFollower(`fan_${followerNo++}`);

		const idOf = (json: Record<string, unknown>) => String(json.id);
		const pinStamp = (id: string) =>
			state.pins[id] ? Date.parse(state.pins[id].created_at) : undefined;
		const boardStamp = (id: string) =>
			state.boards[id] ? Date.parse(state.boards[id].created_at) : undefined;
		// The simulated Pinterest clock (the history above was created at the real time).
		let clock = Date.now() + 1000;
		const at = () => new Date((clock += 1000)).toISOString();
		const base = { authentication: 'accessToken' };
		const sources: Source[] = [
			{
				name: 'account pins',
				params: { ...base, event: 'newPin', pinSource: 'account' },
				visible: () => new Set(Object.keys(state.pins)),
				idOf,
				stampOf: pinStamp,
			},
			{
				name: 'board pins',
				params: {
					...base,
					event: 'newPin',
					pinSource: 'board',
					board: { __rl: true, mode: 'id', value: watched.id },
				},
				visible: () =>
					new Set(
						Object.values(state.pins)
							.filter((p) => p.board_id === watched.id)
							.map((p) => p.id),
					),
				idOf,
				stampOf: pinStamp,
			},
			{
				name: 'section pins',
				params: {
					...base,
					event: 'newPin',
					pinSource: 'section',
					board: { __rl: true, mode: 'id', value: watched.id },
					section: { __rl: true, mode: 'id', value: section.id },
				},
				visible: () =>
					new Set(
						Object.values(state.pins)
							.filter((p) => p.board_section_id === section.id)
							.map((p) => p.id),
					),
				idOf,
				stampOf: pinStamp,
			},
			{
				name: 'boards',
				params: { ...base, event: 'newBoard' },
				visible: () => new Set(Object.keys(state.boards)),
				idOf,
				stampOf: boardStamp,
				wholeList: true,
			},
			{
				name: 'followers',
				params: { ...base, event: 'newFollower' },
				visible: () => new Set(Object.values(state.followers).map((u) => u.username)),
				idOf: (json) => String(json.username),
			},
		];

		const creds = await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
		const workflows = await Promise.all(sources.map((s) => triggerWorkflow(s.params)));
		const baseline = sources.map((s) => s.visible());
		const emitted = sources.map(() => new Set<string>());
		const everVisible = sources.map(() => new Set<string>());
		const created = sources.map(() => new Set<string>());
		const stats = {
			polls: 0,
			idlePolls: 0,
			idleCalls: new Map<number, number>(),
			maxCalls: 0,
			duplicates: 0,
			misses: 0,
			unexpected: 0,
			largestState: 0,
			/** Idle polls that read more pages than the window needs, and states larger than it. */
			idleOverBound: 0,
			stateOverBound: 0,
			largestWindow: 0,
			restarts: 0,
			pages: 0,
		};

		// Per stamped source: the newest created_at the trigger has read (page 1 always holds the
		// newest visible item) and the created_at of every item it could have read.
		const newestRead = sources.map(() => -Infinity);
		const stampsEver = sources.map(() => new Map<string, number>());
		const windowOf = (i: number, ids: Iterable<string>) => {
			let n = 0;
			for (const id of ids) {
				const stamp = stampsEver[i].get(id);
				if (stamp !== undefined && stamp >= newestRead[i] - WINDOW_MS) n++;
			}
			return n;
		};
		const pollAll = async () => {
			for (let i = 0; i < sources.length; i++) {
				const stampOf = sources[i].stampOf;
				const shown = sources[i].visible();
				if (stampOf) for (const id of shown) stampsEver[i].set(id, stampOf(id) ?? -Infinity);
				// What an idle poll may read: the items of the window the trigger knows of, at 25 a
				// page; the whole list when it has no date order. When the window holds the whole
				// list there is no older item to stop on, and Pinterest may end the list with a
				// bookmark to an empty page: one request more.
				const inWindow = stampOf ? windowOf(i, shown) : 0;
				const idleBound = sources[i].wholeList
					? Math.ceil(shown.size / PAGE_SIZE)
					: stampOf
						? Math.floor(inWindow / PAGE_SIZE) + 1 + (inWindow >= shown.size ? 1 : 0)
						: 1;
				const before = sim.requests.length;
				const items = (await poll(workflows[i], creds)) ?? [];
				const calls = sim.requests.length - before;
				stats.polls++;
				stats.maxCalls = Math.max(stats.maxCalls, calls);
				stats.pages += calls;
				const ids = items.map((item) => sources[i].idOf(item.json as Record<string, unknown>));
				const now = sources[i].visible();
				const expected = [...now].filter((id) => !baseline[i].has(id) && !emitted[i].has(id));
				for (const id of now) if (!baseline[i].has(id)) everVisible[i].add(id);
				for (const id of ids) {
					if (emitted[i].has(id)) stats.duplicates++;
					else if (baseline[i].has(id) || !now.has(id)) stats.unexpected++;
					emitted[i].add(id);
				}
				const got = new Set(ids);
				stats.misses += expected.filter((id) => !got.has(id)).length;
				if (!ids.length) {
					stats.idlePolls++;
					stats.idleCalls.set(calls, (stats.idleCalls.get(calls) ?? 0) + 1);
					if (calls > idleBound) stats.idleOverBound++;
				}
				const size = JSON.stringify(persistedState(workflows[i])).length;
				stats.largestState = Math.max(stats.largestState, size);
				if (stampOf) {
					for (const id of shown) newestRead[i] = Math.max(newestRead[i], stampsEver[i].get(id)!);
					// [id, ms] pairs of every ID in the window (deleted ones too), about 40 bytes each.
					const window = windowOf(i, stampsEver[i].keys());
					stats.largestWindow = Math.max(stats.largestWindow, window);
					if (size > 400 + 45 * window) stats.stateOverBound++;
				}
			}
		};

		await pollAll(); // first activation: baseline, nothing emitted
		expect(emitted.every((set) => set.size === 0)).toBe(true);

		const createdBoards: string[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			clock += ROUND_MS;
			const burst = rand() < 0.06; // sometimes more than a page of new items between two polls
			const newPins = burst ? 26 + Math.floor(rand() * 40) : Math.floor(rand() * 5);
			for (let n = 0; n < newPins; n++) {
				const r = rand();
				const pin = sim.addPin({
					created_at: at(),
					board_id: r < 0.6 ? watched.id : pick([other.id, ...createdBoards.slice(-3)]),
					board_section_id: r < 0.3 ? section.id : undefined,
				});
				created[0].add(pin.id);
				if (r < 0.6) created[1].add(pin.id);
				if (r < 0.3) created[2].add(pin.id);
			}
			const pinIds = Object.keys(state.pins);
			const removals = Math.floor(rand() * 4);
			for (let n = 0; n < removals; n++) {
				// Half of the time one of the newest pins (possibly one created this round).
				const sortedIds = rand() < 0.5 ? pinIds.slice(-10) : pinIds;
				sim.removePin(pick(sortedIds));
			}
			if (rand() < 0.3 || burst) {
				const count = burst ? 26 : 1;
				for (let n = 0; n < count; n++) {
					const board = sim.addBoard({ name: `New board ${round}.${n}`, created_at: at() });
					createdBoards.push(board.id);
					created[3].add(board.id);
				}
			}
			if (rand() < 0.15 && createdBoards.length) {
				const id = createdBoards.splice(Math.floor(rand() * createdBoards.length), 1)[0];
				sim.removeBoard(id); // also removes its pins
			}
			const newFans = burst ? 30 : Math.floor(rand() * 4);
			for (let n = 0; n < newFans; n++) {
				const name = `fan_${followerNo++}`;
				sim.addFollower(name);
				created[4].add(name);
			}
			const names = Object.values(state.followers).map((u) => u.username);
			const unfollows = Math.floor(rand() * 3);
			for (let n = 0; n < unfollows; n++)
				sim.removeFollower(rand() < 0.3 ? pick(names.slice(-3)) : pick(names));

			if (round % 25 === 24) {
				stats.restarts++;
				for (let i = 0; i < sources.length; i++)
					workflows[i] = await restart(workflows[i], sources[i].params);
			}
			await pollAll();
		}
		await pollAll(); // a final idle round

		const createdTotal = created.reduce((n, set) => n + set.size, 0);
		const emittedTotal = emitted.reduce((n, set) => n + set.size, 0);
		const neverVisible = created.reduce(
			(n, set, i) => n + [...set].filter((id) => !everVisible[i].has(id)).length,
			0,
		);
		const perSource = sources
			.map((s, i) => `${s.name}: created ${created[i].size}, emitted ${emitted[i].size}`)
			.join('; ');
		const idleCalls = [...stats.idleCalls.entries()]
			.map(([calls, n]) => `${n} x ${calls}`)
			.join(', ');
		report(
			[
				`soak: ${stats.polls} polls (${ROUNDS + 2} rounds x ${sources.length} sources), page size ${PAGE_SIZE}, ${stats.restarts} restarts, ${Date.now() - started} ms`,
				`items created ${createdTotal}, emitted ${emittedTotal}, never visible (created and deleted between polls) ${neverVisible}`,
				`duplicates ${stats.duplicates}, misses ${stats.misses}, unexpected ${stats.unexpected}`,
				`idle polls ${stats.idlePolls}: API calls per idle poll ${idleCalls}; most calls in one poll ${stats.maxCalls}; total calls ${stats.pages}`,
				`idle polls over the window's bound ${stats.idleOverBound}; largest window ${stats.largestWindow} items`,
				`largest state ${stats.largestState} bytes (JSON of the node's static data), over the window's bound ${stats.stateOverBound}`,
				perSource,
			].join('\n'),
		);

		expect(stats.polls).toBeGreaterThanOrEqual(1000);
		expect(stats.duplicates).toBe(0);
		expect(stats.misses).toBe(0);
		expect(stats.unexpected).toBe(0);
		for (let i = 0; i < sources.length; i++) {
			// Emitted = created and visible at some poll, exactly.
			expect([...emitted[i]].sort()).toEqual([...everVisible[i]].sort());
			for (const id of emitted[i]) expect(created[i].has(id)).toBe(true);
		}
		expect(stats.idleCalls.get(1)).toBeGreaterThan(stats.idlePolls / 2); // mostly one request
		expect(stats.idleOverBound).toBe(0);
		expect(stats.maxCalls).toBeGreaterThan(1); // bursts crossed page boundaries
		expect(stats.largestWindow).toBeGreaterThan(PAGE_SIZE); // ... and windows held over a page
		expect(stats.stateOverBound).toBe(0);
	}, 120_000);
});
