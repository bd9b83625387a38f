'use strict';
/*
 * The realistic mode, the default (`createSimulator({ realistic: false })` or `cli.js --spec-shapes`
 * turn it off): answers in the shapes the live API was recorded answering in (REAL-API.md beside
 * this file lists each fact and where it was seen).
 *
 * What it changes, and where:
 *   render.js      times (`created_at` UTC without zone or fraction, `board_pins_modified_at` with
 *                  microseconds once pins changed), pins always carry `is_product`, `product_tags`,
 *                  `is_removable`, `pin_metrics` (null unless asked), board descriptions are strings
 *   state.js       ids grow with time (19 digits), as real pin, board and section ids do
 *   routes/boards  `GET /boards` in the account's board order (`boardOrder`, default A→Z by name)
 *   pagination.js  bookmarks are padded base64; the recorded lists give a bookmark on their last page,
 *                  and that bookmark gives an empty page (`trailingBookmark`)
 *   http.js        the answer's headers (`pinterest-version`, request ids, content type) and error
 *                  bodies (`"status": "failure"` beside `code` and `message`), by `shapeAnswer` below
 * Rate-limit headers are not this module's business (rateLimit.js).
 */
const { fnv1a, mulberry32 } = require('./util');

/** The orders Pinterest lets people give their boards; 'alphabetical' is the recorded one. */
const BOARD_ORDERS = ['alphabetical', 'last_saved', 'newest', 'custom'];
/** Lists recorded with a bookmark on their last page (then an empty page): pins/list, search. */
const TRAILING_BOOKMARK_OPS = ['pins/list', 'search_user_pins/list', 'search_user_boards/get'];

const hex = (rand, n) => {
	let s = '';
	while (s.length < n) s += Math.floor(rand() * 16).toString(16);
	return s;
};
const digits = (rand, n) => {
	let s = String(1 + Math.floor(rand() * 9));
	while (s.length < n) s += String(Math.floor(rand() * 10));
	return s;
};

/** Error codes recorded with only `code` and `message` (the catalog 409 4182). */
const CODES_WITHOUT_STATUS = [4182];

/** A base64url bookmark of pagination.js as padded standard base64 (it decodes both). */
function paddedBase64(bookmark) {
	return Buffer.from(bookmark, 'base64url').toString('base64');
}

/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44` (UTC, no zone, no fraction). */
function apiTime(iso) {
	if (typeof iso !== 'string') return iso;
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toISOString().slice(0, 19);
}

/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44.123000` (UTC, microseconds, no zone). */
function apiTimeMicros(iso) {
	if (typeof iso !== 'string') return iso;
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return `${d.toISOString().slice(0, 23)}000`;
}

function createRealistic(core) {
	const { opts } = core;
	const on = !!opts.realistic;
	const boardOrder = opts.boardOrder || 'alphabetical';
	if (!BOARD_ORDERS.includes(boardOrder)) {
		throw new Error(`boardOrder must be one of ${BOARD_ORDERS.join(', ')} (was ${boardOrder})`);
	}
	const trailing = opts.trailingBookmark || 'recorded';
	if (!['recorded', 'all', 'none'].includes(trailing)) {
		throw new Error(`trailingBookmark must be recorded, all or none (was ${trailing})`);
	}
	let rand = mulberry32(fnv1a(`${opts.seed}|realistic`));
	// A build id like the recorded ones (7 hex digits), fixed for the simulator's life.
	const version = hex(mulberry32(fnv1a(`${opts.seed}|version`)), 7);
	const host = `tpp-api-sim-${hex(mulberry32(fnv1a(`${opts.seed}|host`)), 8)}`;

	function reset() {
		rand = mulberry32(fnv1a(`${opts.seed}|realistic`));
	}

	/** `record` is the board's record: `_pinsTouched` (state.js) says its pins changed since it was made. */
	function shapeBoard(view, record = {}) {
		if (!on) return view;
		const modified = view.board_pins_modified_at;
		return {
			...view,
			description:
				view.description === null || view.description === undefined ? '' : view.description,
			created_at: apiTime(view.created_at),
			board_pins_modified_at:
				record._pinsTouched || modified !== view.created_at
					? apiTimeMicros(modified)
					: apiTime(modified),
		};
	}

	function shapePin(view) {
		if (!on) return view;
		return {
			...view,
			created_at: apiTime(view.created_at),
			is_product: view.is_product === undefined ? false : view.is_product,
			product_tags: view.product_tags === undefined ? [] : view.product_tags,
			is_removable: view.is_removable === undefined ? false : view.is_removable,
			pin_metrics: view.pin_metrics === undefined ? null : view.pin_metrics,
		};
	}

	/** Headers and body of an answer (http.js calls it for every /v5 answer when realistic). */
	function shapeAnswer(status, body, headers, operationId) {
		if (!on) return { body, headers };
		const rid = digits(rand, 16);
		const out = {
			'pinterest-version': version,
			'pinterest-generated-by': host,
			'x-pinterest-rid': rid,
			'x-pinterest-rid-128bit': hex(rand, 32),
			'cache-control': 'no-cache, no-store, must-revalidate',
		};
		let shaped = body;
		if (status >= 400 && body && typeof body === 'object' && 'code' in body && 'message' in body) {
			out['content-type'] = 'application/json; charset=utf-8';
			if (!('status' in body) && !CODES_WITHOUT_STATUS.includes(body.code)) {
				shaped = { ...body, status: 'failure' };
			}
		} else if (body !== undefined && status !== 204) {
			out['content-type'] = 'application/json';
		}
		if (
			status === 200 &&
			body &&
			Array.isArray(body.items) &&
			body.bookmark === null &&
			body.items.length > 0 &&
			typeof body.tailBookmark === 'string' &&
			(trailing === 'all' ||
				(trailing === 'recorded' && TRAILING_BOOKMARK_OPS.includes(operationId)))
		) {
			shaped = { ...shaped, bookmark: body.tailBookmark };
		}
		if (shaped && typeof shaped.bookmark === 'string' && shaped.bookmark !== '') {
			shaped = { ...shaped, bookmark: paddedBase64(shaped.bookmark) };
		}
		return { body: shaped, headers: { ...out, ...headers } };
	}

	return { on, boardOrder, shapeBoard, shapePin, shapeAnswer, reset };
}

/** SIM_REAL_SHAPES_OFF=1: test/contract/realShapes.test.ts runs on the default simulator (to see it fail). */
const realShapesOff = () => process.env.SIM_REAL_SHAPES_OFF === '1';

module.exports = {
	createRealistic,
	realShapesOff,
	apiTime,
	apiTimeMicros,
	BOARD_ORDERS,
	TRAILING_BOOKMARK_OPS,
};
