'use strict';
/* The e2e smoke step: n8n itself boots, imports and executes Manual -> NoOp (no package, no simulator). */
const { fmt } = require('./harness');

const SMOKE_NAME = 'smoke: n8n boots, imports and executes Manual -> NoOp';

const SMOKE_WORKFLOW = {
	id: 'e2eSmokeNoOp01',
	name: 'e2e smoke (Manual -> NoOp)',
	active: false,
	settings: {},
	nodes: [
		{
			id: 'a0000000-0000-4000-8000-000000000001',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'a0000000-0000-4000-8000-000000000002',
			name: 'NoOp',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [220, 0],
			parameters: {},
		},
	],
	connections: { Manual: { main: [[{ node: 'NoOp', type: 'main', index: 0 }]] } },
};

/** Imports and executes the smoke workflow; throws with the CLI's output when it does not succeed. */
async function runSmoke(n8n) {
	const wf = SMOKE_WORKFLOW;
	await n8n.importWorkflow(wf);
	const r = await n8n.execute(wf.id);
	if (r.code !== 0 || r.status !== 'success') {
		throw new Error(
			`rc ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}${r.timedOut ? ' (timed out)' : ''} after ${fmt(r.ms)}, status ${r.status}: ${r.error || r.cliError || ''}\n` +
				`stderr: ${r.stderr.trim().split('\n').slice(-6).join(' | ')}\nstdout tail: ${r.stdout.trim().split('\n').slice(-4).join(' | ')}`,
		);
	}
	if (!r.nodes.NoOp || r.nodes.NoOp[0].length !== 1)
		throw new Error(`NoOp output: ${JSON.stringify(r.nodes)}`);
}

module.exports = { SMOKE_NAME, SMOKE_WORKFLOW, runSmoke };
