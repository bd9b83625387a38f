'use strict';
/*
 * Queue case 4: throughput, pins per minute with 1 and with 2 workers, against a simulator that
 * answers every request after 150 ms (a slow Pinterest). The same burst of webhook calls runs
 * once with worker 2 stopped and once with both; the rate is pins / (last stoppedAt - first
 * startedAt) of the burst's executions, from Postgres. Each execution sends at most 4 requests at
 * a time (the node's default Max Parallel Requests), each worker runs up to 10 executions.
 */
const assert = require('assert/strict');
const { sleep } = require('../../../scripts/lib/n8n-cli');
const { startWorker } = require('./cluster');
const {
	SIZE,
	startSimulator,
	credentialsFor,
	fanoutWorkflow,
	callWebhook,
	waitForEnded,
	executionWorkers,
	pinsOn,
	twinsAndMissing,
} = require('./common');

const WF = 'qThroughput01';
const SUFFIX = 'S';
const LATENCY_MS = 150;

async function burst(env, ctx, first, label) {
	const { cluster, infra } = env;
	const { throughputItems: items, throughputCalls: calls } = SIZE;
	const nums = Array.from({ length: calls }, (_, i) => first + i);
	const before = (
		await infra.pg.query(`SELECT count(*) FROM execution_entity WHERE "workflowId" = '${WF}'`)
	)[0][0];
	await Promise.all(nums.map((c) => callWebhook(cluster, 'q-tp', c)));
	const execs = (
		await waitForEnded(infra.pg, WF, Number(before) + calls, { timeoutMs: 20 * 60000 })
	).slice(-calls);
	assert.deepEqual(
		execs.filter((e) => e.status !== 'success').map((e) => `${e.id}:${e.status}`),
		[],
		`${label}: every execution succeeded`,
	);
	const ids = execs.map((e) => e.id).join(',');
	const [[from, to]] = await infra.pg.query(
		`SELECT extract(epoch from min("startedAt")) * 1000, extract(epoch from max("stoppedAt")) * 1000 FROM execution_entity WHERE id IN (${ids})`,
	);
	const ms = Number(to) - Number(from);
	const workers = executionWorkers(cluster);
	const used = new Set(execs.map((e) => (workers.get(e.id) || ['?'])[0]));
	const expected = nums.flatMap((c) => Array.from({ length: items }, (_, i) => `q${c} #${i}`));
	const { twins, missing } = twinsAndMissing(pinsOn(ctx.sim, ctx.board.id), expected);
	assert.equal(
		twins.length + missing.length,
		0,
		`${label}: ${twins.length} twins, ${missing.length} missing`,
	);
	const pins = items * calls;
	return { label, pins, ms, perMin: Math.round((pins / ms) * 60000), workersUsed: used.size };
}

function throughputCase() {
	const ctx = {};
	return {
		name: `throughput: pins/min with 1 and 2 workers, simulator latency ${LATENCY_MS} ms (${SIZE.throughputCalls} calls x ${SIZE.throughputItems} items each)`,
		async prepare(env) {
			ctx.sim = await startSimulator({ latencyMs: LATENCY_MS });
			env.cleanups.push(() => ctx.sim.stop());
			ctx.board = ctx.sim.addBoard({ name: 'queue throughput' });
			return [
				fanoutWorkflow(WF, {
					webhookPath: 'q-tp',
					boardId: ctx.board.id,
					items: SIZE.throughputItems,
					suffix: SUFFIX,
				}),
			];
		},
		credentials: () => credentialsFor(ctx.sim, SUFFIX),
		publish: [WF],
		async run(env) {
			const { cluster } = env;
			// One worker: worker 2 shuts down (SIGTERM: n8n lets its running jobs finish first).
			const second = cluster.started[1];
			second.stop();
			const t0 = Date.now();
			while (second.child.exitCode === null && second.child.signalCode === null) {
				if (Date.now() - t0 > 60000) throw new Error('worker 2 did not stop in 60 s');
				await sleep(250);
			}
			const one = await burst(env, ctx, 1, '1 worker');
			cluster.started[1] = await startWorker(cluster.workers[1]);
			const two = await burst(env, ctx, 1 + SIZE.throughputCalls, '2 workers');
			assert.equal(one.workersUsed, 1, 'the first burst ran on one worker');
			assert.equal(two.workersUsed, 2, 'the second burst used both workers');
			const rows = [one, two].map(
				(r) =>
					`  | ${r.label.padEnd(9)} | ${String(r.pins).padStart(5)} | ${(r.ms / 1000).toFixed(1).padStart(6)} s | ${String(r.perMin).padStart(7)} |`,
			);
			env.summary = (env.summary || []).concat([
				`\n  Throughput (simulator latency ${LATENCY_MS} ms, noisy 2-core machine)`,
				'  | workers   |  pins |   time   | pins/min |',
				'  |-----------|-------|----------|----------|',
				...rows,
			]);
			return `1 worker: ${one.perMin} pins/min (${one.pins} in ${(one.ms / 1000).toFixed(1)} s); 2 workers: ${two.perMin} pins/min (${two.pins} in ${(two.ms / 1000).toFixed(1)} s)`;
		},
	};
}

module.exports = { throughputCase };
