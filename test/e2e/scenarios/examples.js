'use strict';
/* e2e scenarios: the example workflows in examples/, against the demo simulator. */
const assert = require('assert/strict');
const { reqs, needOps, execOk, first, demoSimulator, loadExample } = require('./common');

function exampleScenarios() {
	return [
		{
			name: 'example workflow: publish pins from a list of image URLs',
			requires: (ctx) => needOps(ctx, 'pin:create'),
			async prepare(ctx) {
				await demoSimulator(ctx);
				return loadExample('publish-pins-from-image-urls.json');
			},
			async run(ctx) {
				const demo = ctx.demo.sim;
				demo.requests.length = 0;
				const r = await execOk(ctx, 'exPublishPinsUrls');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 3, `3 pins created, got ${out.length}`);
				const board = Object.values(demo.state.boards).find((b) => b.name === 'Weeknight Recipes');
				for (const p of out)
					assert.equal(p.board_id, board.id, 'on Weeknight Recipes (board given by URL)');
				assert.deepEqual(
					out.map((p) => p.title),
					['Lemon pasta in 15 minutes', 'Green curry for a weeknight', 'Roasted tomato soup'],
				);
				assert.equal(reqs(demo, { method: 'POST', path: '/v5/pins' }).length, 3);
			},
		},
		{
			name: "example workflow: copy a board's pins into another board",
			requires: (ctx) => needOps(ctx, 'board:getPins', 'pin:save'),
			async prepare(ctx) {
				await demoSimulator(ctx);
				return loadExample('copy-board-pins.json');
			},
			async run(ctx) {
				const demo = ctx.demo.sim;
				demo.requests.length = 0;
				const target = Object.values(demo.state.boards).find((b) => b.name === 'Home Decor');
				const before = Object.values(demo.state.pins).filter(
					(p) => p.board_id === target.id,
				).length;
				const r = await execOk(ctx, 'exCopyBoardPins');
				const out = first(r, 'Save to the target board');
				assert.equal(out.length, 5, `5 pins saved, got ${out.length}`);
				const after = Object.values(demo.state.pins).filter((p) => p.board_id === target.id).length;
				assert.equal(after - before, 5, 'the target board has 5 more pins');
				assert.equal(reqs(demo, { method: 'POST', path: /^\/v5\/pins\/\d+\/save$/ }).length, 5);
			},
		},
	];
}

module.exports = { exampleScenarios };
