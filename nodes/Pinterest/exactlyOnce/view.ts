import type { IDataObject } from 'n8n-workflow';

import type { PinterestContext } from '../transport';
import { headerValue } from '../transport/headers';
import { MAX_PAGE_SIZE, fetchPages, pageTrail } from '../transport/pagination';
import { wait } from '../transport/retry';
import { createdAtMs, serverClockOffsetMs } from '../time/utc';

/**
 * How many objects a read of a newest-first list takes in besides those the run itself created
 * there: other people's pins made meanwhile, and, for Skip If Already Pinned (which reads before
 * any create), the board's newest pins. A read that stops at this bound without reaching the
 * run's first create says so (it never counts as "not found").
 */
export const VIEW_BOUND = 1000;

/**
 * Lists in no known order (the account's boards come A→Z by name, a board's sections in no
 * documented order) are read whole, up to this many objects besides the run's own creates.
 */
export const UNORDERED_BOUND = 5000;

/**
 * Pinterest's clock and ours differ. When no answer said what Pinterest's clock reads (no Date
 * header), a created object counts as "made after the request started" when its created_at is
 * at most this much before the start, by our clock.
 */
export const CLOCK_MARGIN_MS = 5 * 60_000;

/**
 * When the Date header of Pinterest's answers gave its clock: the margin left for the header's
 * and created_at's whole seconds, and for the servers behind the API not sharing one clock.
 */
export const CLOCK_TOLERANCE_MS = 5_000;

/**
 * A list can show a new object a moment late. A look that finds nothing reads again until a read
 * started at least this long after the create's answer (at most one more read per step; a read
 * that started later anyway counts, so long batches rarely wait).
 */
export const RELOOK_AFTER_MS = [1_000, 3_000];

/** The longest a list is taken to lag behind a create: what the last re-look waits for. */
export const LIST_LAG_MS = RELOOK_AFTER_MS[RELOOK_AFTER_MS.length - 1];

/** created_at in ms, read as UTC (../time/utc.ts). */
export const createdAtOf = (object: IDataObject): number | undefined => createdAtMs(object);

/** What a read must satisfy to serve a caller. */
export interface ReadNeed {
	/** The quiet point (or 0 for "any") the read must start at or after. */
	point: number;
	/** Our time the read must not start before (a re-look after a lagging list). */
	notBefore?: number;
}

interface Read {
	point: number;
	/** When the read sends (or sent) its first request, by our clock. */
	startsAt: number;
	done: Promise<void>;
	finished: boolean;
}

/**
 * One list of a node run (a board's pins, the account's boards, a board's sections), shared by
 * every item of the run.
 *
 * - A newest-first list (a board's pins) is read from the newest down to the run's first
 *   create (less the clock margin), or to the first page that holds an object an earlier read
 *   saw when it was already LIST_LAG_MS old (so everything older was visible to that read),
 *   at most the run's own creates + VIEW_BOUND objects.
 * - A list in no known order (boards, sections) is read whole every time, at most the run's own
 *   creates + UNORDERED_BOUND objects.
 */
export class RunView {
	private readonly known = new Map<string, IDataObject>();
	private readonly taken = new Set<string>();
	/**
	 * IDs a read returned when they were older than the list's lag: everything older than one of
	 * them had shown up, and was read already.
	 */
	private readonly settledIds = new Set<string>();
	private last?: Read;
	/** Starts (our clock) of this run's tries whose outcome is unknown and being looked for. */
	private readonly unknown: number[] = [];
	/** Creates of this run sent to this list: every one may have made an object in it. */
	private sends = 0;
	/** A lower bound of Pinterest's clock minus ours, from the Date headers of the reads. */
	private clockOffset?: number;
	/** The last read stopped at its bound before it covered what it had to. */
	truncated = false;
	/** List requests this view sent, for tests and the batch's own accounting. */
	requests = 0;

	constructor(
		private readonly url: string,
		private readonly newestFirst = true,
	) {}

	/** A create of this run is about to be sent. */
	noteStart(): void {
		this.sends++;
	}

	/**
	 * A try started at `startedAt` has an unknown outcome: reads go back to it until `settled`.
	 * Reads need not go further back than the oldest such try.
	 */
	lookingFor(startedAt: number): { settled(): void } {
		this.unknown.push(startedAt);
		return {
			settled: () => {
				const index = this.unknown.indexOf(startedAt);
				if (index >= 0) this.unknown.splice(index, 1);
			},
		};
	}

	/**
	 * The earliest created_at (Pinterest's clock, ms) an object made by a request started at
	 * `startedAt` (our clock) can carry.
	 */
	earliestCreatedAt(startedAt: number): number {
		return this.clockOffset === undefined
			? startedAt - CLOCK_MARGIN_MS
			: startedAt + this.clockOffset - CLOCK_TOLERANCE_MS;
	}

