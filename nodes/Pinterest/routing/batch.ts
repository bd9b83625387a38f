import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { PinterestRequest } from '../transport';
import type { RunSlot } from './concurrency';

/**
 * Requests of a node run that Pinterest can answer in one call (the analytics of up to 100
 * pins). Each item still makes its own request; the executor holds it until the run is quiet,
 * then one item sends them together and every item gets its own answer.
 */
export interface Batcher {
	/** Requests with the same key go together; undefined: this one goes alone. */
	keyOf(request: PinterestRequest): string | undefined;
	/** Answers many requests of one key: one body per request, in their order, or an Error. */
	send(
		context: IExecuteSingleFunctions,
		requests: PinterestRequest[],
		itemIndex: number,
	): Promise<Array<IDataObject | Error>>;
}

interface Waiting {
	request: PinterestRequest;
	settle: (answer: IDataObject | Error) => void;
	fail: (error: unknown) => void;
}

/** The item's answer, once the run's batch of its key has been sent. */
export async function sendBatched(
	context: IExecuteSingleFunctions,
	run: RunSlot,
	request: PinterestRequest,
	batcher: Batcher,
	key: string,
	itemIndex: number,
): Promise<IDataObject> {
	const queue = run.shared(`batch ${key}`, () => [] as Waiting[]);
	const answer = new Promise<IDataObject | Error>((settle, fail) =>
		queue.push({ request, settle, fail }),
	);
	await run.whenQuiet();
	// The first item to go on sends for all that wait; the others find the queue empty.
	const waiting = queue.splice(0);
	if (waiting.length) {
		await batcher
			.send(
				context,
				waiting.map((w) => w.request),
				itemIndex,
			)
			.then(
				(answers) => waiting.forEach((w, i) => w.settle(answers[i])),
				(error: unknown) => waiting.forEach((w) => w.fail(error)),
			);
	}
	const result = await answer;
	if (result instanceof Error) throw result;
	return result;
}
