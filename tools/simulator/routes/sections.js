'use strict';
// Board sections: list, create, update, delete (with its pins), and a section's pins.
const { paginate } = require('../pagination');
const { bad, checkAdAccount, checkPathId, requireObjectBody } = require('../params');
const { cmpNewestFirst } = require('../util');

module.exports = function sectionRoutes(core) {
	const { sim, store, render } = core;

	/** Checks the board of the path (ad_account_id, id format, existence). */
	function pathBoard(c) {
		checkAdAccount(c.query);
		checkPathId(c.params.board_id, 'board_id');
	}
	/** The section of the path, checked like its board. */
	function pathSection(c) {
		pathBoard(c);
		checkPathId(c.params.section_id, 'section_id');
		store.getBoard(c.params.board_id);
		return store.getSection(c.params.board_id, c.params.section_id);
	}
	function sectionName(body) {
		if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 180) {
			throw bad("Field 'name' is required and must be a string of 1 to 180 characters.");
		}
		return body.name;
	}

	return {
		'board_sections/list': (c) => {
			pathBoard(c);
			store.getBoard(c.params.board_id);
			const list = Object.values(sim.state.sections)
				.filter((s) => s.board_id === c.params.board_id)
				.sort(cmpNewestFirst);
			const kind = `sections:${c.params.board_id}`;
			return { status: 200, body: paginate(c.query, kind, list, render.renderSection) };
		},
		'board_sections/create': (c) => {
			pathBoard(c);
			store.getBoard(c.params.board_id);
			const name = sectionName(requireObjectBody(c.body));
			const s = store.insertSection(c.params.board_id, { name });
			return { status: 201, body: render.renderSection(s) };
		},
		'board_sections/update': (c) => {
			const s = pathSection(c);
			s.name = sectionName(requireObjectBody(c.body));
			return { status: 200, body: render.renderSection(s) };
		},
		'board_sections/delete': (c) => {
			pathSection(c);
			store.deleteSection(c.params.section_id);
			return { status: 204 };
		},
		'board_sections/list_pins': (c) => {
			pathSection(c);
			const list = store
				.pinsOfBoard(c.params.board_id)
				.filter((p) => p.board_section_id === c.params.section_id);
			const kind = `section_pins:${c.params.section_id}`;
			return { status: 200, body: paginate(c.query, kind, list, (p) => render.renderPin(p)) };
		},
	};
};
