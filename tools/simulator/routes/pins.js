'use strict';
// Pins: list (filters), create, get, update (move, carousel slots), delete, save.
const { paginate } = require('../pagination');
const {
	bad,
	boolParam,
	checkAdAccount,
	checkPathId,
	enumParam,
	optDigits,
	optString,
	requireObjectBody,
} = require('../params');
const { validateMediaSource } = require('./mediaSource');

const CREATIVE_TYPES = [
	'REGULAR',
	'VIDEO',
	'SHOPPING',
	'CAROUSEL',
	'MAX_VIDEO',
	'SHOP_THE_PIN',
	'COLLECTION',
	'IDEA',
	'SHOWCASE',
	'QUIZ',
	'COLLAGE',
	'MAX_WIDTH_REGULAR_COLLECTION',
	'MAX_WIDTH_VIDEO_COLLECTION',
];
const PIN_FILTERS = ['exclude_native', 'exclude_repins', 'has_been_promoted'];

/** The `creative_types` filter (repeated keys and/or comma-separated values). */
function filterByCreativeTypes(query, list) {
	const cts = query.creative_types === undefined ? [] : [].concat(query.creative_types);
	const wantTypes = [];
	for (const v of cts) {
		for (const t of v.split(',')) {
			if (!CREATIVE_TYPES.includes(t))
				throw bad(`Parameter 'creative_types' has an invalid value '${t}'.`);
			wantTypes.push(t);
		}
	}
	if (wantTypes.length) return list.filter((p) => wantTypes.includes(p.creative_type));
	return list;
}

function pinFieldsFromBody(body) {
	return {
		title: optString(body, 'title', 100),
		description: optString(body, 'description', 800),
		link: optString(body, 'link', 2048),
		alt_text: optString(body, 'alt_text', 500),
	};
}

function pinRoutes(core) {
	const { sim, store, render, realistic } = core;
	const { getBoard, getPin, getSection, insertPin, touchBoard } = store;

	function listPins(c) {
		checkAdAccount(c.query);
		const filter = enumParam(c.query, 'pin_filter', PIN_FILTERS);
		const metrics = boolParam(c.query, 'pin_metrics', false);
		const includeProtected = boolParam(c.query, 'include_protected_pins', false);
		const pinType = enumParam(c.query, 'pin_type', ['PRIVATE']);
		let list = store.sorted(sim.state.pins);
		const privacyOf = (p) => (sim.state.boards[p.board_id] || {}).privacy;
		if (!includeProtected) list = list.filter((p) => privacyOf(p) !== 'PROTECTED');
		if (pinType === 'PRIVATE') list = list.filter((p) => privacyOf(p) === 'SECRET');
		if (filter === 'exclude_native') list = list.filter((p) => p.parent_pin_id);
		if (filter === 'exclude_repins') list = list.filter((p) => !p.parent_pin_id);
		if (filter === 'has_been_promoted') list = list.filter((p) => p.has_been_promoted);
		list = filterByCreativeTypes(c.query, list);
		const kind = `pins:${filter || ''}:${includeProtected}:${pinType || ''}`;
		const renderPin = (p) => render.renderPin(p, { metrics });
		return { status: 200, body: paginate(c.query, kind, list, renderPin) };
	}

	function createPin(c) {
		checkAdAccount(c.query);
		const body = requireObjectBody(c.body);
		const f = pinFieldsFromBody(body);
		const boardId = optDigits(body, 'board_id', { nullable: false });
		if (boardId === undefined) throw bad("Field 'board_id' is required.");
		const sectionId = optDigits(body, 'board_section_id');
		const dominant = optString(body, 'dominant_color');
		const parent = optDigits(body, 'parent_pin_id');
		optDigits(body, 'sponsor_id');
		validateMediaSource(body.media_source, sim.state, { realistic: realistic.on });
		getBoard(boardId);
		if (sectionId) getSection(boardId, sectionId);
		const p = insertPin({
			...f,
			board_id: boardId,
			board_section_id: sectionId || null,
			dominant_color: dominant,
			parent_pin_id: parent,
			media_source: body.media_source,
		});
		return { status: 201, body: render.renderPin(p) };
	}

	function updatePin(c) {
		checkAdAccount(c.query);
		checkPathId(c.params.pin_id, 'pin_id');
		const p = getPin(c.params.pin_id);
		const body = requireObjectBody(c.body);
		const f = pinFieldsFromBody(body);
		const boardId = optDigits(body, 'board_id', { nullable: false });
		const sectionId = optDigits(body, 'board_section_id');
		if ('carousel_slots' in body && !Array.isArray(body.carousel_slots)) {
			throw bad("Field 'carousel_slots' must be an array.");
		}
		const targetBoard = boardId || p.board_id;
		getBoard(targetBoard);
		if (sectionId) getSection(targetBoard, sectionId);
		for (const [k, v] of Object.entries(f)) if (v !== undefined) p[k] = v;
		if (boardId && boardId !== p.board_id) {
			const old = p.board_id;
			p.board_id = boardId;
			if (sectionId === undefined) p.board_section_id = null;
			touchBoard(old);
			touchBoard(boardId);
		}
		if (sectionId !== undefined) p.board_section_id = sectionId;
		if (Array.isArray(body.carousel_slots) && p._media.kind === 'carousel') {
			body.carousel_slots.forEach((slot, i) => {
				const it = p._media.items[i];
				if (!it || !slot || typeof slot !== 'object') return;
				for (const k of ['title', 'description', 'link']) if (k in slot) it[k] = slot[k];
			});
		}
		return { status: 200, body: render.renderPin(p) };
	}

	/** Saves a copy of a pin (to another board or section; by default the source pin's board). */
	function savePin(c) {
		checkAdAccount(c.query);
		const src = getPin(c.params.pin_id);
		const body = c.body === undefined ? {} : requireObjectBody(c.body);
		const boardId = optDigits(body, 'board_id');
		const sectionId = optDigits(body, 'board_section_id');
		const target = boardId || src.board_id;
		getBoard(target);
		if (sectionId) getSection(target, sectionId);
		const p = insertPin({
			board_id: target,
			board_section_id: sectionId || null,
			title: src.title,
			description: src.description,
			link: src.link,
			alt_text: src.alt_text,
			dominant_color: src.dominant_color,
			creative_type: src.creative_type,
			parent_pin_id: src.id,
			_media: JSON.parse(JSON.stringify(src._media)),
			media_source: { source_type: 'pin_url', is_standard: src.is_standard },
		});
		return { status: 201, body: render.renderPin(p) };
	}

	return {
		'pins/list': listPins,
		'pins/create': createPin,
		'pins/get': (c) => {
			checkAdAccount(c.query);
			checkPathId(c.params.pin_id, 'pin_id');
			const metrics = boolParam(c.query, 'pin_metrics', false);
			return { status: 200, body: render.renderPin(getPin(c.params.pin_id), { metrics }) };
		},
		'pins/update': updatePin,
		'pins/delete': (c) => {
			checkAdAccount(c.query);
			checkPathId(c.params.pin_id, 'pin_id');
			getPin(c.params.pin_id);
			store.deletePin(c.params.pin_id);
			return { status: 204 };
		},
		'pins/save': savePin,
	};
}

module.exports = pinRoutes;
module.exports.filterByCreativeTypes = filterByCreativeTypes;
