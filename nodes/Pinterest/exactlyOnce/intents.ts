import type { IDataObject } from 'n8n-workflow';

import type { RunSlot } from '../routing/concurrency';
import type { PinterestContext, PinterestRequest } from '../transport';
import { normalizeLink } from './links';
import { CLOCK_MARGIN_MS, RunView, createdAtOf } from './view';

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
	sending(at: number): void;
	/** The create answered with this object: it is this item's, nobody else's. */
	created(object: IDataObject): void;
	/**
	 * Waits until the node run is quiet, reads the list once for every item waiting then, and
	 * returns the object this create made after `startedAt`, if any.
	 */
	find(
		context: PinterestContext,
		run: RunSlot,
		startedAt: number,
		itemIndex: number,
	): Promise<IDataObject | undefined>;
}

/** The intent of a request, or none when the route has no way to look. */
export type IntentOf = (run: RunSlot, request: PinterestRequest) => CreateIntent | undefined;

/** The run's one view of a list. */
export function viewOf(run: RunSlot, url: string): RunView {
	return run.shared(`view ${url}`, () => new RunView(url));
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function madeAfter(object: IDataObject, startedAt: number): boolean {
	const at = createdAtOf(object);
	return at === undefined || at >= startedAt - CLOCK_MARGIN_MS;
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
		sending: (at) => view.noteStart(at),
		created: (object) => view.take(object),
		async find(context, run, startedAt, itemIndex) {
			const point = await run.whenQuiet();
			await view.refresh(context, point, itemIndex);
			const found = view.find((object) => matches(object, startedAt));
			if (found) view.take(found);
			return found;
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
	return intentOn(viewOf(run, pinListUrl(body)), 'pin', where, (pin, startedAt) => {
		if (String(pin.board_id ?? body.board_id) !== String(body.board_id)) return false;
		if (text(pin.board_section_id) !== text(body.board_section_id)) return false;
		for (const field of ['title', 'description', 'alt_text']) {
			if (text(pin[field]) !== text(body[field])) return false;
		}
		if (normalizeLink(pin.link) !== link) return false;
		const media = pin.media as IDataObject | undefined;
		if (mediaType && media?.media_type && media.media_type !== mediaType) return false;
		return madeAfter(pin, startedAt);
	});
};

/** Board → Create: a board of the account with the same name, made after the request. */
export const boardIntent: IntentOf = (run, request) => {
	const name = text(request.body?.name);
	if (!name) return undefined;
	return intentOn(
		viewOf(run, '/boards'),
		'board',
		"the account's boards",
		(board, startedAt) => text(board.name) === name && madeAfter(board, startedAt),
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
		viewOf(run, request.url),
		'board section',
		"the board's sections",
		(section) => text(section.name) === name,
	);
};
