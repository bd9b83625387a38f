import type { IDataObject } from 'n8n-workflow';

import type { RunSlot } from './concurrency';

// What one item's hooks share with the executor while the item runs: the run it belongs to,
// an answer that makes the request unnecessary, and clean-ups for when the item is done.
// Keyed by the item's context, which the executor passes to every hook as `this`.
interface ItemState {
	run: RunSlot;
	answer?: IDataObject;
	settled: Array<() => void>;
}

const states = new WeakMap<object, ItemState>();

export function beginItem(context: object, run: RunSlot): void {
	states.set(context, { run, settled: [] });
}

function stateOf(context: object): ItemState {
	const state = states.get(context);
	// Hooks run only inside the executor, which begins the item first.
	if (!state) throw new Error('The item runs outside of its node run');
	return state;
}

/** The node run of the item: shared reads and waiting until the run is quiet. */
export function runOf(context: object): RunSlot {
	return stateOf(context).run;
}

/** The node run of the item, or undefined outside the executor (list search, the trigger). */
export function runOfItem(context: object): RunSlot | undefined {
	return states.get(context)?.run;
}

/** A preSend hook found the result already (e.g. the pin exists): no request is sent. */
export function answerWithout(context: object, json: IDataObject): void {
	stateOf(context).answer = json;
}

export function answerOf(context: object): IDataObject | undefined {
	return states.get(context)?.answer;
}

/** Runs when the item is done, whatever its outcome. */
export function onSettled(context: object, done: () => void): void {
	stateOf(context).settled.push(done);
}

export function settleItem(context: object): void {
	const state = states.get(context);
	states.delete(context);
	for (const done of state?.settled ?? []) done();
}
