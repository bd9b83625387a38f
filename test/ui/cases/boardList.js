'use strict';
/*
 * Resource-locator lists as users meet them: the board "From list" shows the account's boards, typing
 * filters them, the picked board runs with Execute step; the section list follows the chosen board.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');

const BOARDS = ['Weeknight Recipes', 'Travel Ideas', 'Home Decor', 'Gift Plans', 'Garden Projects'];

async function boardPins(ctx) {
	const { page } = ctx;
	await E.openWorkflow(page, ctx, IDS.panel);
	await E.openNode(page, 'Pinterest');
	const all = await E.locatorList(page, 'board');
	assert.deepEqual([...all].sort(), [...BOARDS].sort(), 'the list shows the simulator boards');
	await ctx.shot('board list');
	const filtered = await E.locatorList(page, 'board', 'trav');
	assert.deepEqual(filtered, ['Travel Ideas'], 'typing "trav" leaves one board');
	await E.pickListItem(page, 'Travel Ideas');
	await E.executeStep(page);
	const rows = await E.outputRows(page);
	const expected = pinCount(ctx, 'Travel Ideas');
	assert.equal(rows.length, expected, `one row per pin of the board, saw ${rows.length}`);
	assert.ok(
		rows.some((r) => /Beach idea 1/.test(r)),
		`the board's pins in the output, saw: ${rows[0]}`,
	);
	await ctx.shot('board pins output');
	const issues = await E.ndvIssues(page);
	assert.deepEqual(issues, [], 'no issue left on the panel');
}

function pinCount(ctx, boardName) {
	const i = BOARDS.indexOf(boardName);
	const board = ctx.sim.getBoardView(ctx.demo.boards[i]);
	return board.pin_count;
}

async function sectionsFollowBoard(ctx) {
	const { page } = ctx;
	await E.openWorkflow(page, ctx, IDS.sections);
	await E.openNode(page, 'Section pins');
	await E.locatorList(page, 'board', 'Travel');
	await E.pickListItem(page, 'Travel Ideas');
	const sections = await E.locatorList(page, 'section');
	assert.deepEqual(sections.sort(), ['Asia', 'Europe'], 'the sections of Travel Ideas only');
	await ctx.shot('sections of Travel Ideas');
	await E.locatorList(page, 'board', 'Home');
	await E.pickListItem(page, 'Home Decor');
	const none = await E.locatorList(page, 'section');
	assert.deepEqual(none, [], `Home Decor has no sections, saw: ${none.join(', ')}`);
}

const cases = [
	{ name: 'board list: shows, filters, picks; Execute step shows the pins', run: boardPins },
	{ name: 'section list: only the chosen board’s sections', run: sectionsFollowBoard },
];

module.exports = { cases };
