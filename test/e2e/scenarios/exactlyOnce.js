'use strict';
/*
 * e2e scenario: exactly-once publishing in real n8n. 40 pins from a Set → Split Out list, while
 * the simulator applies a third of the writes and then answers 500 or drops the connection; then
 * the same list again with Skip If Already Pinned.
 */
const assert = require('assert/strict');
const {
	chain,
	pinterestNode,
	byId,
	reqs,
	logSummary,
	needOps,
	needParams,
	execOk,
	first,
	uuid,
} = require('./common');

const ROWS = Array.from({ length: 40 }, (_, i) => ({
	title: `E2E once ${i}`,
	imageUrl: `https://example.com/e2e/once/${i}.jpg`,
	link: `https://example.com/products/${i}?utm_source=e2e`,
}));

function batch(id, name, boardId, options) {
	return chain(id, name, [
		{
			name: 'Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows: ROWS }), options: {} },
		},
		{
			name: 'One item per row',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
		pinterestNode('Create pins', {
			resource: 'pin',
			operation: 'create',
			board: byId(boardId),
			mediaSource: 'imageUrl',
			imageUrl: '={{ $json.imageUrl }}',
			title: '={{ $json.title }}',
			additionalFields: { link: '={{ $json.link }}' },
			options,
		}),
	]);
}

function exactlyOnceScenarios() {
	return [
		{
			name: 'pin: 40 creates under applied-then-failed writes -> 40 pins once; again with Skip If Already Pinned -> 0 new',
			requires: (ctx) => needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'options'),
			prepare(ctx) {
				ctx.onceBoard = ctx.sim.addBoard({ name: `E2E exactly once ${uuid().slice(0, 8)}` });
				return [
					batch('e2eExactlyOnce01', 'e2e exactly once', ctx.onceBoard.id, {}),
					batch('e2eExactlyOnce02', 'e2e exactly once, re-run', ctx.onceBoard.id, {
						skipIfAlreadyPinned: true,
					}),
				];
			},
			async run(ctx) {
				const board = ctx.onceBoard;
				const pinsOnBoard = () =>
					Object.values(ctx.sim.state.pins).filter((p) => p.board_id === board.id);
				ctx.sim.setFaults({
					rate500AfterWrite: 0.2,
					rateDropAfterWrite: 0.15,
					retryAfterSeconds: 0,
				});
				let r;
				try {
					r = await execOk(ctx, 'e2eExactlyOnce01');
				} finally {
					ctx.sim.setFaults({});
				}
				const out = first(r, 'Create pins');
				assert.equal(out.length, ROWS.length, 'one output item per row');
				const pins = pinsOnBoard();
				const titles = pins.map((p) => p.title).sort();
				assert.deepEqual(titles, ROWS.map((row) => row.title).sort(), 'each row one pin');
				const recovered = out.filter((item) => item.recovered === true).length;
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.ok(
					posts.some((p) => p.status === 500) && posts.some((p) => p.status === 0),
					`the faults happened, saw:\n${logSummary(ctx.sim)}`,
				);
				assert.equal(
					recovered,
					posts.filter((p) => p.status !== 201).length,
					'every fault recovered',
				);
				assert.deepEqual(
					new Set(out.map((item) => item.id)),
					new Set(pins.map((p) => p.id)),
					'outputs name the pins',
				);

				const before = ctx.sim.requests.length;
				const again = first(await execOk(ctx, 'e2eExactlyOnce02'), 'Create pins');
				const rerun = ctx.sim.requests.slice(before);
				assert.equal(again.filter((item) => item.skipped === true).length, ROWS.length);
				assert.equal(pinsOnBoard().length, ROWS.length, 'no new pin');
				assert.equal(rerun.filter((q) => q.method === 'POST').length, 0, 'nothing sent');
				assert.equal(
					rerun.filter((q) => q.path === `/v5/boards/${board.id}/pins`).length,
					1,
					'one read of the board',
				);
			},
		},
	];
}

module.exports = { exactlyOnceScenarios };
