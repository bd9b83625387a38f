import type { IDataObject } from 'n8n-workflow';
import { createdAtMs } from '../time/utc';

/*
 * The Pinterest Trigger's bookkeeping as plain functions: previous state and a page reader
 * in, new items and the next state out. Nothing here touches n8n or HTTP, so every rule can
 * be tested with in-memory lists. The poll (trigger/poll.ts) stores the returned
 * state only after the whole poll succeeded.
 *
 * Two kinds of lists:
 * - "stamped" lists (pins, boards) whose items carry an `id` and `created_at`;
 * - the followers list, whose items are only `{ type, username }`.
 */

export interface TriggerLimits {
	/** page_size of every list request (Pinterest's maximum is 250). */
	pageSize: number;
	/** Items created up to this long before the newest one seen are still checked by ID. */
	graceMs: number;
	/**
	 * Most IDs remembered per stamped source. Every ID inside the late-item window is kept up to
	 * this bound (the most one poll can read: maxPages x pageSize); past it the oldest are
	 * forgotten and the poll says so (PollResult.warning).
	 */
	knownCap: number;
	/** Followers remembered from the head of the list (kept below pageSize, see followerWindowSize). */
	followerWindow: number;
	/** A run of this many remembered followers, in their remembered order, anchors the list. */
	followerRun: number;
	/** Deepest scan of one poll, in pages. */
	maxPages: number;
}

export const DEFAULT_TRIGGER_LIMITS: TriggerLimits = {
	pageSize: 250,
	graceMs: 10 * 60 * 1000,
	knownCap: 10_000,
	followerWindow: 100,
	followerRun: 5,
	maxPages: 40,
};

/**
 * The limits the node uses. A mutable object on purpose: tests shrink the page size to cross
 * page boundaries quickly. Nothing in the node changes it.
 */
export const TRIGGER_LIMITS: TriggerLimits = { ...DEFAULT_TRIGGER_LIMITS };

export interface Page {
	items: IDataObject[];
	/** Bookmark of the next page, undefined at the end of the list. */
	bookmark?: string;
}

/** Reads one page of the watched list: the first one without a bookmark. */
export type PageReader = (bookmark?: string) => Promise<Page>;

export interface StampedState {
	kind: 'stamped';
	/** What is watched (event, source, IDs); a different value starts over with a new baseline. */
	source: string;
	/** Milliseconds: items created before this are old, whatever their ID. */
	horizon: number;
	/** Milliseconds: newest created_at seen so far (0 when none). */
	watermark: number;
	/**
	 * [id, created_at ms] of every item seen with created_at >= horizon, newest first. The horizon
	 * is the newest created_at seen minus graceMs, so this is the whole late-item window; only
	 * past knownCap IDs does the horizon move further (and the poll warns).
	 */
	known: Array<[string, number]>;
	/** The list was found not to be newest-first: every poll scans it fully. */
	unordered?: boolean;
	/** Unordered board lists: board_pins_modified_at and pin_count at the last full scan. */
	fingerprint?: string | null;
}

export interface FollowerState {
	kind: 'followers';
	source: string;
	/** Usernames at the head of the followers list at the last poll, in list order. */
	window: string[];
	/** The window held the whole list. */
	complete: boolean;
}

export type TriggerState = StampedState | FollowerState;

export interface PollResult<S> {
	/** New items, oldest first. */
	items: IDataObject[];
	state: S;
	/** API requests made by this poll. */
	requests: number;
	/** What happened, for tests and debugging. */
	note?: string;
	/** Something the user should know (written to n8n's log): a bound of the state was reached. */
	warning?: string;
}

// ---------------------------------------------------------------------------------------
// stamped lists (pins, boards)
// ---------------------------------------------------------------------------------------

function stampOf(item: IDataObject, fallback: number): number {
	return createdAtMs(item) ?? fallback;
}

