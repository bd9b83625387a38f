import type { IDataObject } from 'n8n-workflow';

import type { PinterestContext } from '../transport';
import { MAX_PAGE_SIZE, fetchPages, pageTrail } from '../transport/pagination';
import { createdAtMs } from '../time/utc';

/** The most objects one read of a list takes in (four pages of 250). */
export const VIEW_BOUND = 1000;

/**
 * Pinterest's clock and ours differ; a created object counts as "made after the request
 * started" when its created_at is at most this much before the start, by our clock.
 */
export const CLOCK_MARGIN_MS = 5 * 60_000;

/** created_at in ms, read as UTC (../time/utc.ts). */
export const createdAtOf = (object: IDataObject): number | undefined => createdAtMs(object);

interface Read {
	/** The quiet point (or 0 for "any") the read was started at or after. */
	point: number;
	done: Promise<void>;
	finished: boolean;
}

/**
 * One list of a node run (a board's pins, the account's boards, a board's sections), read
 * newest first and shared by every item of the run. Pinterest documents no order for these
 * lists; it returns newest first, and a read stops early on that basis: at a page that holds an
 * object seen by an earlier read, or whose objects are all older than the run's first request
 * (less the clock margin), or at VIEW_BOUND objects.
 */
export class RunView {
	private readonly known = new Map<string, IDataObject>();
	private readonly taken = new Set<string>();
	/** IDs a read returned: everything older than one of them has been read already. */
	private readonly readIds = new Set<string>();
	private last?: Read;
	private earliestStart = Infinity;
	/** List requests this view sent, for tests and the batch's own accounting. */
	requests = 0;

	constructor(
		private readonly url: string,
		private readonly bound = VIEW_BOUND,
	) {}

	/** A create of this run is about to be sent: objects older than its start are not its own. */
	noteStart(at: number): void {
		this.earliestStart = Math.min(this.earliestStart, at);
	}

	/** An object this run made or returned: no other item may claim it. */
	take(object: IDataObject): void {
		const id = String(object.id ?? '');
		if (!id) return;
		this.taken.add(id);
		this.known.set(id, object);
	}

	/**
	 * Makes sure a read started at or after quiet point `point` has finished, starting one if
	 * needed. Items that wait for the same point share one read.
	 */
	async refresh(context: PinterestContext, point: number, itemIndex?: number): Promise<void> {
		for (;;) {
			const last = this.last;
			if (last && last.point >= point) return await last.done;
			if (last && !last.finished) {
				await last.done.catch(() => undefined);
				continue;
			}
			const read: Read = { point, done: this.read(context, itemIndex), finished: false };
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

	private async read(context: PinterestContext, itemIndex?: number): Promise<void> {
		// Before any create was sent (Skip If Already Pinned), a read goes back to the bound.
		const floor = Number.isFinite(this.earliestStart)
			? this.earliestStart - CLOCK_MARGIN_MS
			: -Infinity;
		const fresh: IDataObject[] = [];
		let bookmark: string | undefined;
		let count = 0;
		// One trail for the read: a repeated bookmark or a run of empty pages ends it.
		const trail = pageTrail();
		for (;;) {
			const page = await fetchPages.call(
				context,
				{ method: 'GET', url: this.url },
				{ limit: MAX_PAGE_SIZE, bookmark, maxPages: 1, itemIndex, trail },
			);
			this.requests += page.requests;
			count += page.items.length;
			const overlaps = page.items.some((o) => this.readIds.has(String(o.id)));
			const allOlder =
				page.items.length > 0 && page.items.every((o) => (createdAtOf(o) ?? Infinity) < floor);
			for (const object of page.items) fresh.push(object);
			bookmark = page.bookmark;
			if (!bookmark || overlaps || allOlder || count >= this.bound) break;
		}
		// Newest first: what this read found goes before what earlier reads saw.
		const merged = new Map<string, IDataObject>();
		for (const object of fresh) {
			merged.set(String(object.id), object);
			this.readIds.add(String(object.id));
		}
		for (const [id, object] of this.known) if (!merged.has(id)) merged.set(id, object);
		this.known.clear();
		for (const [id, object] of merged) this.known.set(id, object);
	}
}
