import type { IDataObject } from 'n8n-workflow';

import type { RunSlot } from '../routing/concurrency';
import type { PinterestContext, PinterestRequest } from '../transport';
import { normalizeLink } from './links';
import { RELOOK_AFTER_MS, RunView, createdAtOf } from './view';

/** One try of a create, by our clock. */
export interface Try {
	/** Just before the request was sent. */
	startedAt: number;
	/** When its (unknown) outcome came back. */
	answeredAt: number;
}

/**
 * What one create is meant to make, so that an unknown outcome (a 5xx, a dropped connection,
 * Pinterest's code 2787) can be settled by looking instead of guessing.
 */
export interface CreateIntent {
	/** "pin", "board", "board section": for texts. */
	what: string;
	/** Where the node looks for it, for texts: "the board's newest pins". */
	where: string;
	/** A try is about to be sent. */
	sending(): void;
	/** The create answered with this object: it is this item's, nobody else's. */
	created(object: IDataObject): void;
	/**
	 * Waits until the node run is quiet, reads the list once for every item waiting then, and
	 * returns the object this try made, if any. Finding nothing, it reads again (RELOOK_AFTER_MS)
	 * before it says so, since a list can show a new object late. Throws when the list was too
	 * long to read to the end (the outcome stays unknown).
	 */
	find(
		context: PinterestContext,
		run: RunSlot,
		attempt: Try,
		itemIndex: number,
	): Promise<IDataObject | undefined>;
}

/** The intent of a request, or none when the route has no way to look. */
export type IntentOf = (run: RunSlot, request: PinterestRequest) => CreateIntent | undefined;

/** The run's one view of a list (newest first, or in no known order). */
export function viewOf(run: RunSlot, url: string, newestFirst = true): RunView {
	return run.shared(`view ${url}`, () => new RunView(url, newestFirst));
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Made by a try that started at `startedAt`, by Pinterest's clock when an answer gave it. */
function madeAfter(view: RunView, object: IDataObject, startedAt: number): boolean {
	const at = createdAtOf(object);
	return at === undefined || at >= view.earliestCreatedAt(startedAt);
}

function tooLong(where: string, bound: number): Error {
	return new Error(
		`${where} hold more than ${bound} entries since the run started, and the node reads no further`,
	);
}

function intentOn(
	view: RunView,
	what: string,
	where: string,
	matches: (object: IDataObject, startedAt: number) => boolean,
): CreateIntent {
	return {
		what,
		where,
		sending: () => view.noteStart(),
		created: (object) => view.take(object),
		async find(context, run, attempt, itemIndex) {
			const looking = view.lookingFor(attempt.startedAt);
			try {
				const point = await run.whenQuiet();
				const test = (object: IDataObject) => matches(object, attempt.startedAt);
				await view.refresh(context, { point }, itemIndex);
				let found = view.find(test);
				// Nothing yet: the list may show it late. Look again, later; a read that started
				// late enough already counts.
				for (const after of RELOOK_AFTER_MS) {
					if (found) break;
					const notBefore = attempt.answeredAt + after;
					await view.refresh(context, { point, notBefore }, itemIndex);
					found = view.find(test);
				}
				if (!found && view.truncated) throw tooLong(where, view.bound);
				if (found) view.take(found);
				return found;
			} finally {
				looking.settled();
			}
		},
	};
}

/** The media_type Pinterest gives a pin made from a media_source of this type. */
function mediaTypeOf(sourceType: unknown): string | undefined {
	if (sourceType === 'image_url' || sourceType === 'image_base64') return 'image';
	if (sourceType === 'multiple_image_urls' || sourceType === 'multiple_image_base64')
		return 'multiple_images';
	if (sourceType === 'video_id') return 'video';
	return undefined;
}

/** The list that holds a new pin: its section's pins, or its board's. */
export function pinListUrl(body: IDataObject): string {
	const board = encodeURIComponent(String(body.board_id));
	return body.board_section_id
		? `/boards/${board}/sections/${encodeURIComponent(String(body.board_section_id))}/pins`
		: `/boards/${board}/pins`;
}

/** Pin → Create: a pin on the same board and section, with the same texts, link and kind. */
export const pinIntent: IntentOf = (run, request) => {
	const body = request.body ?? {};
	if (!body.board_id) return undefined;
	const link = normalizeLink(body.link);
	const mediaType = mediaTypeOf((body.media_source as IDataObject | undefined)?.source_type);
	const where = body.board_section_id ? "the section's newest pins" : "the board's newest pins";
	const view = viewOf(run, pinListUrl(body));
	return intentOn(view, 'pin', where, (pin, startedAt) => {
		if (String(pin.board_id ?? body.board_id) !== String(body.board_id)) return false;
		if (text(pin.board_section_id) !== text(body.board_section_id)) return false;
		for (const field of ['title', 'description', 'alt_text']) {
			if (text(pin[field]) !== text(body[field])) return false;
		}
		if (normalizeLink(pin.link) !== link) return false;
		// A pin a collaborator made (is_owner false) or saved from another pin is not this one.
		if (pin.is_owner === false) return false;
		if (text(pin.parent_pin_id) !== text(body.parent_pin_id)) return false;
		// Pinterest answers with its own copy of the media (no source URL, no media ID): the kind
		// is what can be compared.
		const media = pin.media as IDataObject | undefined;
		if (mediaType && media?.media_type && media.media_type !== mediaType) return false;
		return madeAfter(view, pin, startedAt);
	});
};

/** Board → Create: a board of the account with the same name, made after the request. */
export const boardIntent: IntentOf = (run, request) => {
	const name = text(request.body?.name);
	if (!name) return undefined;
	// GET /boards has no name filter and no documented order (accounts list them A→Z by name):
	// the whole list is read.
	const view = viewOf(run, '/boards', false);
	return intentOn(
		view,
		'board',
		"the account's boards",
		(board, startedAt) => text(board.name) === name && madeAfter(view, board, startedAt),
	);
};

/**
 * Board Section → Create: a section of that board with that name. Sections carry no creation
 * time, and Pinterest refuses a second section of the same name, so the name alone decides.
 */
export const sectionIntent: IntentOf = (run, request) => {
	const name = text(request.body?.name);
	if (!name) return undefined;
	return intentOn(
		viewOf(run, request.url, false),
		'board section',
		"the board's sections",
		(section) => text(section.name) === name,
	);
};
