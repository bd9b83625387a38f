/**
 * The trigger's bookkeeping as plain functions, against in-memory lists in any order: the
 * cases the simulator never produces (equal timestamps, late-visible pins, hand-ordered
 * lists, re-follows, mass unfollows).
 */
import type {
	FollowerState,
	Page,
	StampedState,
	TriggerLimits,
} from '../../nodes/Pinterest/trigger/state';
import {
	DEFAULT_TRIGGER_LIMITS,
	followerWindowSize,
	knownCapOf,
	pollFollowers,
	pollStamped,
	stateSize,
} from '../../nodes/Pinterest/trigger/state';

const limits: TriggerLimits = {
	...DEFAULT_TRIGGER_LIMITS,
	pageSize: 4,
	knownCap: 3,
	followerWindow: 100,
	followerRun: 2,
};

type Item = { id?: string; username?: string; created_at?: string };

/** A paged list whose bookmarks are offsets; counts reads. */
function list(items: Item[], size = limits.pageSize) {
	const reader = async (bookmark?: string): Promise<Page> => {
		reader.calls++;
		const start = Number(bookmark ?? 0);
		return {
			items: items.slice(start, start + size),
			bookmark: start + size < items.length ? String(start + size) : undefined,
		};
	};
	reader.calls = 0;
	return reader;
}

const at = (second: number) =>
	new Date(Date.UTC(2025, 0, 1, 12, 0, second)).toISOString().replace('.000', '');
const pin = (id: string, second: number): Item => ({ id, created_at: at(second) });
const ids = (items: Array<Record<string, unknown>>) => items.map((i) => String(i.id ?? i.username));
const users = (...names: string[]): Item[] => names.map((username) => ({ username }));

async function stamped(
	previous: StampedState | undefined,
	items: Item[],
	fingerprint?: () => Promise<string>,
) {
	const reader = list(items);
	const result = await pollStamped(previous, 'src', reader, limits, fingerprint);
	return { ...result, calls: reader.calls };
}

