import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
/** The option's range in the UI (typeOptions of maxParallel in descriptions/shared/rateLimit.ts). */
export const MAX_PARALLEL_RANGE = { min: 1, max: 50 };

/**
 * Max Parallel Requests as a slot count. An expression can make it anything; a value that is
 * not a whole number in the UI's range (NaN, 0, negative, fractional, text, Infinity) is
 * refused before the item's first request, naming the field: a wrong count would otherwise
 * hang the run (NaN slots never open) or flood Pinterest. Unset means the default.
 */
export function maxParallelOf(
	context: { getNode(): INode; getItemIndex(): number },
	value: unknown,
): number {
	if (value === undefined || value === null) return DEFAULT_MAX_PARALLEL;
	const { min, max } = MAX_PARALLEL_RANGE;
	if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
		return value;
	}
	const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
	throw new NodeOperationError(
		context.getNode(),
		`Max Parallel Requests must be a whole number from ${min} to ${max}, not ${shown}`,
		{
			itemIndex: context.getItemIndex(),
			description: `Set Rate Limit Handling → Max Parallel Requests to a number such as ${DEFAULT_MAX_PARALLEL} (or remove the option for the default); if it is an expression, make it resolve to a whole number.`,
		},
	);
}

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
	// Never a count that no item can pass (NaN, 0): maxParallelOf refuses those earlier.
	g.limit = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : 1;
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
