'use strict';
/*
 * e2e scenario: the scheduling examples (examples/scheduled-pins-*.json) in a started n8n,
 * against the demo simulator. The queue is an n8n Data Table, and `n8n execute` cannot run Data
 * table nodes (it never initialises n8n's backend modules: "Attempted to use Data table node but the
 * module is disabled"), so this case runs `n8n start`:
 *   1. signed in as the owner, it runs the workflows as the editor's Execute workflow button does
 *      (scripts/lib/n8n-manual-run.js): the setup twice, two looks at the queue, then a helper that
 *      puts one published row back to pending and adds a row for a board that does not exist;
 *   2. the scheduled workflow published with its Schedule Trigger every 10 s: two looks by the trigger.
 * The queue's rows are read from n8n's sqlite DB, the pins from the simulator's state and request log.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const { runManually } = require('../../../scripts/lib/n8n-manual-run');
const { OWNER } = require('../icons');
const { reqs, needOps, needParams, demoSimulator, loadExample, bodyOf, uuid } = require('./common');

const SETUP = 'exScheduleQueueSetup';
const SCHEDULED = 'exScheduledPins';
const HELPER = 'e2eQueueRerunCase';
const TABLE = 'Pinterest queue';
const SETUP_TRIGGER = "When clicking 'Execute workflow'";
const SCHEDULE_TRIGGER = 'Every 15 minutes';
const DUE = [
	{ link: 'https://example.com/recipes/shakshuka', board: 'Weeknight Recipes' },
	{ link: 'https://example.com/decor/reading-corners', board: 'Home Decor' },
];
const LATER = ['https://example.com/garden/autumn-bulbs', 'https://example.com/travel/lisbon'];
const BAD_LINK = 'https://example.com/e2e/no-such-board';

const dataTableNode = (name, parameters) => ({
	id: uuid(),
	name,
	type: 'n8n-nodes-base.dataTable',
	typeVersion: 1.1,
	position: [0, 0],
	parameters: { dataTableId: { __rl: true, mode: 'name', value: TABLE }, ...parameters },
});

/**
 * Manual → the Shakshuka row back to pending without its pin ID (a run that stopped after
 * publishing, before marking the row) → one more due row, for a board the account does not have.
 */
function rerunCaseWorkflow() {
	const nodes = [
		{
			id: uuid(),
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		dataTableNode('Back to pending', {
			resource: 'row',
			operation: 'update',
			filters: { conditions: [{ keyName: 'link', condition: 'eq', keyValue: DUE[0].link }] },
			columns: {
				mappingMode: 'defineBelow',
				value: { status: 'pending', pin_id: null },
				matchingColumns: [],
				schema: [],
			},
			options: {},
		}),
		{
			id: uuid(),
			name: 'Row for a missing board',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [0, 0],
			executeOnce: true,
			parameters: {
				mode: 'raw',
				jsonOutput: `={ "title": "Pin for a board that does not exist", "image_url": "https://example.com/e2e/x.jpg", "link": "${BAD_LINK}", "board": "No Such Board", "publish_at": "{{ $now.minus({ minutes: 1 }).toISO() }}", "status": "pending" }`,
				options: {},
			},
		},
		dataTableNode('Add it', {
			resource: 'row',
			operation: 'insert',
			columns: { mappingMode: 'autoMapInputData', value: {}, matchingColumns: [], schema: [] },
			options: {},
		}),
	].map((n, i) => ({ ...n, position: [i * 220, 0] }));
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: HELPER,
		name: 'e2e scheduling: re-run case',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections,
	};
}

/** The queue's rows, from n8n's own tables (data_table, data_table_user_<id>). */
async function queueRows(n8n) {
	const tables = await n8n.query('SELECT id FROM data_table WHERE name = ?', [TABLE]);
	assert.equal(tables.length, 1, `one data table named "${TABLE}": ${JSON.stringify(tables)}`);
	assert.match(tables[0].id, /^[A-Za-z0-9]+$/);
	return n8n.query(`SELECT * FROM data_table_user_${tables[0].id} ORDER BY id`);
}

async function runOk(ctx, headers, id, trigger) {
	const r = await runManually(ctx.n8n, headers, id, trigger);
	if (r.status !== 'success')
		throw new Error(
			`${id} ended ${r.status}: ${r.error || ''} ${r.errorDescription || ''} ${JSON.stringify(r.nodeErrors)}`,
		);
	return r;
}

const out = (r, node) => (r.nodes[node] && r.nodes[node][0]) || [];

