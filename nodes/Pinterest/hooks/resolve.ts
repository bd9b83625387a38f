import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeParameterResourceLocator,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runOfItem } from '../routing/itemState';
import type { PinterestContext } from '../transport';
import { parameterOf, pinterestApiRequest } from '../transport';
import { checkId } from './ids';
import { fetchPages } from '../transport/pagination';

// Pinterest web URLs: pin links carry the pin ID; board and section links carry the
// owner's username and slugs of the names, which we match against the account's boards.
export const PIN_URL_REGEX =
	'^https?://(?:[a-z]{2,3}\\.)?pinterest\\.[a-z.]+/pin/(\\d+)(?:[/?#].*)?$';
export const BOARD_URL_REGEX =
	'^https?://(?:[a-z]{2,3}\\.)?pinterest\\.[a-z.]+/([^/?#]+)/([^/?#]+)/?(?:[?#].*)?$';
export const SECTION_URL_REGEX =
	'^https?://(?:[a-z]{2,3}\\.)?pinterest\\.[a-z.]+/([^/?#]+)/([^/?#]+)/([^/?#]+)/?(?:[?#].*)?$';
export const ID_REGEX = '^\\d+$';

/** How Pinterest turns a board or section name into the last part of its URL. */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function boardUrl(board: IDataObject): string | undefined {
	const owner = (board.owner as IDataObject | undefined)?.username;
	if (typeof owner !== 'string' || typeof board.name !== 'string') return undefined;
	return `https://www.pinterest.com/${owner}/${slugify(board.name)}/`;
}

/** The one reader of locator parameters: a resource locator as is, a plain value as By ID. */
export function locatorOf(
	context: PinterestContext,
	parameter: string,
): INodeParameterResourceLocator {
	const raw = parameterOf(context, parameter, '');
	if (raw && typeof raw === 'object' && 'mode' in (raw as IDataObject)) {
		return raw as INodeParameterResourceLocator;
	}
	return { __rl: true, mode: 'id', value: raw as string };
}

