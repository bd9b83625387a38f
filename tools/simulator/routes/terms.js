'use strict';
/*
 * Keyword ideas (tag `terms`): related terms (GET /terms/related) and suggested terms
 * (GET /terms/suggested). Nothing is stored: the answers are built from the terms asked for and
 * the seed, so the same question gets the same answer. Related terms pair each input term with
 * qualifiers ("yoga workout", "workout motivation"); suggested terms are popular searches that
 * begin with the input term, as Pinterest's description says ('sport' → 'sports bar').
 */
const { bad, intParam, single } = require('../params');
const { fnv1a } = require('../util');

const BEFORE = ['easy', 'summer', 'aesthetic', 'cozy', 'diy', 'minimalist', 'vintage', 'yoga'];
const AFTER = ['ideas', 'inspiration', 'outfit', 'motivation', 'aesthetic', 'for beginners'];
// Word endings that turn a term into a longer popular search ('sport' → 'sports', 'sportswear').
const ENDINGS = ['s', 's bar', 'swear', ' ideas', ' aesthetic', ' outfit', ' quotes', ' for kids'];
const MAX_TERM_LENGTH = 100;

module.exports = function termRoutes(core) {
	const { opts } = core;

	function relatedTerms(c) {
		const raw = c.query.terms;
		if (raw === undefined || raw === '') throw bad("Parameter 'terms' is required.");
		const terms = [].concat(raw).map((term) => String(term).trim());
		if (terms.some((term) => term === '' || term.length > MAX_TERM_LENGTH)) {
			throw bad('Invalid terms related parameters.');
		}
		const related_terms_list = terms.map((term) => {
			const lower = term.toLowerCase();
			const h = fnv1a(`${opts.seed}|related|${lower}`);
			const count = 3 + (h % 5);
			const candidates = [
				...BEFORE.map((word) => `${word} ${lower}`),
				...AFTER.map((word) => `${lower} ${word}`),
			].filter((candidate) => candidate !== lower);
			const related_terms = candidates
				.map((candidate) => ({ candidate, score: fnv1a(`${h}|${candidate}`) }))
				.sort((a, b) => b.score - a.score)
				.slice(0, count)
				.map(({ candidate }) => candidate);
			return { term, related_terms };
		});
		const related_term_count = related_terms_list.reduce(
			(sum, entry) => sum + entry.related_terms.length,
			0,
		);
		return { status: 200, body: { id: terms[0], related_term_count, related_terms_list } };
	}

	function suggestedTerms(c) {
		const term = single(c.query, 'term');
		if (term === undefined || String(term).trim() === '') {
			throw bad("Parameter 'term' is required.");
		}
		const limit = intParam(c.query, 'limit', { min: 1, max: 10, def: 4 });
		const lower = String(term).trim().toLowerCase();
		const body = ENDINGS.map((ending) => `${lower}${ending}`)
			.map((suggestion) => ({ suggestion, score: fnv1a(`${opts.seed}|suggest|${suggestion}`) }))
			.sort((a, b) => b.score - a.score)
			.slice(0, limit)
			.map(({ suggestion }) => suggestion);
		return { status: 200, body };
	}

	return {
		'terms_related/list': relatedTerms,
		'terms_suggested/list': suggestedTerms,
	};
};
