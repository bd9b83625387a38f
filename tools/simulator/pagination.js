'use strict';
/*
 * The one paginator of the simulator, for the core lists and for the ads extension.
 *
 * A bookmark is an opaque base64url cursor: the list's kind plus the sort key of the last item of
 * the page. The next page starts at the first item that comes after that key in the list's order,
 * so a bookmark stays valid when items are added or removed between pages. Unknown, garbled or
 * other-list bookmarks answer 400 code 1; an empty `bookmark=` counts as absent; `page_size` is
 * 1..250 (default 25).
 *
 * An order says how a list is sorted: keyOf(item) is the key a bookmark keeps, isKey(key) checks a
 * decoded one, after(item, key) is true when item comes after the key.
 */
const { bad, intParam, single } = require('./params');
const { cmpId, cmpNewestFirst } = require('./util');

/** Newest first (created_at, then id): the order of every core list. */
const NEWEST_FIRST = {
	keyOf: (item) => ({ c: item.created_at, i: item.id }),
	isKey: (key) => typeof key.c === 'string' && typeof key.i === 'string',
	after: (item, key) => cmpNewestFirst(item, { created_at: key.c, id: key.i }) > 0,
};

/** Case-insensitive A→Z by name, then id: the recorded order of GET /boards (realistic.js). */
const cmpName = (a, b) => {
	const x = a.name.toLowerCase();
	const y = b.name.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return cmpId(a.id, b.id);
};
const BY_NAME = {
	keyOf: (item) => ({ n: item.name, i: item.id }),
	isKey: (key) => typeof key.n === 'string' && typeof key.i === 'string',
	after: (item, key) => cmpName(item, { name: key.n, id: key.i }) > 0,
	compare: cmpName,
};

/** Last saved to first (board_pins_modified_at desc, then id desc). */
const cmpLastSaved = (a, b) => {
	if (a.board_pins_modified_at !== b.board_pins_modified_at) {
		return a.board_pins_modified_at < b.board_pins_modified_at ? 1 : -1;
	}
	return -cmpId(a.id, b.id);
};
const LAST_SAVED = {
	keyOf: (item) => ({ m: item.board_pins_modified_at, i: item.id }),
	isKey: (key) => typeof key.m === 'string' && typeof key.i === 'string',
	after: (item, key) => cmpLastSaved(item, { board_pins_modified_at: key.m, id: key.i }) > 0,
	compare: cmpLastSaved,
};

/** By hand: each board's `_rank` ascending (sim.arrangeBoards sets them; a new board comes first). */
const cmpRank = (a, b) => (a._rank !== b._rank ? a._rank - b._rank : cmpId(a.id, b.id));
const BY_RANK = {
	keyOf: (item) => ({ r: item._rank, i: item.id }),
	isKey: (key) => typeof key.r === 'number' && typeof key.i === 'string',
	after: (item, key) => cmpRank(item, { _rank: key.r, id: key.i }) > 0,
	compare: cmpRank,
};

/**
 * The order of an append-only array (the ads collections), ascending or descending: the key is the
 * item's position in that array, which stays put while items are only ever appended.
 */
function arrayOrder(array, { descending = false } = {}) {
	const positions = new Map(array.map((item, i) => [item, i]));
	const pos = (item) => positions.get(item);
	return {
		keyOf: (item) => ({ n: pos(item) }),
		isKey: (key) => Number.isInteger(key.n) && key.n >= 0,
		after: (item, key) => (descending ? pos(item) < key.n : pos(item) > key.n),
	};
}

function encodeBookmark(kind, order, item) {
	return Buffer.from(JSON.stringify({ k: kind, ...order.keyOf(item) })).toString('base64url');
}

function decodeBookmark(kind, order, raw) {
	let obj;
	try {
		// base64url, or the padded standard base64 the realistic mode hands out (realistic.js).
		if (!/^[A-Za-z0-9_-]+$/.test(raw) && !/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) {
			throw new Error('chars');
		}
		obj = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
	} catch (e) {
		throw bad(`Invalid bookmark '${raw}'.`);
	}
	if (!obj || typeof obj !== 'object' || !order.isKey(obj) || obj.k !== kind) {
		throw bad(`Invalid bookmark '${raw}' for this list.`);
	}
	return obj;
}

/**
 * One page of `items` (already in list order) as { items, bookmark }. `kind` names the list (a
 * bookmark of another list is refused); `pageSize` fixes the size instead of reading `page_size`.
 */
function paginate(query, kind, items, render, { pageSize, order = NEWEST_FIRST } = {}) {
	const size =
		pageSize !== undefined ? pageSize : intParam(query, 'page_size', { min: 1, max: 250, def: 25 });
	const bm = single(query, 'bookmark');
	let start = 0;
	if (bm !== undefined && bm !== '') {
		const key = decodeBookmark(kind, order, bm);
		start = items.findIndex((it) => order.after(it, key));
		if (start < 0) start = items.length;
	}
	const page = items.slice(start, start + size);
	const more = start + size < items.length;
	const result = {
		items: page.map(render),
		bookmark: more && page.length ? encodeBookmark(kind, order, page[page.length - 1]) : null,
	};
	// The bookmark a last page would carry (it gives an empty page): the realistic mode hands it out
	// where the live API does (realistic.js). Not enumerable, so it is never sent by itself.
	if (!more && page.length) {
		Object.defineProperty(result, 'tailBookmark', {
			value: encodeBookmark(kind, order, page[page.length - 1]),
		});
	}
	return result;
}

module.exports = { paginate, NEWEST_FIRST, BY_NAME, BY_RANK, LAST_SAVED, arrayOrder };