/**
 * IDs kept per stamped source. Not tied to the page size: an idle poll reads page 1 and goes on
 * only while the window holds more items than a page (more than 249 created within 10 minutes
 * of the newest), since a late item could sit anywhere in the window.
 */
export function knownCapOf(limits: TriggerLimits): number {
	return Math.max(1, limits.knownCap);
}

/** A time for messages, in UTC to the second (Pinterest's created_at has no fractions). */
function utcText(ms: number): string {
	return `${new Date(ms - (ms % 1000)).toISOString().slice(0, 19)}Z`;
}

function isNewestFirst(stamps: number[]): boolean {
	for (let i = 1; i < stamps.length; i++) if (stamps[i] > stamps[i - 1]) return false;
	return true;
}

/**
 * 'newestFirst': Pinterest lists the items newest first (pins). 'any': the list has no date
 * order (boards: Pinterest lists them by name A→Z, or as the account sorted them).
 */
export type ListOrder = 'newestFirst' | 'any';

/**
 * One poll of a list whose items have `id` and `created_at`.
 *
 * For a newest-first list (created_at descending), as Pinterest returns pins unless the user
 * ordered a board by hand (`order` 'any' says the list has no date order: boards, read whole
 * every poll). Then new items are at the head: the poll reads
 * page 1 and stops at the first page whose last item is older than the horizon, so an idle
 * poll is one request while fewer than a page of items lie within graceMs of the newest one
 * (floor(n / pageSize) + 1 requests for n such items). An item is new when created_at >=
 * horizon and its ID is not among the known IDs, which cover every item seen in [horizon,
 * watermark]: the horizon is watermark - graceMs unless more than knownCap IDs fall inside.
 *
 * When the items read are not in created_at order (a custom-ordered board), the poll reads
 * the whole list (up to maxPages) and marks the state unordered; later polls then scan the
 * whole list each time, gated by `fingerprint()` (one cheap request that changes whenever the
 * list changes) when the caller has one.
 */
