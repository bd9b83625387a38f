'use strict';
/*
 * Running a workflow the way the editor's "Execute workflow" button does: POST /rest/workflows/:id/run
 * on a started n8n, signed in as the owner, then waiting for the execution in the sqlite DB.
 *
 * Why not `n8n execute`: that command never initialises n8n's backend modules, so a Data table node
 * fails there with "Attempted to use Data table node but the module is disabled" (n8n 2.8.4 and
 * 2.41.1 alike). `n8n start` initialises them, and a manual run goes through the same engine.
 *
 * One body fits both versions: 2.8 runs the `workflowData` it is sent; 2.41 validates the body with
 * ManualRunDto (which drops `workflowData`) and runs the stored workflow. Node built-ins only.
 */
const { httpJson } = require('./http');
const { sleep } = require('./processes');
const { summariseRunData } = require('./run-json');

function failIfNotOk(what, r) {
	if (r.status < 200 || r.status >= 300)
		throw new Error(`${what} answered ${r.status}: ${(r.text || r.error || '').slice(0, 400)}`);
}

/** The execution row with its parsed run data once it has finished, else undefined. */
async function finishedExecution(inst, executionId) {
	const rows = await inst.query(
		'SELECT e.id, e.mode, e.status, e.finished, d.data FROM execution_entity e' +
			' LEFT JOIN execution_data d ON d.executionId = e.id WHERE e.id = ?',
		[executionId],
		{ parseColumn: 'data' },
	);
	const row = rows[0];
	if (!row || ['new', 'running', 'waiting'].includes(row.status)) return undefined;
	if (!row.data || typeof row.data !== 'object') return undefined; // data is written just after
	const rd = row.data.resultData || {};
	return {
		id: String(row.id),
		mode: row.mode,
		status: row.status,
		error: rd.error ? rd.error.message : undefined,
		errorDescription: rd.error ? rd.error.description : undefined,
		...summariseRunData(rd.runData),
	};
}

/**
 * Runs workflow `workflowId` from its trigger node `trigger` and waits until the execution is stored.
 * headers: from inst.signIn(owner). Returns { id, mode, status, error, nodes, nodeErrors, ms }.
 */
async function runManually(inst, headers, workflowId, trigger, { timeoutMs = 120000 } = {}) {
	if (!inst.server) throw new Error('n8n is not started');
	const base = `${inst.server.url}/rest/workflows/${encodeURIComponent(workflowId)}`;
	const t0 = Date.now();
	const got = await httpJson('GET', base, undefined, { headers });
	failIfNotOk(`GET /rest/workflows/${workflowId}`, got);
	const workflowData = (got.json && got.json.data) || got.json;
	const body = { workflowData, triggerToStartFrom: { name: trigger } };
	const r = await httpJson('POST', `${base}/run`, body, { headers, timeoutMs: 60000 });
	failIfNotOk(`POST /rest/workflows/${workflowId}/run`, r);
	const started = (r.json && r.json.data) || r.json || {};
	if (!started.executionId)
		throw new Error(
			`the manual run of ${workflowId} started no execution: ${r.text.slice(0, 300)}`,
		);
	while (Date.now() - t0 < timeoutMs) {
		const done = await finishedExecution(inst, started.executionId);
		if (done) return { ...done, ms: Date.now() - t0 };
		await sleep(300);
	}
	throw new Error(
		`execution ${started.executionId} of ${workflowId} did not finish within ${timeoutMs / 1000}s`,
	);
}

module.exports = { runManually };
