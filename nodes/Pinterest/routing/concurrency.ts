// RoutingNode starts the requests of all items at once; a run of 1,000 items would open 1,000
// connections and hit Pinterest's rate limit at once. Items of one node run wait here for one
// of a few slots instead. Gates are keyed by execution, node and run, and removed when idle.
//
// A gate is also the node run's shared place: reads that several items need (a board's newest
// pins, to reconcile or skip creates) live in it, and an item can park until the run is quiet,
// so that one read serves every item that waits for it.
interface Gate {
	limit: number;
	active: number;
	queue: Array<() => void>;
	/** Items that gave their slot back until no other item of the run is running. */
	parked: Array<() => void>;
	/** How many times the run became quiet: reads made after quiet point N serve all parked then. */
	quiet: number;
	shared: Map<string, unknown>;
}

/** What an item's task may do with the run it belongs to. */
export interface RunSlot {
	/**
	 * Gives the slot back and resolves once every other item of the run has finished or parked
	 * too; then takes a slot again. All items parked at that moment go on together. Resolves to
	 * the number of that quiet point.
	 */
	whenQuiet(): Promise<number>;
	/** One value per run and name, made on first use and dropped with the run. */
	shared<T>(name: string, make: () => T): T;
}

const gates = new Map<string, Gate>();

export const DEFAULT_MAX_PARALLEL = 4;

function acquire(g: Gate): Promise<void> | undefined {
	if (g.active < g.limit) {
		g.active++;
		return undefined;
	}
	return new Promise<void>((resolve) => g.queue.push(resolve));
}

function release(key: string, g: Gate): void {
	const next = g.queue.shift();
	if (next) {
		next(); // the slot passes straight to the next waiting item
		return;
	}
	g.active--;
	if (g.active > 0) return;
	if (g.parked.length) {
		// Nothing else runs: every parked item goes on now.
		g.quiet++;
		for (const resume of g.parked.splice(0)) resume();
	} else {
		gates.delete(key);
	}
}

export async function withSlot<T>(
	key: string,
	limit: number,
	task: (slot: RunSlot) => Promise<T>,
): Promise<T> {
	let gate = gates.get(key);
	if (!gate) {
		gate = { limit: 1, active: 0, queue: [], parked: [], quiet: 0, shared: new Map() };
		gates.set(key, gate);
	}
	const g = gate;
	g.limit = Math.max(1, limit);
	await acquire(g);
	const slot: RunSlot = {
		async whenQuiet() {
			const resumed = new Promise<void>((resolve) => g.parked.push(resolve));
			release(key, g);
			await resumed;
			const point = g.quiet;
			await acquire(g);
			return point;
		},
		shared<V>(name: string, make: () => V): V {
			if (!g.shared.has(name)) g.shared.set(name, make());
			return g.shared.get(name) as V;
		},
	};
	try {
		return await task(slot);
	} finally {
		release(key, g);
	}
}

/** Open gates, for tests that check nothing is left behind. */
export function openGates(): number {
	return gates.size;
}
