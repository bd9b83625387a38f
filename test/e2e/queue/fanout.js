'use strict';
/*
 * Queue case 1: a Webhook -> N rows -> Pin Create workflow, its production webhook called C times
 * at once. Main only enqueues; every execution must run on a worker, both workers must be used,
 * and the simulator must hold C x N pins, each once.
 */
const assert = require('assert/strict');
const {
	SIZE,
	fanoutWorkflow,
	callWebhook,
	waitForEnded,
	executionWorkers,
	pinsOn,
	twinsAndMissing,
} = require('./common');

const WF = 'qFanout01';

function fanoutCase() {
	const { items, calls } = SIZE;
	const ctx = {};
	return {
		name: `webhook x${calls} at once -> ${items}-item Pin Create: all on workers, both used, ${items * calls} pins once`,
		prepare({ sim }) {
			ctx.board = sim.addBoard({ name: 'queue fan-out' });
			return [fanoutWorkflow(WF, { webhookPath: 'q-fanout', boardId: ctx.board.id, items })];
		},
		publish: [WF],
		async run({ cluster, infra, sim }) {
			const t0 = Date.now();
			const nums = Array.from({ length: calls }, (_, c) => c + 1);
			await Promise.all(nums.map((c) => callWebhook(cluster, 'q-fanout', c)));
			const execs = await waitForEnded(infra.pg, WF, calls, { timeoutMs: 15 * 60000 });
			const ms = Date.now() - t0;
			assert.equal(execs.length, calls, `one execution per call: ${execs.length}`);
			const bad = execs.filter((e) => e.status !== 'success' || e.mode !== 'webhook');
			assert.deepEqual(bad, [], 'every execution a successful webhook run');
			const workers = executionWorkers(cluster);
			const perWorker = cluster.workers.map(() => 0);
			for (const e of execs) {
				const ran = workers.get(e.id);
				assert.ok(ran && ran.length === 1, `execution ${e.id} ran once on a worker (${ran})`);
				perWorker[ran[0]]++;
			}
			assert.ok(
				perWorker.every((n) => n > 0),
				`both workers used: ${perWorker.join(' / ')}`,
			);
			const pins = pinsOn(sim, ctx.board.id);
			const expected = nums.flatMap((c) => Array.from({ length: items }, (_, i) => `q${c} #${i}`));
			const { twins, missing } = twinsAndMissing(pins, expected);
			assert.deepEqual(twins.slice(0, 5), [], `no pin twice (${twins.length} twins)`);
			assert.deepEqual(missing.slice(0, 5), [], `no pin missing (${missing.length} missing)`);
			assert.equal(pins.length, items * calls);
			const posts = sim.requests.filter((r) => r.method === 'POST' && r.path === '/v5/pins');
			return `${calls} executions (worker 1: ${perWorker[0]}, worker 2: ${perWorker[1]}); ${pins.length} pins, ${posts.length} POST /pins; ${((pins.length / ms) * 60000).toFixed(0)} pins/min wall`;
		},
	};
}

module.exports = { fanoutCase };