/** The value of a locator (or plain ID) parameter, trimmed; '' when left empty. */
export function locatorValue(context: PinterestContext, parameter: string): string {
	const value = locatorOf(context, parameter).value;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** The item being processed; 0 in contexts without items (list search, trigger). */
export function itemIndexOf(context: PinterestContext): number {
	return 'getItemIndex' in context ? context.getItemIndex() : 0;
}

function decodeSlug(text: string): string {
	try {
		return decodeURIComponent(text).toLowerCase();
	} catch {
		return text.toLowerCase();
	}
}

// Sheets and AI agents hold board names, not IDs. The account's boards are read once per node
// run (shared by every item, whatever names they hold) and matched case-insensitively.

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

async function boardFromUrl(context: PinterestContext, url: string, field: string) {
	const itemIndex = itemIndexOf(context);
	const match = new RegExp(BOARD_URL_REGEX, 'i').exec(url.trim());
	if (!match) {
		throw new NodeOperationError(context.getNode(), `${field} is not a Pinterest board URL`, {
			itemIndex,
			description: `Expected a link like https://www.pinterest.com/<username>/<board>/, got "${url.slice(0, 120)}".`,
		});
	}
	const [, username, slug] = match;
	const items = await boardsOfAccount(context);
	const found = items.filter(
		(board) =>
			slugify(String(board.name ?? '')) === decodeSlug(slug) &&
			String((board.owner as IDataObject | undefined)?.username ?? '').toLowerCase() ===
				decodeSlug(username),
	);
	if (found.length !== 1) {
		throw new NodeOperationError(
			context.getNode(),
			found.length
				? `${field} URL matches ${found.length} boards`
				: `No board of this account matches the ${field} URL`,
			{
				itemIndex,
				description:
					'Pinterest board links carry no ID, so the node matches the board name among the boards of the connected account. Pick the board From list or give its ID instead.',
			},
		);
	}
	return String(found[0].id);
}

/** The board ID of a board resource locator (From list, By URL, By Name, By ID), validated. */
export async function resolveBoardId(
	context: PinterestContext,
	parameter = 'board',
	field = 'Board',
): Promise<string> {
	const locator = locatorOf(context, parameter);
	if (locator.mode === 'url')
		return await boardFromUrl(context, String(locator.value ?? ''), field);
	if (locator.mode === 'name') return await boardIdByName(context, locator.value, field);
	return checkId(context.getNode(), locator.value, field, itemIndexOf(context));
}

/** The section ID of a section resource locator on the given board, validated. */
export async function resolveSectionId(
	context: PinterestContext,
	boardId: string,
	parameter = 'section',
	field = 'Board Section',
): Promise<string> {
	const locator = locatorOf(context, parameter);
	const itemIndex = itemIndexOf(context);
	if (locator.mode !== 'url') return checkId(context.getNode(), locator.value, field, itemIndex);
	const url = String(locator.value ?? '');
	const match = new RegExp(SECTION_URL_REGEX, 'i').exec(url.trim());
	if (!match) {
		throw new NodeOperationError(
			context.getNode(),
			`${field} is not a Pinterest board section URL`,
			{
				itemIndex,
				description: `Expected a link like https://www.pinterest.com/<username>/<board>/<section>/, got "${url.slice(0, 120)}".`,
			},
		);
	}
	const slug = decodeSlug(match[3]);
	const { items } = await fetchPages.call(
		context,
		{ method: 'GET', url: `/boards/${boardId}/sections` },
		{ itemIndex },
	);
	const found = items.filter((section) => slugify(String(section.name ?? '')) === slug);
	if (found.length !== 1) {
		throw new NodeOperationError(
			context.getNode(),
			`No section of board ${boardId} matches the ${field} URL`,
			{
				itemIndex,
				description: 'Pick the section From list or give its ID instead.',
			},
		);
	}
	return String(found[0].id);
}

/** The pin ID of a pin resource locator (By URL takes pinterest.com/pin/<id>/ links). */
export function resolvePinId(context: PinterestContext, parameter = 'pin', field = 'Pin'): string {
	const locator = locatorOf(context, parameter);
	const itemIndex = itemIndexOf(context);
	if (locator.mode === 'url') {
		const match = new RegExp(PIN_URL_REGEX, 'i').exec(String(locator.value ?? '').trim());
		if (!match) {
			throw new NodeOperationError(context.getNode(), `${field} is not a Pinterest pin URL`, {
				itemIndex,
				description: 'Expected a link like https://www.pinterest.com/pin/1234567890/.',
			});
		}
		return match[1];
	}
	return checkId(context.getNode(), locator.value, field, itemIndex);
}

/**
 * A Pinterest username as the spec's path_username accepts it (pattern `(?!^\d+$)^.+$`:
 * anything but digits only). A leading "@" or a profile link is reduced to the name.
 */
export function normalizeUsername(value: unknown): string {
	let text = String(value ?? '').trim();
	const link = /^https?:\/\/(?:[a-z]{2,3}\.)?pinterest\.[a-z.]+\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(
		text,
	);
	if (link) text = link[1];
	// Profile links carry the name percent-encoded; the path gets it encoded once, by us.
	try {
		text = decodeURIComponent(text);
	} catch {
		// A lone "%" is kept as it is (and encoded in the path).
	}
	return text.replace(/^@/, '');
}

function checkUsername(context: IExecuteSingleFunctions, username: string): string {
	const itemIndex = context.getItemIndex();
	if (username === '') {
		throw new NodeOperationError(context.getNode(), 'Username is empty', {
			itemIndex,
			description:
				'Set the Pinterest username, e.g. "pinterest" from https://www.pinterest.com/pinterest/.',
		});
	}
	// "." and ".." are path segments, not names: /user_account/following/.. is /user_account/.
	if (username === '.' || username === '..') {
		throw new NodeOperationError(
			context.getNode(),
			`Username "${username}" is not a Pinterest username`,
			{
				itemIndex,
				description:
					'A username cannot be "." or "..". Give the name from the profile link (https://www.pinterest.com/<username>/); if it comes from an expression, check that it resolves to the name for this item.',
			},
		);
	}
	if (/^\d+$/.test(username) || /[\s/\\?#]/.test(username)) {
		throw new NodeOperationError(
			context.getNode(),
			`Username "${username.slice(0, 60)}" is not a Pinterest username`,
			{
				itemIndex,
				description:
					'Give the username as it appears in the profile link (https://www.pinterest.com/<username>/), not a user ID: Pinterest usernames are not digits only and contain no spaces, slashes, "?" or "#".',
			},
		);
	}
	return username;
}

/** {username} in a path: the required Username parameter. */
export function resolveUsername(context: IExecuteSingleFunctions): string {
	return encodeURIComponent(
		checkUsername(context, normalizeUsername(context.getNodeParameter('username', ''))),
	);
}

/**
 * {usernameOrSelf} in a path: the optional Username parameter; when it is empty, the
 * connected account's username (one GET /user_account per item).
 */
export async function resolveUsernameOrSelf(context: IExecuteSingleFunctions): Promise<string> {
	let username = normalizeUsername(context.getNodeParameter('username', ''));
	if (username === '') {
		const account = await pinterestApiRequest.call(
			context,
			{ method: 'GET', url: '/user_account' },
			context.getItemIndex(),
		);
		const own = (account.body as { username?: unknown } | undefined)?.username;
		if (typeof own !== 'string' || own === '') {
			throw new NodeOperationError(
				context.getNode(),
				'Could not read the username of the connected account',
				{
					itemIndex: context.getItemIndex(),
					description: 'Pinterest returned no username for the account. Set Username explicitly.',
				},
			);
		}
		username = own;
	}
	return encodeURIComponent(checkUsername(context, username));
}
