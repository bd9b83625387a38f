'use strict';
// Boards: list (privacy filter), create, get, update, delete, and a board's pins.
const { BY_NAME, BY_RANK, LAST_SAVED, paginate } = require('../pagination');
const {
	bad,
	boolParam,
	checkAdAccount,
	checkPathId,
	enumParam,
	optString,
	requireObjectBody,
} = require('../params');
const { filterByCreativeTypes } = require('./pins');

const BOARD_PRIVACY = ['PUBLIC', 'PROTECTED', 'SECRET'];
const BOARD_UPDATE_PRIVACY = ['PUBLIC', 'SECRET'];
const BOARD_PRIVACY_FILTER = ['ALL', 'PUBLIC', 'PROTECTED', 'SECRET', 'PUBLIC_AND_SECRET'];

/** The board orders of the realistic mode (realistic.js); 'newest' is the default simulator's. */
const BOARD_ORDER = { alphabetical: BY_NAME, last_saved: LAST_SAVED, custom: BY_RANK };

module.exports = function boardRoutes(core) {
	const { sim, store, render, realistic } = core;
	const { renderBoard } = render;
	const boardOrder = realistic.on ? BOARD_ORDER[realistic.boardOrder] : undefined;

	/** The board of the path, checked (400 for a non-numeric id, 404 when missing). */
	function pathBoard(c) {
		checkAdAccount(c.query);
		checkPathId(c.params.board_id, 'board_id');
		return store.getBoard(c.params.board_id);
	}

	return {
		'boards/list': (c) => {
			checkAdAccount(c.query);
			const privacy = enumParam(c.query, 'privacy', BOARD_PRIVACY_FILTER, { def: 'ALL' });
			let list = store.sorted(sim.state.boards);
			if (boardOrder) list = list.sort(boardOrder.compare);
			if (privacy === 'PUBLIC_AND_SECRET') {
				list = list.filter((b) => b.privacy === 'PUBLIC' || b.privacy === 'SECRET');
			} else if (privacy !== 'ALL') list = list.filter((b) => b.privacy === privacy);
			const kind = `boards:${privacy}${boardOrder ? `:${realistic.boardOrder}` : ''}`;
			const order = boardOrder ? { order: boardOrder } : {};
			return { status: 200, body: paginate(c.query, kind, list, renderBoard, order) };
		},
		'boards/create': (c) => {
			checkAdAccount(c.query);
			const body = requireObjectBody(c.body);
			if (typeof body.name !== 'string' || body.name.trim() === '') {
				throw bad("Field 'name' is required and must be a non-empty string.");
			}
			const description = optString(body, 'description');
			if ('privacy' in body && !BOARD_PRIVACY.includes(body.privacy)) {
				throw bad(
					`Field 'privacy' must be one of ${BOARD_PRIVACY.join(', ')} (was ${body.privacy}).`,
				);
			}
			if ('is_ads_only' in body && typeof body.is_ads_only !== 'boolean') {
				throw bad("Field 'is_ads_only' must be a boolean.");
			}
			const b = store.insertBoard({
				name: body.name,
				description,
				privacy: body.privacy,
				is_ads_only: body.is_ads_only,
				follower_count: 0,
			});
			return { status: 201, body: renderBoard(b) };
		},
		'boards/get': (c) => ({ status: 200, body: renderBoard(pathBoard(c)) }),
		'boards/update': (c) => {
			const b = pathBoard(c);
			const body = requireObjectBody(c.body);
			if ('name' in body && (typeof body.name !== 'string' || body.name.trim() === '')) {
				throw bad("Field 'name' must be a non-empty string.");
			}
			const description = optString(body, 'description');
			if ('privacy' in body && !BOARD_UPDATE_PRIVACY.includes(body.privacy)) {
				const allowed = BOARD_UPDATE_PRIVACY.join(', ');
				throw bad(`Field 'privacy' must be one of ${allowed} (was ${body.privacy}).`);
			}
			if ('name' in body) b.name = body.name;
			if (description !== undefined) b.description = description;
			if ('privacy' in body) b.privacy = body.privacy;
			return { status: 200, body: renderBoard(b) };
		},
		'boards/delete': (c) => {
			pathBoard(c);
			store.deleteBoard(c.params.board_id);
			return { status: 204 };
		},
		'boards/list_pins': (c) => {
			pathBoard(c);
			const metrics = boolParam(c.query, 'pin_metrics', false);
			const list = filterByCreativeTypes(c.query, store.pinsOfBoard(c.params.board_id));
			const kind = `board_pins:${c.params.board_id}`;
			const renderPin = (p) => render.renderPin(p, { metrics });
			return { status: 200, body: paginate(c.query, kind, list, renderPin) };
		},
	};
};
