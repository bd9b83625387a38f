// RoutingNode starts the requests of all items at once; a run of 1,000 items would open 1,000
// connections and hit Pinterest's rate limit at once. Items of one node run wait here for one
// of a few slots instead. Gates are keyed by execution, node and run, and removed when idle.
interface Gate {
	active: number;
	queue: Array<() => void>;
}

const gates = new Map<string, Gate>();

export const DEFAULT_MAX_PARALLEL = 4;

export async function withSlot<T>(key: string, limit: number, task: () => Promise<T>): Promise<T> {
	let gate = gates.get(key);
	if (!gate) {
		gate = { active: 0, queue: [] };
		gates.set(key, gate);
	}
	const g = gate;
	if (g.active >= Math.max(1, limit)) {
		await new Promise<void>((resolve) => g.queue.push(resolve));
	} else {
		g.active++;
	}
	try {
		return await task();
	} finally {
		const next = g.queue.shift();
		if (next) {
			next(); // the slot passes straight to the next waiting item
		} else {
			g.active--;
			if (g.active === 0) gates.delete(key);
		}
	}
}

/** Open gates, for tests that check nothing is left behind. */
export function openGates(): number {
	return gates.size;
}
