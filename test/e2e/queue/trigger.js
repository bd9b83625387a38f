'use strict';
/*
 * Queue case 3: the Pinterest Trigger, active on main. In queue mode main runs the polls (and
 * keeps the watermark in the workflow's static data, in Postgres); each poll that finds new pins
 * becomes an execution that a worker runs. New pins added while main runs, and while it is
 * restarted, must each arrive in exactly one execution, run by a worker.
 *
 * What n8n 2.41 does (read in its source): only the leader main registers pollers. Activating a
 * poller runs one poll at once and awaits it, then registers the cron on main
 * (ActiveWorkflowTriggers.activatePollTrigger; the durable scheduler, N8N_SCHEDULER_ENABLED, is
 * off by default). With the workflow publication service (on by default in 2.41) that activation
 * happens after main is up: its start-up reconciliation and publication outbox apply the
 * published workflows asynchronously, seconds after /healthz and the "Editor is now accessible"
 * line. So "main polled at activation" holds once n8n reports the trigger active, which is what
 * cluster.startMain waits for (scripts/lib/n8n-ready.js); a check made right after /healthz could
 * run before the activation. Every start activates again, so after the restart the activation
 * poll is the one that picks up the pins added while main was down.
 */
const assert = require('assert/strict');
const { sleep } = require('../../../scripts/lib/n8n-cli');
const { TRIGGER_TYPE, uuid, byId } = require('../scenarios/common');
const { credRef, executionsOf, executionWorkers, runDataOf } = require('./common');

const WF = 'qTrigger01';
// n8n 2.41 refuses sub-minute poll times: one poll a minute, plus one at activation.
const POLL_WAIT_MS = 150000;

function triggerWorkflow(boardId) {
	const nodes = [
		{
			name: 'Pinterest Trigger',
			type: TRIGGER_TYPE,
			typeVersion: 1,
			parameters: {
				authentication: 'accessToken',
				event: 'newPin',
				pinSource: 'board',
				board: byId(boardId),
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				options: {},
			},
			credentials: credRef('accessToken'),
		},
		{ name: 'NoOp', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} },
	].map((n, i) => ({ id: uuid(), position: [i * 220, 0], ...n }));
	return {
		id: WF,
		name: 'queue trigger: new pin on a board',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: { 'Pinterest Trigger': { main: [[{ node: 'NoOp', type: 'main', index: 0 }]] } },
	};
}

/** Pin ids emitted by every ended trigger execution: Map pinId -> [executionId, ...]. */
async function emitted(env) {
	const out = new Map();
	const execs = (await executionsOf(env.infra.pg, WF)).filter((e) => e.status === 'success');
	for (const e of execs) {
		const run = await runDataOf(env.infra.pg, env.n8nModules, e.id);
		const items =
			(run && run.nodes['Pinterest Trigger'] && run.nodes['Pinterest Trigger'][0]) || [];
		for (const item of items) {
			if (!out.has(item.id)) out.set(item.id, []);
			out.get(item.id).push(e.id);
		}
	}
	return { out, execs };
}

async function waitForPins(env, ids, what) {
	const t0 = Date.now();
	while (Date.now() - t0 < POLL_WAIT_MS) {
		const got = await emitted(env);
		if (ids.every((id) => got.out.has(id))) return got;
		await sleep(2000);
	}
	throw new Error(`${what}: not all of ${ids.join(', ')} arrived within ${POLL_WAIT_MS / 1000}s`);
}

function triggerCase() {
	const ctx = {};
	return {
		name: 'Pinterest Trigger on main: new pins (also across a restart of main) arrive once each, run by workers',
		prepare({ sim }) {
			ctx.board = sim.addBoard({ name: 'queue trigger board' });
			ctx.old = sim.addPin({ board_id: ctx.board.id, title: 'before activation' });
			return [triggerWorkflow(ctx.board.id)];
		},
		publish: [WF],
		async run(env) {
			const { sim, cluster, infra } = env;
			const polls = () =>
				sim.requests.filter(
					(r) => r.method === 'GET' && r.path === `/v5/boards/${ctx.board.id}/pins`,
				);
			// startMain returned only once n8n reported the trigger active: its first poll is done
			assert.ok(polls().length >= 1, 'main polled at activation');
			assert.equal((await executionsOf(infra.pg, WF)).length, 0, 'the first poll emits nothing');
			const a = [1, 2].map(
				(n) => sim.addPin({ board_id: ctx.board.id, title: `while up ${n}` }).id,
			);
			await waitForPins(env, a, 'pins added while main runs');

			const tRestart = Date.now();
			await cluster.main.stop();
			const b = [1, 2].map(
				(n) => sim.addPin({ board_id: ctx.board.id, title: `while down ${n}` }).id,
			);
			await cluster.startMain();
			const restartMs = Date.now() - tRestart;
			const { out, execs } = await waitForPins(env, b, 'pins added while main was down');

			const twice = [...out].filter(([, ex]) => ex.length > 1);
			assert.deepEqual(twice, [], 'no pin in two executions');
			assert.deepEqual([...out.keys()].sort(), [...a, ...b].sort(), 'only the new pins, each once');
			assert.ok(!out.has(ctx.old.id), 'the pin from before activation never arrives');
			const workers = executionWorkers(cluster);
			for (const e of execs) {
				const w = workers.get(e.id);
				assert.ok(w && w.length === 1, `trigger execution ${e.id} ran on a worker (${w})`);
				assert.equal(e.mode, 'trigger');
			}
			return `${execs.length} trigger executions on workers ${[...new Set(execs.map((e) => workers.get(e.id)[0] + 1))].join('+')}; 4 pins once each; main restart ${(restartMs / 1000).toFixed(0)} s; ${polls().length} polls`;
		},
	};
}

module.exports = { triggerCase };