describe('stamped lists (pins, boards)', () => {
	it('baseline reads page 1 only and emits nothing; idle polls read page 1 only', async () => {
		const history = Array.from({ length: 10 }, (_, i) => pin(`${100 - i}`, 50 - i));
		const first = await stamped(undefined, history);
		expect(first.items).toEqual([]);
		expect(first.calls).toBe(1);
		const idle = await stamped(first.state, history);
		expect(idle.items).toEqual([]);
		expect(idle.calls).toBe(1);
	});

	it('reads deeper pages until it reaches known history, and emits oldest first', async () => {
		const history = Array.from({ length: 6 }, (_, i) => pin(`${100 - i}`, 10 - i));
		const { state } = await stamped(undefined, history);
		const burst = Array.from({ length: 9 }, (_, i) => pin(`${300 - i}`, 40 - i));
		const next = await stamped(state, [...burst, ...history]);
		expect(ids(next.items)).toEqual(burst.map((p) => p.id).reverse());
		// Pages 1-3 hold the burst; page 3 ends with a known pin still inside the horizon, so
		// page 4 is read too (a late-visible pin could sit there).
		expect(next.calls).toBe(4);
		expect(next.state.known.length).toBeLessThanOrEqual(knownCapOf(limits));
		// Forgotten IDs are behind the horizon: nothing comes back.
		expect((await stamped(next.state, [...burst, ...history])).items).toEqual([]);
	});

	it('pins created in the same second as the last one seen are not lost', async () => {
		const { state } = await stamped(undefined, [pin('10', 5), pin('9', 4)]);
		const next = await stamped(state, [pin('12', 5), pin('11', 5), pin('10', 5), pin('9', 4)]);
		expect(ids(next.items)).toEqual(['11', '12']);
		expect(
			(
				await stamped(next.state, [pin('13', 5), pin('12', 5), pin('11', 5), pin('10', 5)])
			).items.map((i) => i.id),
		).toEqual(['13']);
	});

	it('a pin that shows up late with an earlier created_at (within the grace window) still comes once', async () => {
		const { state } = await stamped(undefined, [pin('20', 30), pin('19', 20)]);
		const late = [pin('20', 30), pin('21', 25), pin('19', 20)];
		const next = await stamped(state, late);
		expect(ids(next.items)).toEqual(['21']);
		expect((await stamped(next.state, late)).items).toEqual([]);
	});

	it('items missing created_at are tracked by ID', async () => {
		const { state } = await stamped(undefined, [pin('5', 5)]);
		const next = await stamped(state, [{ id: '6' }, pin('5', 5)]);
		expect(ids(next.items)).toEqual(['6']);
		expect((await stamped(next.state, [{ id: '6' }, pin('5', 5)])).items).toEqual([]);
	});

	it('a hand-ordered list is scanned fully; with a fingerprint, an unchanged list costs one request', async () => {
		const custom = [pin('1', 1), pin('5', 5), pin('4', 4), pin('3', 3), pin('2', 2)];
		const first = await stamped(undefined, custom);
		expect(first.calls).toBe(2);
		expect(first.state).toMatchObject({ unordered: true, fingerprint: null });

		let print = 'a';
		const fingerprint = async () => print;
		const moved = [pin('1', 1), pin('5', 5), pin('4', 4), pin('3', 3), pin('6', 6), pin('2', 2)];
		const second = await stamped(first.state, moved, fingerprint);
		expect(ids(second.items)).toEqual(['6']);
		expect(second.requests).toBe(3); // fingerprint + 2 pages
		expect(second.state.fingerprint).toBe('a');

		const idle = await stamped(second.state, moved, fingerprint);
		expect(idle.items).toEqual([]);
		expect(idle.requests).toBe(1);

		print = 'b';
		const seventh = [pin('7', 7), ...moved];
		const third = await stamped(idle.state, seventh, fingerprint);
		expect(ids(third.items)).toEqual(['7']);

		// Back to newest-first: the state returns to the cheap mode.
		const sorted = [...seventh].sort((a, b) => (a.created_at! < b.created_at! ? 1 : -1));
		print = 'c';
		const back = await stamped(third.state, sorted, fingerprint);
		expect(back.state.unordered).toBeUndefined();
		expect((await stamped(back.state, sorted)).calls).toBe(1);
	});

	it('an unordered list without a fingerprint (account pins, boards) is scanned fully every poll', async () => {
		const custom = [pin('1', 1), pin('5', 5), pin('4', 4), pin('3', 3), pin('2', 2)];
		const { state } = await stamped(undefined, custom);
		const next = await stamped(state, [...custom, pin('9', 9)]);
		expect(ids(next.items)).toEqual(['9']);
		expect(next.calls).toBe(2);
	});

	it('stops at maxPages and never emits what lies beyond', async () => {
		const capped = { ...limits, maxPages: 2 };
		const { state } = await pollStamped(undefined, 'src', list([pin('1', 1)]), capped);
		const many = Array.from({ length: 12 }, (_, i) => pin(`${100 - i}`, 100 - i));
		const reader = list([...many, pin('1', 1)]);
		const next = await pollStamped(state, 'src', reader, capped);
		expect(reader.calls).toBe(2);
		expect(ids(next.items)).toEqual(['93', '94', '95', '96', '97', '98', '99', '100']);
		expect(
			(await pollStamped(next.state, 'src', list([...many, pin('1', 1)]), capped)).items,
		).toEqual([]);
	});
});

