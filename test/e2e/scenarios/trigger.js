'use strict';
/* The e2e trigger cycle: one `n8n start`, the first poll sets the watermark, the second emits only the new pin. */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const {
	CREDS,
	TRIGGER_TYPE,
	boardPinTrigger,
	reqs,
	authOf,
	demoSimulator,
	loadExample,
} = require('./common');

const TRIGGER_WF = 'e2eTriggerPins01';
// n8n refuses a '*' in the seconds field (minimum interval one minute) but takes an explicit list of seconds:
// a poll every 10 s keeps this case short. E2E_TRIGGER_EVERY_MINUTE=1 uses n8n's plain "every minute" instead.
// n8n >= 2.9-ish closes that gap (isSubMinuteCron): there we use "every minute" and wait up to ~2 minutes.
const FAST_POLL_TIMES = {
	item: [{ mode: 'custom', cronExpression: '0,10,20,30,40,50 * * * * *' }],
};
const MINUTE_POLL_TIMES = { item: [{ mode: 'everyMinute' }] };

function allowsSubMinutePolls(ctx) {
	if (process.env.E2E_TRIGGER_EVERY_MINUTE) return false;
	const dir = path.join(ctx.n8nModules || '', 'n8n-core', 'dist', 'execution-engine');
	try {
		for (const f of fs.readdirSync(dir)) {
			if (
				f.endsWith('.js') &&
				fs.readFileSync(path.join(dir, f), 'utf8').includes('isSubMinuteCron')
			)
				return false;
		}
		return true;
	} catch {
		return false;
	}
}

/** Fails fast when n8n logged that a workflow could not be activated. */
function activationError(n8n) {
	const line = n8n
		.startLog()
		.split('\n')
		.find((l) => /WorkflowActivationError|problem activating the workflow/i.test(l));
	return line ? line.trim().slice(0, 400) : undefined;
}

async function waitFor(what, fn, { timeoutMs = 90000, pollMs = 250, n8n } = {}) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const v = await fn();
		if (v) return v;
		if (n8n && !n8n.server) throw new Error(`n8n is not running while waiting for ${what}`);
		const act = n8n && activationError(n8n);
		if (act) throw new Error(`n8n could not activate a workflow: ${act}`);
		await new Promise((r) => setTimeout(r, pollMs));
	}
	throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

const triggerScenario = {
	name: 'trigger: n8n start activates; 1st poll sets the watermark (no run), 2nd poll emits only the new pin (+ followers example)',
	skip(ctx) {
		if (!ctx.installed) return 'the packed package is not installed in this n8n';
		if (!ctx.nodeInfo.nodes.pinterestTrigger)
			return `${TRIGGER_TYPE} does not exist in the package yet`;
		return undefined;
	},
	async run(ctx) {
		const { sim, n8n } = ctx;
		const fast = allowsSubMinutePolls(ctx);
		const POLL_TIMES = fast ? FAST_POLL_TIMES : MINUTE_POLL_TIMES;
		const secondPollTimeout = fast ? 60000 : 150000;
		const board = sim.addBoard({ name: 'E2E trigger board' });
		const old = sim.addPin({ board_id: board.id, title: 'Pin from before activation' });
		const wf = boardPinTrigger(TRIGGER_WF, 'e2e trigger: new pin on a board', board.id, POLL_TIMES);
		// the "notify on new followers" example rides along in the same n8n start, against the demo simulator
		let example;
		if (ctx.createSimulator && ctx.nodeInfo.nodes.pinterestTrigger) {
			await demoSimulator(ctx);
			example = loadExample('notify-on-new-followers.json');
			example.nodes.find((n) => n.type === TRIGGER_TYPE).parameters.pollTimes = POLL_TIMES;
			await n8n.importCredentials(ctx.extraCredentials);
		}
		await n8n.importWorkflow(example ? [wf, example] : wf);
		await n8n.publish(TRIGGER_WF);
		if (example) await n8n.publish(example.id);
		const followerPolls = () =>
			example ? reqs(ctx.demo.sim, { method: 'GET', path: '/v5/user_account/followers' }) : [];
		if (example) ctx.demo.sim.requests.length = 0;
		const polls = () => reqs(sim, { method: 'GET', path: `/v5/boards/${board.id}/pins` });
		sim.requests.length = 0;
		await n8n.start({ timeoutMs: 120000, maxRunMs: 10 * 60000 });

		// 1st poll: right at activation. It records the watermark and emits nothing.
		await waitFor(
			'the first poll (GET board pins)',
			() => polls().length >= 1 && polls()[0].status !== undefined,
			{ n8n, timeoutMs: 60000 },
		);
		const firstPollAt = Date.now();
		assert.equal(polls()[0].status, 200, `first poll answered ${polls()[0].status}`);
		const newPin = sim.addPin({ board_id: board.id, title: 'Pin after activation' });
		if (example) {
			await waitFor(
				"the example trigger's first poll (GET followers)",
				() => followerPolls().length >= 1 && followerPolls()[0].status !== undefined,
				{ n8n, timeoutMs: 30000 },
			);
			ctx.demo.sim.addFollower('brand_new_fan');
		}

		// 2nd poll (cron): emits the new pin and only that one
		const execs = await n8n.waitForExecutions({
			workflowId: TRIGGER_WF,
			count: 1,
			mode: 'trigger',
			timeoutMs: secondPollTimeout,
		});
		const secondPollMs = Date.now() - firstPollAt;
		assert.ok(polls().length >= 2, `a second poll happened (saw ${polls().length})`);
		assert.equal(
			execs.length,
			1,
			`exactly one trigger execution (the first poll must not emit): ${JSON.stringify(execs.map((e) => e.id))}`,
		);
		const ex = execs[0];
		assert.equal(ex.status, 'success', `execution status ${ex.status} ${ex.error || ''}`);
		const items = (ex.nodes['Pinterest Trigger'] || [[]])[0];
		assert.deepEqual(
			items.map((i) => i.id),
			[newPin.id],
			`emitted only the new pin (old one was ${old.id}); got ${JSON.stringify(items.map((i) => i.id))}`,
		);
		assert.equal(items[0].title, 'Pin after activation');
		assert.equal((ex.nodes.NoOp || [[]])[0].length, 1, 'the item reached the next node');
		// one API call per idle poll of one watched source
		for (const p of polls()) assert.equal(authOf(p), `Bearer ${CREDS.accessToken}`);
		const sd = await n8n.staticData(TRIGGER_WF);
		assert.ok(
			sd && sd['node:Pinterest Trigger'],
			`trigger state saved in workflow static data: ${JSON.stringify(sd)}`,
		);
		ctx.triggerInfo = {
			secondPollMs,
			polls: polls().length,
			staticData: sd,
			pollTimes: fast ? 'every 10 s (custom cron)' : 'every minute',
		};
		if (example) {
			const ex2 = await n8n.waitForExecutions({
				workflowId: example.id,
				count: 1,
				mode: 'trigger',
				timeoutMs: secondPollTimeout,
			});
			assert.equal(ex2.length, 1, 'one run of the followers example');
			const msgs = ((ex2[0].nodes['Notification text'] || [[]])[0] || []).map((i) => i.message);
			assert.deepEqual(
				msgs,
				['New Pinterest follower: brand_new_fan (https://www.pinterest.com/brand_new_fan/)'],
				`example output: ${JSON.stringify(msgs)}`,
			);
		}
	},
};

module.exports = { triggerScenario, allowsSubMinutePolls };
