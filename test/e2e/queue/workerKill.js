'use strict';
/*
 * Queue case 2: the worker running a 500-item Pin Create is SIGKILLed half-way.
 *
 * What n8n 2.41 does (packages/cli/src/scaling, workflow-runner): the job's Bull lock is no longer
 * renewed; the other worker's stalled check finds it after QUEUE_WORKER_LOCK_DURATION (+ up to the
 * stalled interval). n8n sets maxStalledCount: 0, so Bull fails the job instead of re-queueing it:
 * there is no second, automatic run of a half-done execution. Main gets the failure
 * (MaxStalledCountError), waits a little for a final status, then stores the execution as "error"
 * ("This execution failed to be processed too many times...") with empty run data, overwriting
 * whatever progress the worker had saved. (Had main missed it, its queue recovery,
 * N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL, would mark it "crashed".) Executions -> Retry
 * (POST /rest/executions/:id/retry) then has nothing to resume: it ends at once with the same
 * error. What works is running the same input again (here: the same webhook call), with the
 * node's Skip If Already Pinned (one read of the board, match by link): it returns the pins the
 * killed run made, so each row ends up with exactly one pin.
 */
const assert = require('assert/strict');
const { httpJson, sleep, killGroup } = require('../../../scripts/lib/n8n-cli');
const { startWorker } = require('./cluster');
const {
	SIZE,
	fanoutWorkflow,
	callWebhook,
	executionsOf,
	waitForEnded,
	executionWorkers,
	pinsOn,
	twinsAndMissing,
} = require('./common');

const WF = 'qWorkerKill01';
const OWNER = {
	email: 'owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'Queue-e2e-1',
};

/** POST /rest/executions/:id/retry as the owner; resolves with the retry execution once it ended. */
async function retryByApi(cluster, infra, id) {
	const { headers } = await cluster.main.signIn(OWNER);
	const url = `${cluster.main.server.url}/rest/executions/${id}/retry`;
	const r = await httpJson('POST', url, { loadWorkflow: false }, { headers, timeoutMs: 600000 });
	assert.ok(r.status === 200, `retry answered ${r.status}: ${(r.text || '').slice(0, 300)}`);
	return await until(
		'the retry to end',
		async () => {
			const x = (await executionsOf(infra.pg, WF)).find((e) => e.retryOf === id);
			return x && ['success', 'error', 'crashed'].includes(x.status) ? x : undefined;
		},
		600000,
	);
}

async function until(what, fn, timeoutMs) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const v = await fn();
		if (v) return v;
		await sleep(500);
	}
	throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

function workerKillCase() {
	const items = SIZE.killItems;
	const ctx = {};
	return {
		name: `worker SIGKILLed during a ${items}-item create -> n8n fails it (no re-run); retry ends at once; re-run -> ${items} pins, none twice, none lost`,
		prepare({ sim }) {
			ctx.board = sim.addBoard({ name: 'queue worker kill' });
			return [
				fanoutWorkflow(WF, {
					webhookPath: 'q-kill',
					boardId: ctx.board.id,
					items,
					options: { skipIfAlreadyPinned: true },
				}),
			];
		},
		publish: [WF],
		async run({ cluster, infra, sim }) {
			const notes = [];
			const t0 = Date.now();
			await callWebhook(cluster, 'q-kill', 1);
			const exec = await until(
				'the execution',
				async () => (await executionsOf(infra.pg, WF))[0],
				60000,
			);
			const ran = await until(
				'a worker to start it',
				() => executionWorkers(cluster).get(exec.id),
				60000,
			);
			const victim = ran[0];
			await until(
				'a third of the pins',
				() => pinsOn(sim, ctx.board.id).length >= Math.floor(items / 3),
				180000,
			);
			killGroup(cluster.started[victim].child, 'SIGKILL');
			const atKill = pinsOn(sim, ctx.board.id).length;
			notes.push(`worker ${victim + 1} killed after ${atKill}/${items} pins`);
			await sleep(3000);
			const afterKill = pinsOn(sim, ctx.board.id).length;

			// What n8n does with it: wait for a final status (or a second pickup, which 2.41 does not do).
			const tKill = Date.now();
			const ended = await until(
				'n8n to settle the execution',
				async () => {
					const e = (await executionsOf(infra.pg, WF)).find((x) => x.id === exec.id);
					return e && e.status !== 'running' && e.status !== 'new' ? e : undefined;
				},
				240000,
			);
			const pickups = executionWorkers(cluster).get(exec.id) || [];
			notes.push(
				`n8n: status "${ended.status}" ${((Date.now() - tKill) / 1000).toFixed(0)} s after the kill, started ${pickups.length}x (no automatic re-run)`,
			);
			assert.equal(pinsOn(sim, ctx.board.id).length, afterKill, 'nothing ran on after the kill');

			// The worker comes back (as an orchestrator would restart it).
			cluster.started[victim] = await startWorker(cluster.workers[victim]);

			let finalId = exec.id;
			if (ended.status !== 'success') {
				// Retry it the way a user does in the UI (Executions -> Retry).
				const retry = await retryByApi(cluster, infra, exec.id);
				const where = executionWorkers(cluster).get(retry.id);
				notes.push(
					`n8n retry: execution ${retry.id} (mode ${retry.mode}) ${retry.status} on worker ${where ? where.map((w) => w + 1) : '?'}`,
				);
				assert.ok(where && where.length === 1, 'the retry ran on a worker');
				finalId = retry.id;
				if (retry.status !== 'success') {
					// n8n's retry had nothing to resume (see above): run the same input again (the
					// webhook call), and let Skip If Already Pinned find the pins of the killed run.
					const before = (await executionsOf(infra.pg, WF)).length;
					await callWebhook(cluster, 'q-kill', 1);
					const all = await waitForEnded(infra.pg, WF, before + 1, { timeoutMs: 600000 });
					const rerun = all[all.length - 1];
					notes.push(`re-run of the same webhook call: execution ${rerun.id} ${rerun.status}`);
					assert.equal(rerun.status, 'success', `the re-run ${rerun.id} succeeded`);
					finalId = rerun.id;
				}
			}
			const pins = pinsOn(sim, ctx.board.id);
			const expected = Array.from({ length: items }, (_, i) => `q1 #${i}`);
			const { twins, missing } = twinsAndMissing(pins, expected);
			assert.deepEqual(twins.slice(0, 5), [], `no pin twice (${twins.length} twins)`);
			assert.deepEqual(missing.slice(0, 5), [], `none lost (${missing.length} missing)`);
			assert.equal(pins.length, items);
			notes.push(
				`${pins.length} pins, each once (final execution ${finalId}); ${((Date.now() - t0) / 1000).toFixed(0)} s`,
			);
			return notes.join('; ');
		},
	};
}

module.exports = { workerKillCase };