export async function pollStamped(
	previous: StampedState | undefined,
	source: string,
	read: PageReader,
	limits: TriggerLimits,
	fingerprint?: () => Promise<string>,
	order: ListOrder = 'newestFirst',
): Promise<PollResult<StampedState>> {
	let requests = 0;
	let print: string | null = null;
	const fullScanFirst = previous?.unordered === true;
	if (previous && fullScanFirst && fingerprint) {
		print = await fingerprint();
		requests++;
		if (previous.fingerprint === print) {
			return { items: [], state: previous, requests, note: 'unordered, unchanged' };
		}
	}

	const fallbackStamp = previous?.watermark ?? 0;
	const items: IDataObject[] = [];
	const stamps: number[] = [];
	let bookmark: string | undefined;
	// A list known to be in no date order is read whole from the baseline on: one page that
	// looks newest-first (whole-second times often tie) proves nothing about the next ones.
	let ordered = order === 'newestFirst';
	let reachedOld = false;
	let capped = false;
	for (;;) {
		const page = await read(bookmark);
		requests++;
		for (const item of page.items) {
			items.push(item);
			stamps.push(stampOf(item, fallbackStamp));
		}
		bookmark = page.bookmark;
		if (ordered && !isNewestFirst(stamps)) ordered = false;
		if (!bookmark) break;
		if (requests >= limits.maxPages) {
			capped = true;
			break;
		}
		if (fullScanFirst || !ordered) continue;
		if (!previous) {
			// Baseline of a newest-first list: page 1 tells where things stand. Pinterest often
			// gives a bookmark on a list's last page, then an empty page; a short page 1 with a
			// bookmark is read one page further (once), so a list that fits on one page counts as
			// read whole. Otherwise the horizon below moves past page 1's oldest second, and a pin
			// created in that same second (times have no fractions) would be taken for an old one.
			if (requests === 1 && page.items.length < limits.pageSize) continue;
			// Every pin read so far shares one second: the unread pages may hold more of it, and the
			// horizon would then shut out a pin created later in that second. Read on until the
			// second changes (within maxPages).
			if (stamps[stamps.length - 1] === stamps[0]) continue;
			break;
		}
		if (page.items.length && stamps[stamps.length - 1] < previous.horizon) {
			reachedOld = true;
			break;
		}
	}

	// New items: created at or after the horizon and not seen before.
	const knownIds = new Set((previous?.known ?? []).map(([id]) => id));
	const fresh: Array<{ item: IDataObject; stamp: number; index: number }> = [];
	if (previous) {
		const taken = new Set<string>();
		items.forEach((item, index) => {
			const id = String(item.id);
			if (stamps[index] < previous.horizon || knownIds.has(id) || taken.has(id)) return;
			taken.add(id);
			fresh.push({ item, stamp: stamps[index], index });
		});
		// Oldest first; for equal stamps, the later in the list first (the list is newest-first).
		fresh.sort((a, b) => a.stamp - b.stamp || b.index - a.index);
	}

	// Next state.
	let watermark = previous?.watermark ?? 0;
	for (const s of stamps) if (s > watermark) watermark = s;
	let horizon = Math.max(previous?.horizon ?? -Infinity, watermark - limits.graceMs);
	if (bookmark && !reachedOld && ordered && stamps.length) {
		// Pages left unread (baseline, or the page cap): all of them are older than what was read.
		// A loop, not Math.min(...stamps): a spread of a huge array overflows the stack.
		let oldest = Infinity;
		for (const stamp of stamps) if (stamp < oldest) oldest = stamp;
		horizon = Math.max(horizon, oldest + 1);
	}
	const merged = new Map<string, number>(previous?.known ?? []);
	items.forEach((item, index) => merged.set(String(item.id), stamps[index]));
	let known = [...merged.entries()]
		.filter(([, stamp]) => stamp >= horizon)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1));
	const cap = knownCapOf(limits);
	const warnings: string[] = [];
	if (known.length > cap) {
		// Past the stated bound: forget the oldest, and move the horizon past them so they can
		// never come back as new. A late item older than the new horizon is then not emitted, so
		// the poll says so instead of missing it silently.
		horizon = Math.max(horizon, known[cap][1] + 1);
		known = known.filter(([, stamp]) => stamp >= horizon);
		warnings.push(
			`More than ${cap} items were created within ${Math.round(limits.graceMs / 60_000)} minutes of the newest one; only the newest ${known.length} are remembered. An item that shows up late with a created_at at or before ${utcText(horizon - 1)} will not be emitted.`,
		);
	}
	if (capped && previous) {
		warnings.push(
			`The list held more items than one poll reads (${limits.maxPages} pages of ${limits.pageSize}): new items beyond those pages, if any, were not emitted, nor will an item that shows up late with a created_at at or before ${utcText(horizon - 1)}.`,
		);
	}
	const unordered = !ordered;
	const state: StampedState = {
		kind: 'stamped',
		source,
		horizon: Number.isFinite(horizon) ? horizon : 0,
		watermark,
		known,
	};
	if (unordered) {
		state.unordered = true;
		// A fingerprint counts only if read before a full scan; otherwise the next poll rescans.
		state.fingerprint = fullScanFirst ? print : null;
	}
	const note = [
		previous ? 'poll' : 'baseline',
		unordered ? 'unordered' : 'ordered',
		capped ? 'capped' : '',
	]
		.filter(Boolean)
		.join(', ');
	const result: PollResult<StampedState> = {
		items: fresh.map((f) => f.item),
		state,
		requests,
		note,
	};
	if (warnings.length) result.warning = warnings.join(' ');
	return result;
}

// ---------------------------------------------------------------------------------------
// followers
// ---------------------------------------------------------------------------------------

/** How many usernames are remembered: fewer than a page, so an idle poll needs one page. */
export function followerWindowSize(limits: TriggerLimits): number {
	return Math.max(1, Math.min(limits.followerWindow, Math.floor(limits.pageSize * 0.4)));
}

interface Run {
	start: number;
	length: number;
}