describe('state bound at the production limits', () => {
	const t0 = Date.UTC(2025, 0, 1);
	/** n pins, newest first, the oldest at second `from`, `msApart` between two. */
	const pins = (n: number, from: number, msApart = 1000) =>
		Array.from({ length: n }, (_, i) => ({
			id: String(9_000_000_000_000_000_000n + BigInt(from * 1000 + n - i)),
			created_at: new Date(t0 + from * 1000 + Math.floor((n - 1 - i) * msApart)).toISOString(),
		}));

	it('a stamped source remembers every ID of the 10-minute window, and idle reads just that window', async () => {
		const history = pins(300, 0);
		const { state } = await pollStamped(
			undefined,
			'pins:account',
			list(history, 250),
			DEFAULT_TRIGGER_LIMITS,
		);
		// 1,000 pins one second apart: the newest 601 are within 10 minutes of the newest one.
		const burst = pins(1000, 300);
		const reader = list([...burst, ...history], 250);
		const next = await pollStamped(state, 'pins:account', reader, DEFAULT_TRIGGER_LIMITS);
		expect(next.items).toHaveLength(1000);
		expect(next.warning).toBeUndefined();
		expect(reader.calls).toBe(5);
		expect(next.state.known).toHaveLength(601);
		expect(stateSize(next.state)).toBeLessThan(601 * 40 + 200);
		const idle = list([...burst, ...history], 250);
		expect(
			(await pollStamped(next.state, 'pins:account', idle, DEFAULT_TRIGGER_LIMITS)).items,
		).toEqual([]);
		expect(idle.calls).toBe(3); // floor(601 / 250) + 1
	});

	it('at most 10,000 IDs (under 400 KB); past that the poll warns what it can no longer catch', async () => {
		expect(knownCapOf(DEFAULT_TRIGGER_LIMITS)).toBe(10_000);
		const history = pins(10, 0, 3_600_000);
		const { state } = await pollStamped(
			undefined,
			'pins:account',
			list(history, 250),
			DEFAULT_TRIGGER_LIMITS,
		);
		// 6,000 pins in one minute, then 5,000 more in the next: 11,000 within 10 minutes.
		const first = pins(6000, 40_000, 10);
		const one = await pollStamped(
			state,
			'pins:account',
			list([...first, ...history], 250),
			DEFAULT_TRIGGER_LIMITS,
		);
		expect(one.items).toHaveLength(6000);
		expect(one.warning).toBeUndefined();
		const second = pins(5000, 40_060, 12);
		const two = await pollStamped(
			one.state,
			'pins:account',
			list([...second, ...first, ...history], 250),
			DEFAULT_TRIGGER_LIMITS,
		);
		expect(two.items).toHaveLength(5000);
		expect(two.state.known.length).toBeLessThanOrEqual(10_000);
		expect(stateSize(two.state)).toBeLessThan(400_000);
		// One poll reads at most 10,000 items: that is where the window stops, and it says so.
		expect(two.warning).toBe(
			'The list held more items than one poll reads (40 pages of 250): new items beyond those pages, if any, were not emitted, nor will an item that shows up late with a created_at at or before 2025-01-01T11:06:50Z.',
		);
	});
});

describe('followers', () => {
	const flimits: TriggerLimits = { ...limits, pageSize: 10, followerWindow: 4, followerRun: 2 };
	async function followers(previous: FollowerState | undefined, items: Item[], l = flimits) {
		const reader = list(items, l.pageSize);
		const result = await pollFollowers(previous, 'followers', reader, l);
		return { ...result, calls: reader.calls };
	}
	const old = Array.from({ length: 30 }, (_, i) => `old${i}`);

	it('keeps a window of usernames smaller than a page; idle = 1 request', async () => {
		expect(followerWindowSize(flimits)).toBe(4);
		expect(followerWindowSize(DEFAULT_TRIGGER_LIMITS)).toBe(100);
		const first = await followers(undefined, users(...old));
		expect(first.state).toEqual({
			kind: 'followers',
			source: 'followers',
			window: old.slice(0, 4),
			complete: false,
		});
		const idle = await followers(first.state, users(...old));
		expect(idle.items).toEqual([]);
		expect(idle.calls).toBe(1);
	});

	it('finds new followers above the remembered head, across pages, with unfollows in between', async () => {
		const { state } = await followers(undefined, users(...old));
		const fresh = Array.from({ length: 12 }, (_, i) => `new${i}`);
		const now = [...fresh, ...old.filter((n) => n !== 'old1' && n !== 'old20')];
		const next = await followers(state, users(...now));
		expect(ids(next.items)).toEqual([...fresh].reverse());
		expect(next.calls).toBe(2);
	});

	it('a re-follow at the top is not mistaken for the remembered head', async () => {
		const { state } = await followers(undefined, users(...old));
		// old2 unfollowed and followed again after new0 followed.
		const now = ['old2', 'new0', 'old0', 'old1', ...old.slice(3)];
		const next = await followers(state, users(...now));
		expect(ids(next.items)).toEqual(['new0']);
	});

	it('a small account is compared as a whole set, whatever the order', async () => {
		const { state } = await followers(undefined, users('a', 'b', 'c'));
		expect(state.complete).toBe(true);
		const next = await followers(state, users('b', 'd', 'a'));
		expect(ids(next.items)).toEqual(['d']);
	});

	it('when every remembered follower is gone, it starts over without guessing', async () => {
		const { state } = await followers(undefined, users(...old));
		const next = await followers(state, users('newX', ...old.slice(4)));
		expect(next.items).toEqual([]);
		expect(next.note).toContain('no anchor');
		expect(next.state.window).toEqual(['newX', 'old4', 'old5', 'old6']);
	});

	it('state stays small: 100 usernames at most', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => `a_rather_long_username_${i}`);
		const { state } = await pollFollowers(
			undefined,
			'followers',
			list(users(...many), 250),
			DEFAULT_TRIGGER_LIMITS,
		);
		expect(state.window).toHaveLength(100);
		expect(stateSize(state)).toBeLessThan(3500);
	});
});
