/**
 * The trigger's promises at their edges, through n8n-core's PollContext with nock serving
 * Pinterest's lists the way the live API writes them (created_at in UTC without a zone):
 * - times are read as UTC whatever the host's TZ (these cases only tell right from wrong
 *   under a daylight-saving TZ: .ci/run runs the whole suite again under America/New_York);
 * - what the trigger remembers covers the whole late-item window (10 minutes before the newest
 *   item seen), not a count: a late pin after a burst of hundreds comes exactly once;
 * - an answer that is not a well-formed list fails the poll and leaves the memory alone, so the
 *   next good poll emits only what is really new.
 */
import nock from 'nock';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { TriggerLimits } from '../../nodes/Pinterest/trigger/state';
import { builtModule, makeCredentials, tokenCredential } from '../helpers/harness';
import { offsetPages, useStrictNock } from '../helpers/nock';
import {
	lastPollLog,
	persistedState,
	poll,
	restart,
	triggerState,
	triggerWorkflow,
} from './pollHarness';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'tok-window-test';

/** Pinterest's created_at: UTC, no zone, whole seconds ("2026-07-09T10:43:44"). */
const zoneless = (ms: number) => new Date(ms).toISOString().slice(0, 19);

type Row = IDataObject & { id?: string; username?: string };

/** Serves one list with offset bookmarks, at whatever page_size the trigger asks; counts reads. */
function serve(path: string, rows: Row[]) {
	const calls: string[] = [];
	nock(BASE).persist().get(path).query(true).reply(200, offsetPages(rows, calls));
	return calls;
}

/** One poll against a list served for it alone. */
async function pollWith(
	workflow: Parameters<typeof poll>[0],
	path: string,
	rows: Row[],
): Promise<{ items: INodeExecutionData[] | null; calls: number }> {
	const calls = serve(path, rows);
	try {
		const items = await poll(workflow, await credentials());
		return { items, calls: calls.length };
	} finally {
		nock.cleanAll();
	}
}

const credentials = async () =>
	await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
const ids = (items: INodeExecutionData[] | null) =>
	(items ?? []).map((i) => String(i.json.id ?? i.json.username));

const accountPins = { authentication: 'accessToken', event: 'newPin', pinSource: 'account' };
const newBoards = { authentication: 'accessToken', event: 'newBoard' };
const newFollowers = { authentication: 'accessToken', event: 'newFollower' };

let nextId = 7_000_000;
const pinAt = (ms: number): Row => ({
	id: String(nextId++),
	created_at: zoneless(ms),
	title: null,
	board_id: '5000000000000000001',
});