/**
 * Runs of remembered usernames in the names read, each in the remembered order (a name
 * remembered earlier than the previous one starts a new run).
 */
function runsOf(names: string[], position: Map<string, number>): Run[] {
	const runs: Run[] = [];
	let current: Run | undefined;
	let last = -1;
	names.forEach((name, index) => {
		const p = position.get(name);
		if (p === undefined) {
			current = undefined;
			return;
		}
		if (current && p > last) current.length++;
		else {
			current = { start: index, length: 1 };
			runs.push(current);
		}
		last = p;
	});
	return runs;
}

/**
 * One poll of GET /user_account/followers, whose items are only `{ type, username }`.
 *
 * Relies on: the list is most-recent-follow first. Then it is [new follows] + [the remembered
 * head, minus unfollows] + [older followers]. The poll looks for the remembered head: the
 * first run of at least `followerRun` remembered names in their remembered order (fewer when
 * fewer are remembered). Names above it that are not remembered are new. The window is kept
 * below one page, so when nothing changed page 1 shows the run: one request.
 * When the window held the whole list, a plain set difference is used instead.
 */
export async function pollFollowers(
	previous: FollowerState | undefined,
	source: string,
	read: PageReader,
	limits: TriggerLimits,
): Promise<PollResult<FollowerState>> {
	const windowSize = followerWindowSize(limits);
	const position = new Map((previous?.window ?? []).map((name, index) => [name, index]));
	const needed = Math.min(limits.followerRun, position.size);
	const names: string[] = [];
	const seen = new Set<string>();
	let bookmark: string | undefined;
	let requests = 0;
	let anchor: Run | undefined;
	for (;;) {
		const page = await read(bookmark);
		requests++;
		for (const item of page.items) {
			const name = String(item.username ?? '');
			if (!name || seen.has(name)) continue;
			seen.add(name);
			names.push(name);
		}
		bookmark = page.bookmark;
		if (!previous) break;
		if (previous.complete && !bookmark) break;
		if (position.size) {
			anchor = runsOf(names, position).find((run) => run.length >= needed);
			if (anchor) break;
		}
		if (!bookmark || requests >= limits.maxPages) break;
	}

	if (previous && position.size && !names.length) {
		// Followers yesterday, none at all today: far more likely a passing glitch than every
		// follower leaving. Remembering an empty list would make the next poll emit everyone, so
		// the memory is kept (someone following again later is then not reported again).
		return { items: [], state: previous, requests, note: 'poll, empty list, state kept' };
	}
	let fresh: string[] = [];
	let note = previous ? 'poll' : 'baseline';
	if (previous) {
		if (previous.complete && !bookmark) {
			// The whole list then and now: a set difference, whatever the order.
			fresh = names.filter((name) => !position.has(name));
			note += ', complete';
		} else {
			if (!anchor) {
				// Fewer remembered names survive than a full run: take the longest run there is.
				const runs = runsOf(names, position);
				anchor = runs.reduce<Run | undefined>(
					(best, run) => (!best || run.length > best.length ? run : best),
					undefined,
				);
				note += anchor ? ', short run' : ', no anchor';
			}
			if (anchor) fresh = names.slice(0, anchor.start).filter((name) => !position.has(name));
			else if (previous.complete || position.size === 0)
				fresh = names.filter((name) => !position.has(name));
			// else: every remembered follower is gone and the list is longer than the window; no
			// way to tell new from old, so start over from the current head (nothing emitted).
		}
	}
	const state: FollowerState = {
		kind: 'followers',
		source,
		window: names.slice(0, windowSize),
		complete: !bookmark && names.length <= windowSize,
	};
	return {
		items: fresh.reverse().map((username) => ({ type: 'user', username })),
		state,
		requests,
		note,
	};
}

/** JSON size of a state, for tests and the README's bound. */
export function stateSize(state: unknown): number {
	return Buffer.byteLength(JSON.stringify(state ?? null));
}
