'use strict';
/* e2e scenarios: boards (create, get pins with Return All and a limit). */
const assert = require('assert/strict');
const {
	CREDS,
	chain,
	pinterestNode,
	byId,
	reqs,
	authOf,
	logSummary,
	needOps,
	needParams,
	execOk,
	bodyOf,
	first,
} = require('./common');

function boardScenarios() {
	return [
		{
			name: 'board: create (access token)',
			requires: (ctx) => needOps(ctx, 'board:create') || needParams(ctx, 'board', 'create', 'name'),
			prepare: () =>
				chain('e2eBoardCreate01', 'e2e board create', [
					pinterestNode('Create board', {
						resource: 'board',
						operation: 'create',
						name: 'E2E board',
						additionalFields: { description: 'made by e2e', privacy: 'SECRET' },
					}),
				]),
			async run(ctx) {
				const r = await execOk(ctx, 'e2eBoardCreate01');
				const out = first(r, 'Create board');
				assert.equal(out.length, 1, `one output item, got ${JSON.stringify(out)}`);
				assert.equal(out[0].name, 'E2E board');
				assert.equal(out[0].privacy, 'SECRET');
				assert.ok(out[0].id, 'board has an id');
				assert.ok(ctx.sim.getBoardView(out[0].id), 'the board exists in the simulator');
				const posts = reqs(ctx.sim, { method: 'POST', path: /\/boards$/ });
				assert.equal(posts.length, 1, `one POST /boards, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(authOf(posts[0]), `Bearer ${CREDS.accessToken}`);
				assert.deepEqual(bodyOf(posts[0]), {
					name: 'E2E board',
					description: 'made by e2e',
					privacy: 'SECRET',
				});
			},
		},
		{
			name: 'board: get pins, Return All across pages (260 pins -> 2 requests)',
			requires: (ctx) =>
				needOps(ctx, 'board:getPins') || needParams(ctx, 'board', 'getPins', 'board', 'returnAll'),
			prepare(ctx) {
				const board = ctx.sim.addBoard({ name: 'E2E big board' });
				for (let i = 0; i < 260; i++)
					ctx.sim.addPin({ board_id: board.id, title: `Bulk pin ${i + 1}` });
				ctx.bigBoard = board;
				return [
					chain('e2eBoardPinsAll1', 'e2e board pins return all', [
						pinterestNode('Board pins', {
							resource: 'board',
							operation: 'getPins',
							board: byId(board.id),
							returnAll: true,
						}),
					]),
					chain('e2eBoardPinsLim1', 'e2e board pins limit 30', [
						pinterestNode('Board pins', {
							resource: 'board',
							operation: 'getPins',
							board: byId(board.id),
							returnAll: false,
							limit: 30,
						}),
					]),
				];
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2eBoardPinsAll1');
				const out = first(r, 'Board pins');
				assert.equal(out.length, 260, `260 items, got ${out.length}`);
				assert.equal(new Set(out.map((p) => p.id)).size, 260, 'no duplicates');
				const gets = reqs(ctx.sim, { method: 'GET', path: `/v5/boards/${ctx.bigBoard.id}/pins` });
				assert.equal(gets.length, 2, `2 page requests, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(String(gets[0].query.page_size), '250');
				assert.ok(!gets[0].query.bookmark, 'first page without bookmark');
				assert.ok(gets[1].query.bookmark, 'second page with the bookmark');
				// Limit: one request asking for exactly 30
				ctx.sim.requests.length = 0;
				const r2 = await execOk(ctx, 'e2eBoardPinsLim1');
				assert.equal(first(r2, 'Board pins').length, 30);
				const gets2 = reqs(ctx.sim, { method: 'GET', path: `/v5/boards/${ctx.bigBoard.id}/pins` });
				assert.equal(gets2.length, 1, `1 request for limit 30, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(String(gets2[0].query.page_size), '30');
			},
		},
	];
}

module.exports = { boardScenarios };
