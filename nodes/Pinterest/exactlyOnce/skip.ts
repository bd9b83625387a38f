import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { onSettled, runOf } from '../routing/itemState';
import { pinListUrl, viewOf } from './intents';
import { normalizeLink } from './links';

/**
 * Skip If Already Pinned: the pin on the target board (or section) whose link is this one's,
 * if any. The board's newest pins (up to VIEW_BOUND) are read once per node run; pins this run
 * creates join them. Two items of a run with the same link do not both create: the second waits
 * until the first is done, then finds its pin.
 */
export async function alreadyPinned(
	context: IExecuteSingleFunctions,
	pin: IDataObject,
	ignoreTracking: boolean,
): Promise<IDataObject | undefined> {
	const link = normalizeLink(pin.link, ignoreTracking);
	if (!link) return undefined; // nothing to compare: a pin without a link is always created
	const run = runOf(context);
	const view = viewOf(run, pinListUrl(pin));
	const creating = run.shared('links being pinned', () => new Set<string>());
	for (;;) {
		// Waiting gives the slot back, so the item it waits for can finish (or settle its outcome).
		while (creating.has(link)) await run.whenQuiet();
		await view.refresh(context, { point: 0 }, context.getItemIndex());
		// Another item may have taken the link during the read; from here on, nothing awaits.
		if (!creating.has(link)) break;
	}
	const existing = view.find((other) => normalizeLink(other.link, ignoreTracking) === link, true);
	if (existing) return existing;
	creating.add(link);
	onSettled(context, () => creating.delete(link));
	return undefined;
}
