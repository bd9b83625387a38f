'use strict';
/*
 * Search: my pins (every word in title or description, or a list of pin ids; fixed page size 25),
 * my boards, and partner pins (generated from the term; `limit` 1..50 is the page size).
 */
const { paginate } = require('../pagination');
const { bad, checkAdAccount, intParam, single } = require('../params');
const { fnv1a } = require('../util');

/** Items whose text (of `textOf`) contains every word of the query. */
function matchingWords(list, q, textOf) {
	const words = q.toLowerCase().split(/\s+/).filter(Boolean);
	return list.filter((x) => {
		const text = textOf(x).toLowerCase();
		return words.every((w) => text.includes(w));
	});
}

module.exports = function searchRoutes(core) {
	const { opts, sim, store, render } = core;

	function partnerPins(term, cc) {
		const total = 5 + (fnv1a(`${opts.seed}|partner|${term.toLowerCase()}`) % 40);
		const items = [];
		for (let i = 0; i < total; i++) {
			const h = fnv1a(`${opts.seed}|partner|${term.toLowerCase()}|${i}`);
			const id = `${7}${String(h).padStart(10, '0')}${String(i).padStart(7, '0')}`;
			items.push({
				id,
				created_at: new Date(Date.UTC(2024, 0, 1) - i * 60000).toISOString(),
				title: `${term} idea #${i + 1}`,
				description: `A partner Pin about ${term} (${cc.toUpperCase()}).`,
				link: `https://partner.example.com/${encodeURIComponent(term)}/${i + 1}`,
				alt_text: null,
				_media: { kind: 'image', url: `/__img/${(h % 97) + 1}.jpg` },
			});
		}
		return items;
	}

	return {
		'search_user_pins/list': (c) => {
			checkAdAccount(c.query);
			const q = single(c.query, 'query');
			if (q === undefined || q.trim() === '') throw bad("Parameter 'query' is required.");
			let list = store.sorted(sim.state.pins);
			if (/^\s*\d+(\s*,\s*\d+)*\s*$/.test(q)) {
				const ids = new Set(q.split(',').map((s) => s.trim()));
				list = list.filter((p) => ids.has(p.id));
			} else {
				list = matchingWords(list, q, (p) => `${p.title || ''} ${p.description || ''}`);
			}
			const kind = `search_pins:${q.trim().toLowerCase()}`;
			const body = paginate(c.query, kind, list, (p) => render.renderPin(p), { pageSize: 25 });
			return { status: 200, body };
		},
		'search_user_boards/get': (c) => {
			checkAdAccount(c.query);
			const q = single(c.query, 'query');
			let list = store.sorted(sim.state.boards);
			if (q !== undefined && q.trim() !== '') {
				list = matchingWords(list, q, (b) => `${b.name || ''} ${b.description || ''}`);
			}
			const kind = `search_boards:${(q || '').trim().toLowerCase()}`;
			return { status: 200, body: paginate(c.query, kind, list, render.renderBoard) };
		},
		search_partner_pins: (c) => {
			const term = single(c.query, 'term');
			if (term === undefined || term.trim() === '') throw bad("Parameter 'term' is required.");
			const cc = single(c.query, 'country_code');
			if (cc === undefined || cc === '') throw bad("Parameter 'country_code' is required.");
			if (!/^[A-Za-z]{2}$/.test(cc)) {
				throw bad(
					`Parameter 'country_code' must be a two-letter ISO 3166-1 alpha-2 code (was ${cc}).`,
				);
			}
			single(c.query, 'locale');
			const limit = intParam(c.query, 'limit', { min: 1, max: 50, def: 10 });
			const items = partnerPins(term, cc);
			const renderPartner = (p) => ({
				id: p.id,
				title: p.title,
				description: p.description,
				link: p.link,
				alt_text: p.alt_text,
				media: render.renderMedia(p),
			});
			const kind = `partner:${term}:${cc}`;
			const body = paginate(c.query, kind, items, renderPartner, { pageSize: limit });
			return { status: 200, body };
		},
	};
};