	/** An object this run made or returned: no other item may claim it. */
	take(object: IDataObject): void {
		const id = String(object.id ?? '');
		if (!id) return;
		this.taken.add(id);
		this.known.set(id, object);
	}

	/**
	 * Makes sure a read that satisfies `need` has finished, starting one if needed (after waiting
	 * for `need.notBefore`). Items with the same need share one read.
	 */
	async refresh(context: PinterestContext, need: ReadNeed, itemIndex?: number): Promise<void> {
		const notBefore = need.notBefore ?? 0;
		for (;;) {
			const last = this.last;
			if (last && last.point >= need.point && last.startsAt >= notBefore) {
				return await last.done;
			}
			if (last && !last.finished) {
				await last.done.catch(() => undefined);
				continue;
			}
			const startsAt = Math.max(Date.now(), notBefore);
			const read: Read = {
				point: need.point,
				startsAt,
				done: this.read(context, startsAt, itemIndex),
				finished: false,
			};
			this.last = read;
			read.done.then(
				() => (read.finished = true),
				() => {
					read.finished = true;
					// A failed read serves nobody: the next caller tries again.
					if (this.last === read) this.last = undefined;
				},
			);
		}
	}

	/**
	 * The newest object seen so far that passes `test`; unless `includeTaken`, only among those
	 * no item of the run has made or claimed.
	 */
	find(test: (object: IDataObject) => boolean, includeTaken = false): IDataObject | undefined {
		for (const object of this.known.values()) {
			if (!includeTaken && this.taken.has(String(object.id))) continue;
			if (test(object)) return object;
		}
		return undefined;
	}

	/** The most objects one read takes in: the run's own creates here plus the bound. */
	get bound(): number {
		return this.sends + (this.newestFirst ? VIEW_BOUND : UNORDERED_BOUND);
	}

	private noteClock(headers: unknown, receivedAt: number): void {
		const offset = serverClockOffsetMs(headerValue(headers, 'date'), receivedAt);
		if (offset === undefined) return;
		// Each header gives a lower bound (it is cut to whole seconds and was written before we
		// received it): the largest is the closest.
		this.clockOffset = this.clockOffset === undefined ? offset : Math.max(this.clockOffset, offset);
	}

	private async read(
		context: PinterestContext,
		startsAt: number,
		itemIndex?: number,
	): Promise<void> {
		await wait(startsAt - Date.now(), context);
		const bound = this.bound;
		// Reads for creates go back to the oldest try still looked for; Skip If Already Pinned
		// (nothing looked for) reads the newest, up to the bound.
		const since = this.unknown.length
			? this.unknown.reduce((a, b) => Math.min(a, b), Infinity)
			: undefined;
		const fresh: IDataObject[] = [];
		let bookmark: string | undefined;
		let reachedFloor = false;
		// One trail for the read: a repeated bookmark or a run of empty pages ends it.
		const trail = pageTrail();
		for (;;) {
			const page = await fetchPages.call(
				context,
				{ method: 'GET', url: this.url },
				{ limit: MAX_PAGE_SIZE, bookmark, maxPages: 1, itemIndex, trail },
			);
			this.noteClock(page.lastResponse?.headers, Date.now());
			this.requests += page.requests;
			for (const object of page.items) fresh.push(object);
			bookmark = page.bookmark;
			if (!bookmark) {
				reachedFloor = true;
				break;
			}
			if (this.newestFirst && this.coversRun(page.items, since)) {
				reachedFloor = true;
				break;
			}
			if (fresh.length >= bound) break;
		}
		// Only a read made for a create must cover the run; Skip If Already Pinned reads the newest.
		this.truncated = !reachedFloor && since !== undefined;
		// What this read found goes before what earlier reads saw (newest first, when ordered).
		const merged = new Map<string, IDataObject>();
		for (const object of fresh) {
			merged.set(String(object.id), object);
			if (this.settledAt(object, startsAt)) this.settledIds.add(String(object.id));
		}
		for (const [id, object] of this.known) if (!merged.has(id)) merged.set(id, object);
		this.known.clear();
		for (const [id, object] of merged) this.known.set(id, object);
	}

	/** Was the object older than the list's lag (by Pinterest's clock) when a read started? */
	private settledAt(object: IDataObject, readStart: number): boolean {
		const at = createdAtOf(object);
		if (at === undefined || this.clockOffset === undefined) return false;
		// created_at is cut to whole seconds: one more second.
		return at + 1_000 <= readStart + this.clockOffset - LIST_LAG_MS;
	}

	/**
	 * A page of a newest-first list past which nothing looked for can be: all its objects are
	 * older than the oldest try looked for, or it holds one an earlier read saw once settled.
	 */
	private coversRun(items: IDataObject[], since: number | undefined): boolean {
		if (items.some((o) => this.settledIds.has(String(o.id)))) return true;
		if (since === undefined || items.length === 0) return false;
		const floor = this.earliestCreatedAt(since);
		return items.every((o) => (createdAtOf(o) ?? Infinity) < floor);
	}
}
