import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runOfItem } from '../routing/itemState';
import type { PinterestContext } from '../transport';
import { fetchPages } from '../transport/pagination';

// Sheets and AI agents hold board names, not IDs. The account's boards are read once per node
// run (shared by every item, whatever names they hold) and matched case-insensitively.

function itemIndexOf(context: PinterestContext): number {
	return 'getItemIndex' in context ? context.getItemIndex() : 0;
}

async function readBoards(context: PinterestContext): Promise<IDataObject[]> {
	const { items } = await fetchPages.call(
		context,
		{ method: 'GET', url: '/boards', qs: { privacy: 'ALL' } },
		{ itemIndex: itemIndexOf(context) },
	);
	return items;
}

/** Every board of the connected account; one read per node run in the action node. */
export async function boardsOfAccount(context: PinterestContext): Promise<IDataObject[]> {
	const run = runOfItem(context);
	if (!run) return await readBoards(context);
	const shared = run.shared('boards of the account', () => ({
		boards: undefined as Promise<IDataObject[]> | undefined,
	}));
	if (!shared.boards) {
		shared.boards = readBoards(context);
		// A failed read is not kept: the next item tries again.
		shared.boards.catch(() => (shared.boards = undefined));
	}
	return await shared.boards;
}

const fold = (name: unknown) =>
	String(name ?? '')
		.trim()
		.toLowerCase();

/** Edit distance, for "did you mean" lists. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		previous = current;
	}
	return previous[b.length];
}

/** The ID of the one board named `name` (exact, case-insensitive); a clear error otherwise. */
export async function boardIdByName(
	context: PinterestContext,
	name: unknown,
	field: string,
): Promise<string> {
	const itemIndex = itemIndexOf(context);
	const wanted = fold(name);
	if (!wanted) {
		throw new NodeOperationError(context.getNode(), `${field} name is empty`, {
			itemIndex,
			description:
				'Give the name of one of your boards, as it appears on Pinterest (case does not matter), or pick the board From list.',
		});
	}
	const boards = await boardsOfAccount(context);
	const found = boards.filter((board) => fold(board.name) === wanted);
	if (found.length === 1) return String(found[0].id);
	const shown = String(name).trim().slice(0, 100);
	if (found.length > 1) {
		throw new NodeOperationError(context.getNode(), `${found.length} boards are named "${shown}"`, {
			itemIndex,
			description: `Their IDs: ${found.map((board) => String(board.id)).join(', ')}. Rename one of them on Pinterest, or pick the board From list or By ID.`,
		});
	}
	const closest = boards
		.map((board) => ({ name: String(board.name ?? ''), d: distance(fold(board.name), wanted) }))
		.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
		.slice(0, 3)
		.map((board) => `"${board.name}"`);
	throw new NodeOperationError(context.getNode(), `No board named "${shown}"`, {
		itemIndex,
		description: boards.length
			? `The closest names among the account's ${boards.length} boards: ${closest.join(', ')}. Names match exactly, apart from case.`
			: 'The connected account has no boards. Create one with Board → Create.',
	});
}