function schedulingScenarios() {
	return [
		{
			name: 'example workflow: scheduled pins from a Data Table queue (n8n start, then published): due rows pinned once on their boards, later rows wait, rows marked done, re-runs add nothing',
			requires(ctx) {
				const missing =
					needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'board', 'options');
				if (missing) return missing;
				const dt = path.join(ctx.n8nModules, 'n8n-nodes-base/dist/nodes/DataTable');
				return fs.existsSync(dt) ? undefined : `this n8n has no Data table node (${dt})`;
			},
			async prepare(ctx) {
				await demoSimulator(ctx);
				// every 10 s instead of every 15 minutes, for the published part; a manual run ignores it
				const scheduled = loadExample('scheduled-pins-from-a-data-table.json');
				const trigger = scheduled.nodes.find((n) => n.name === SCHEDULE_TRIGGER);
				trigger.parameters.rule.interval = [{ field: 'seconds', secondsInterval: 10 }];
				return [loadExample('scheduled-pins-setup-queue.json'), scheduled, rerunCaseWorkflow()];
			},
			async run(ctx) {
				const { n8n } = ctx;
				const demo = ctx.demo.sim;
				const boardId = (name) => Object.values(demo.state.boards).find((b) => b.name === name).id;
				const pinsWith = (link) => Object.values(demo.state.pins).filter((p) => p.link === link);
				const posts = () => reqs(demo, { method: 'POST', path: '/v5/pins' });
				await n8n.start({ timeoutMs: 120000, maxRunMs: 10 * 60000 });
				try {
					const { headers } = await n8n.signIn(OWNER);

					// the setup example, twice: one table, four rows
					await runOk(ctx, headers, SETUP, SETUP_TRIGGER);
					const again = await runOk(ctx, headers, SETUP, SETUP_TRIGGER);
					assert.equal(out(again, 'Add to the queue').length, 0, 'a second setup adds no rows');
					let rows = await queueRows(n8n);
					assert.deepEqual(
						rows.map((r) => [r.link, r.status]),
						[...DUE.map((d) => [d.link, 'pending']), ...LATER.map((l) => [l, 'pending'])],
					);

					// 1st look: the two due rows become pins on their boards, the later two wait
					demo.requests.length = 0;
					const first = await runOk(ctx, headers, SCHEDULED, SCHEDULE_TRIGGER);
					assert.equal(out(first, 'Due pending rows').length, 2, 'two rows are due');
					assert.equal(posts().length, 2, `two creates, saw ${posts().length}`);
					rows = await queueRows(n8n);
					for (const d of DUE) {
						const pins = pinsWith(d.link);
						assert.equal(pins.length, 1, `one pin for ${d.link}, got ${pins.length}`);
						assert.equal(pins[0].board_id, boardId(d.board), `${d.link} on "${d.board}"`);
						const row = rows.find((r) => r.link === d.link);
						assert.deepEqual([row.status, row.pin_id], ['done', pins[0].id], `row ${d.link}`);
					}
					assert.deepEqual(
						out(first, 'Due pending rows').map((r) => r.link),
						DUE.map((d) => d.link),
						'oldest publish_at first',
					);
					// the creates run side by side (Max Parallel Requests), so their order is not fixed
					assert.deepEqual(
						posts()
							.map((p) => bodyOf(p).board_id)
							.sort(),
						DUE.map((d) => boardId(d.board)).sort(),
						'each create on the board named in its row',
					);
					for (const link of LATER) {
						assert.equal(pinsWith(link).length, 0, `${link} is not due and was not published`);
						const row = rows.find((r) => r.link === link);
						assert.deepEqual([row.status, row.pin_id], ['pending', null], `row ${link}`);
					}

					// 2nd look: nothing is due, so nothing reaches Pinterest
					demo.requests.length = 0;
					const second = await runOk(ctx, headers, SCHEDULED, SCHEDULE_TRIGGER);
					assert.equal(out(second, 'Due pending rows').length, 0, 'no rows due');
					assert.equal(demo.requests.length, 0, 'no request to Pinterest on an idle look');

					// a row back to pending (as if a run stopped before marking it), and a bad row
					await runOk(ctx, headers, HELPER, 'Manual');
				} finally {
					await n8n.stop();
				}

				// published: the next two looks come from the Schedule Trigger itself
				const pinId = pinsWith(DUE[0].link)[0].id;
				await n8n.publish(SCHEDULED);
				demo.requests.length = 0;
				let looks;
				await n8n.start({ timeoutMs: 120000, maxRunMs: 10 * 60000 });
				try {
					looks = await n8n.waitForExecutions({
						workflowId: SCHEDULED,
						count: 2,
						mode: 'trigger',
						timeoutMs: 90000,
					});
				} finally {
					await n8n.stop();
					await n8n.cliOk(['unpublish:workflow', `--id=${SCHEDULED}`]);
				}
				const [third, fourth] = looks;
				for (const e of [third, fourth])
					assert.equal(
						e.status,
						'success',
						`trigger execution ${e.id}: ${e.status} ${e.error || ''}`,
					);
				assert.equal(out(third, 'Due pending rows').length, 2, 'the reset row and the bad row');
				assert.equal(posts().length, 0, 'Skip If Already Pinned: no create for a pinned link');
				assert.deepEqual(
					out(third, 'Create pin').map((p) => [p.id, p.skipped]),
					[[pinId, true]],
					'the existing pin, marked skipped',
				);
				assert.equal(out(fourth, 'Due pending rows').length, 0, 'the next look finds nothing due');
				assert.equal(pinsWith(DUE[0].link).length, 1, 'still one pin for the link');
				assert.equal(pinsWith(BAD_LINK).length, 0);
				const rows = await queueRows(n8n);
				const redone = rows.find((r) => r.link === DUE[0].link);
				assert.deepEqual([redone.status, redone.pin_id], ['done', pinId]);
				const bad = rows.find((r) => r.link === BAD_LINK);
				assert.equal(bad.status, 'failed', 'the row for a missing board is marked failed');
				assert.match(bad.error, /No board named "No Such Board"/);
				assert.deepEqual(
					rows.filter((r) => r.status === 'pending').map((r) => r.link),
					LATER,
					'only the rows still to come are pending',
				);
			},
		},
	];
}

module.exports = { schedulingScenarios };