describe('Pinterest Trigger: the late-item window and well-formed lists (nock)', () => {
	useStrictNock();

	describe('times are UTC, also on a host whose TZ has daylight saving', () => {
		it('the time zone is the one this run asked for', () => {
			// .ci/run's second jest run: make sure it really runs where clocks change.
			if (Intl.DateTimeFormat().resolvedOptions().timeZone === 'America/New_York') {
				const january = new Date(2026, 0, 15).getTimezoneOffset();
				const july = new Date(2026, 6, 15).getTimezoneOffset();
				expect([january, july]).toEqual([300, 240]);
			}
		});

		// New York falls back at 06:00 UTC on 2026-11-01. A zone-less time read as New York
		// time jumps an hour between "01:59:59" (EDT) and "02:00:00" (EST): a pin created at
		// 01:56 UTC looks 67 minutes older than one created at 02:03 UTC, not 7.
		const fallBack = Date.UTC(2026, 10, 1, 2, 0, 0);
		const minutes = (n: number) => fallBack + n * 60_000;

		it.each([
			['New Pin', accountPins, '/pins'],
			['New Board', newBoards, '/boards'],
		])(
			'%s: an item that shows up late across the autumn clock change still comes, once',
			async (_label, params, path) => {
				const workflow = await triggerWorkflow(params);
				const first = { ...pinAt(minutes(-10)), name: 'first' };
				const newest = { ...pinAt(minutes(3)), name: 'newest' };
				const late = { ...pinAt(minutes(-4)), name: 'late' };
				expect((await pollWith(workflow, path, [first])).items).toBeNull();
				expect(ids((await pollWith(workflow, path, [newest, first])).items)).toEqual([newest.id]);
				// Pinterest lists it a poll later, by its created_at: between the two.
				expect(ids((await pollWith(workflow, path, [newest, late, first])).items)).toEqual([
					late.id,
				]);
				expect((await pollWith(workflow, path, [newest, late, first])).items).toBeNull();
			},
		);

		it('New Pin: pins created around the spring clock change come once each, oldest first', async () => {
			// New York springs forward at 07:00 UTC on 2026-03-08: zone-less "02:xx" does not exist
			// there, and read as local time it lands after "03:xx".
			const spring = Date.UTC(2026, 2, 8, 2, 0, 0);
			const workflow = await triggerWorkflow(accountPins);
			const old = pinAt(spring - 30 * 60_000);
			expect((await pollWith(workflow, '/pins', [old])).items).toBeNull();
			const a = pinAt(spring + 50 * 60_000); // "02:50"
			const b = pinAt(spring + 70 * 60_000); // "03:10"
			const c = pinAt(spring + 75 * 60_000); // "03:15"
			const list = [c, b, a, old];
			expect(ids((await pollWith(workflow, '/pins', list)).items)).toEqual([a.id, b.id, c.id]);
			const idle = await pollWith(workflow, '/pins', list);
			expect(idle.items).toBeNull();
			expect(idle.calls).toBe(1);
			expect(triggerState(workflow)).not.toHaveProperty('unordered');
		});
	});

	describe('the remembered IDs cover the whole late-pin window, not a count', () => {
		const tenFortyFour = Date.UTC(2026, 6, 9, 10, 43, 44);

		async function burstThenLate(burst: Row[], late: Row) {
			const history = Array.from({ length: 5 }, (_, i) =>
				pinAt(tenFortyFour - 3_600_000 - i * 60_000),
			).reverse();
			const newestFirst = (rows: Row[]) =>
				[...rows].sort((x, y) =>
					x.created_at === y.created_at
						? Number(y.id) - Number(x.id)
						: String(y.created_at).localeCompare(String(x.created_at)),
				);
			let workflow = await triggerWorkflow(accountPins);
			expect((await pollWith(workflow, '/pins', newestFirst(history))).items).toBeNull();

			const withBurst = newestFirst([...burst, ...history]);
			const emitted = await pollWith(workflow, '/pins', withBurst);
			expect(emitted.items).toHaveLength(burst.length);
			expect(new Set(ids(emitted.items)).size).toBe(burst.length);

			// The late pin is listed by its created_at, deep inside (or behind) the burst.
			const withLate = newestFirst([...burst, late, ...history]);
			expect(ids((await pollWith(workflow, '/pins', withLate)).items)).toEqual([late.id]);

			// Nothing repeats, across polls and an n8n restart; idle costs one request per 250 pins
			// of the window (the burst is still within 10 minutes of the newest pin).
			const idle = await pollWith(workflow, '/pins', withLate);
			expect(idle.items).toBeNull();
			expect(idle.calls).toBeLessThanOrEqual(Math.ceil((burst.length + 2) / 250));
			workflow = await restart(workflow, accountPins);
			expect((await pollWith(workflow, '/pins', withLate)).items).toBeNull();
			expect(lastPollLog().join('\n')).not.toMatch(/will not be emitted/);

			// Once a pin newer than the window arrives, the burst is forgotten and idle is 1 request.
			const later = pinAt(tenFortyFour + 11 * 60_000);
			const moved = newestFirst([later, ...burst, late, ...history]);
			expect(ids((await pollWith(workflow, '/pins', moved)).items)).toEqual([later.id]);
			expect((await pollWith(workflow, '/pins', moved)).calls).toBe(1);
		}

		it('320 pins created in one second, then one of that second that shows up late', async () => {
			const burst = Array.from({ length: 320 }, () => pinAt(tenFortyFour));
			await burstThenLate(burst, pinAt(tenFortyFour));
		});

		it('330 pins over 3 minutes, then a late pin from the first seconds of the burst', async () => {
			const burst = Array.from({ length: 330 }, (_, i) =>
				pinAt(tenFortyFour + Math.floor((i * 180) / 330) * 1000),
			);
			await burstThenLate(burst, pinAt(tenFortyFour + 20_000));
		});

		it('first poll on a list whose first page is all one second: a pin made later in that second still comes', async () => {
			// Pinterest's created_at has no fractions. The first poll reads page 1 and leaves the rest
			// for later; if every pin on page 1 shares one second, the pages it did not read may hold
			// more of that second, and a pin created afterwards in the same second looks just as old.
			const bulk = Array.from({ length: 260 }, () => pinAt(tenFortyFour));
			const older = Array.from({ length: 30 }, (_, i) => pinAt(tenFortyFour - (i + 1) * 1000));
			const list = [...bulk].reverse().concat(older);
			const workflow = await triggerWorkflow(accountPins);
			const baseline = await pollWith(workflow, '/pins', list);
			expect(baseline.items).toBeNull();
			const fresh = pinAt(tenFortyFour);
			const next = await pollWith(workflow, '/pins', [fresh, ...list]);
			expect(ids(next.items)).toEqual([fresh.id]);
			expect((await pollWith(workflow, '/pins', [fresh, ...list])).items).toBeNull();
			// The first poll read on only until the second changed, not the whole list.
			expect(baseline.calls).toBe(2);
		});

		it('past the stated bound of remembered IDs, the poll says in n8n’s log what it can no longer catch', async () => {
			const limits = (
				await builtModule<{ TRIGGER_LIMITS: TriggerLimits }>('nodes/Pinterest/trigger/state')
			).TRIGGER_LIMITS;
			const saved = limits.knownCap;
			limits.knownCap = 50;
			try {
				const history = [pinAt(tenFortyFour - 3_600_000)];
				const workflow = await triggerWorkflow(accountPins);
				expect((await pollWith(workflow, '/pins', history)).items).toBeNull();
				const burst = Array.from({ length: 80 }, (_, i) => pinAt(tenFortyFour + (79 - i) * 1000));
				expect((await pollWith(workflow, '/pins', [...burst, ...history])).items).toHaveLength(80);
				expect(lastPollLog().join('\n')).toMatch(
					/warn Pinterest Trigger \(your account\): More than 50 items were created within 10 minutes of the newest one; only the newest 50 are remembered\. An item that shows up late with a created_at at or before 2026-07-09T10:44:13Z will not be emitted\./,
				);
				expect((triggerState(workflow)!.known as unknown[]).length).toBe(50);
			} finally {
				limits.knownCap = saved;
			}
		});
	});

	describe('an answer that is not a well-formed list fails the poll and changes nothing', () => {
		const answers: Array<[string, number, string | object, Record<string, string>]> = [
			[
				'an HTML page',
				200,
				'<!doctype html><html><body>Maintenance</body></html>',
				{ 'content-type': 'text/html' },
			],
			['an empty body', 200, '', { 'content-type': 'application/json' }],
			['{}', 200, {}, {}],
			['{"items": null}', 200, { items: null }, {}],
			['items that are not objects', 200, { items: ['a', 'b'] }, {}],
		];

		async function failsAndKeeps(
			workflow: Parameters<typeof poll>[0],
			path: string,
			status: number,
			body: string | object,
			headers: Record<string, string>,
		) {
			const before = persistedState(workflow);
			nock(BASE).get(path).query(true).reply(status, body, headers);
			let caught: unknown;
			try {
				await poll(workflow, await credentials());
			} catch (error) {
				caught = error;
			}
			expect(caught).toBeInstanceOf(Error);
			expect(persistedState(workflow)).toEqual(before);
			return caught as Error & { description?: unknown };
		}

		const followers = (...names: string[]): Row[] =>
			names.map((username) => ({ type: 'user', username }));
		const crowd = Array.from({ length: 300 }, (_, i) => `fan_${i}`);

		it.each([
			...answers,
			['an item without username', 200, { items: [{ type: 'user' }], bookmark: null }, {}],
			['an item with an empty username', 200, { items: [{ type: 'user', username: '' }] }, {}],
		] as Array<[string, number, string | object, Record<string, string>]>)(
			'followers: %s, then the next good poll emits only the new follower',
			async (_label, status, body, headers) => {
				const workflow = await triggerWorkflow(newFollowers);
				const path = '/user_account/followers';
				expect((await pollWith(workflow, path, followers(...crowd))).items).toBeNull();
				const error = await failsAndKeeps(workflow, path, status, body, headers);
				expect(error.message).not.toMatch(/^No followers/);
				const next = await pollWith(workflow, path, followers('newcomer', ...crowd));
				expect(ids(next.items)).toEqual(['newcomer']);
			},
		);

		it('followers: the error says what came back and that nothing was lost', async () => {
			const workflow = await triggerWorkflow(newFollowers);
			const path = '/user_account/followers';
			expect((await pollWith(workflow, path, followers(...crowd))).items).toBeNull();
			const error = await failsAndKeeps(workflow, path, 200, { items: null }, {});
			// The list reader (transport/pagination.ts) refuses a page without an "items" array before
			// the trigger sees it; the trigger's own check (trigger/page.ts) catches entries without
			// a username. Either way the error says what came back.
			expect(error.name).toBe('NodeOperationError');
			expect(error.message).toBe(
				"Pinterest's answer to GET /user_account/followers is not a list (HTTP 200, application/json)",
			);
			expect(String(error.description)).toContain('this answer began with: {"items":null}.');
			const keyless = await failsAndKeeps(workflow, path, 200, { items: [{ name: 'x' }] }, {});
			expect(keyless.message).toMatch(
				/^Pinterest's answer to GET \/user_account\/followers is not a list of followers: /,
			);
			expect(String(keyless.description)).toMatch(
				/^HTTP 200, application\/json.*body: "\{"items":\[\{"name":"x"\}\]\}"/,
			);
			expect(String(keyless.description)).toContain('memory is unchanged');
		});

		it('followers: a well-formed but empty list is taken as a glitch, not as "everyone left"', async () => {
			const workflow = await triggerWorkflow(newFollowers);
			const path = '/user_account/followers';
			expect((await pollWith(workflow, path, followers(...crowd))).items).toBeNull();
			expect((await pollWith(workflow, path, [])).items).toBeNull();
			const next = await pollWith(workflow, path, followers('newcomer', ...crowd));
			expect(ids(next.items)).toEqual(['newcomer']);
		});

		it.each([
			['New Pin', accountPins, '/pins'],
			['New Board', newBoards, '/boards'],
		])(
			'%s: garbled answers fail the poll; the next good poll emits only what is new',
			async (_l, params, path) => {
				const workflow = await triggerWorkflow(params);
				const old = Array.from({ length: 3 }, (_, i) =>
					pinAt(Date.UTC(2026, 6, 9, 9, 0, i)),
				).reverse();
				expect((await pollWith(workflow, path, old)).items).toBeNull();
				for (const [, status, body, headers] of [
					...answers,
					[
						'an item without id',
						200,
						{ items: [{ created_at: zoneless(Date.UTC(2026, 6, 9, 9, 5)) }] },
						{},
					],
				] as Array<[string, number, string | object, Record<string, string>]>) {
					await failsAndKeeps(workflow, path, status, body, headers);
				}
				const fresh = pinAt(Date.UTC(2026, 6, 9, 9, 10));
				expect(ids((await pollWith(workflow, path, [fresh, ...old])).items)).toEqual([fresh.id]);
			},
		);
	});
});
