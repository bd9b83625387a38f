'use strict';
/*
 * What the queue cases share: the size of the run (full or small), the simulator and credentials,
 * the Webhook -> rows -> Pin Create workflow, and the checks against Postgres and the worker logs.
 */
const fs = require('fs');
const path = require('path');
const { loadSimulator } = require('../lib/simulator');
const { CREDS, SIM_OPTIONS, NODE_TYPE, uuid, byId } = require('../scenarios/common');
const { httpJson, sleep } = require('../../../scripts/lib/n8n-cli');
const { summariseRunData } = require('../../../scripts/lib/run-json');

// The small variant (for CI) keeps every case but with fewer items and calls.
const SMALL = process.env.E2E_QUEUE_SMALL === '1' || process.argv.includes('--queue-small');
const SIZE = SMALL
	? { items: 60, calls: 4, killItems: 150, throughputItems: 60, throughputCalls: 4, videoMb: 40 }
	: {
			items: 500,
			calls: 10,
			killItems: 500,
			throughputItems: 250,
			throughputCalls: 8,
			videoMb: 200,
		};

async function startSimulator(options = {}) {
	const mod = loadSimulator();
	if (mod.error) throw new Error(mod.error);
	const sim = mod.createSimulator({ ...SIM_OPTIONS, logLimit: 500000, ...options });
	await sim.start(0);
	return sim;
}

/** The two credentials of the e2e scenarios, under ids of their own, pointing at `sim`. */
function credentialsFor(sim, suffix = '') {
	return CREDS.list(sim).map((c) => ({ ...c, id: `${c.id}${suffix}`.slice(0, 21) }));
}

function credRef(auth, suffix = '') {
	return auth === 'oAuth2'
		? { pinterestOAuth2Api: { id: `${CREDS.oauthCred.id}${suffix}`, name: CREDS.oauthCred.name } }
		: { pinterestApi: { id: `${CREDS.tokenCred.id}${suffix}`, name: CREDS.tokenCred.name } };
}

/**
 * Webhook (POST /webhook/<path>?call=N) -> `items` rows -> Pin Create on `boardId`. Titles and
 * links name the call and the row, so every pin of every call is unique.
 */
function fanoutWorkflow(
	id,
	{ webhookPath, boardId, items, auth = 'accessToken', suffix = '', options = {}, settings = {} },
) {
	const rows = Array.from({ length: items }, (_, i) => ({ i }));
	const call = "$('Webhook').first().json.query.call";
	const nodes = [
		{
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: uuid(),
			parameters: {
				httpMethod: 'POST',
				path: webhookPath,
				responseMode: 'onReceived',
				options: {},
			},
		},
		{
			name: 'Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
		},
		{
			name: 'One item per row',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
		{
			name: 'Create pins',
			type: NODE_TYPE,
			typeVersion: 1,
			parameters: {
				authentication: auth,
				resource: 'pin',
				operation: 'create',
				board: byId(boardId),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/queue/pin.jpg',
				title: `={{ 'q' + ${call} + ' #' + $json.i }}`,
				additionalFields: { link: `={{ 'https://example.com/q/' + ${call} + '/' + $json.i }}` },
				options,
			},
			credentials: credRef(auth, suffix),
		},
	].map((n, i) => ({ id: uuid(), position: [i * 220, 0], ...n }));
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	const all = { executionOrder: 'v1', ...settings };
	return { id, name: id, active: false, settings: all, nodes, connections };
}

/** POSTs the production webhook; n8n answers at once ("Workflow was started") and enqueues a job. */
async function callWebhook(cluster, webhookPath, call) {
	const url = `http://127.0.0.1:${cluster.main.server.port}/webhook/${webhookPath}?call=${call}`;
	const r = await httpJson('POST', url, { call }, { timeoutMs: 60000 });
	if (r.status !== 200)
		throw new Error(`webhook ${webhookPath} call ${call}: ${r.status} ${r.text || r.error}`);
	return r;
}

/** Executions of a workflow in Postgres: [{ id, status, finished, mode, retryOf }]. */
async function executionsOf(pg, workflowId) {
	const rows = await pg.query(
		`SELECT id, status, finished, mode, coalesce("retryOf", '') FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
	);
	return rows.map(([id, status, finished, mode, retryOf]) => ({
		id,
		status,
		finished: finished === 't',
		mode,
		retryOf,
	}));
}

const DONE = new Set(['success', 'error', 'crashed', 'canceled']);

/** Waits until `count` executions of the workflow have ended (any final status). */
async function waitForEnded(pg, workflowId, count, { timeoutMs = 600000, what = workflowId } = {}) {
	const t0 = Date.now();
	let last = [];
	while (Date.now() - t0 < timeoutMs) {
		last = await executionsOf(pg, workflowId);
		if (last.filter((e) => DONE.has(e.status)).length >= count) return last;
		await sleep(1000);
	}
	throw new Error(
		`${what}: ${count} ended executions expected within ${timeoutMs / 1000}s; have ${JSON.stringify(last.map((e) => `${e.id}:${e.status}`))}`,
	);
}

/**
 * Which worker ran which execution. n8n 2.41 stores no worker in execution_entity; each worker
 * logs "Worker started execution <id> (job <n>)" (JobProcessor), so the worker logs tell.
 * Returns Map executionId -> [worker index, ...] (more than one when a job was picked up again).
 */
function executionWorkers(cluster) {
	const map = new Map();
	cluster.workers.forEach((w, index) => {
		const file = path.join(w.userFolder, 'n8n-worker.log');
		const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		for (const m of text.matchAll(/Worker started execution (\d+)/g)) {
			if (!map.has(m[1])) map.set(m[1], []);
			map.get(m[1]).push(index);
		}
	});
	return map;
}

/** Run data of one execution from Postgres (execution_data, flatted), summarised per node. */
async function runDataOf(pg, n8nModules, executionId) {
	const flatted = require(path.join(n8nModules, 'flatted'));
	const rows = await pg.query(
		`SELECT data FROM execution_data WHERE "executionId" = ${Number(executionId)}`,
	);
	if (!rows.length) return undefined;
	const data = flatted.parse(rows[0][0]);
	return summariseRunData((data.resultData && data.resultData.runData) || {});
}

const pinsOn = (sim, boardId) =>
	Object.values(sim.state.pins).filter((p) => p.board_id === boardId);

/** Titles that occur more than once, and the expected ones that are missing. */
function twinsAndMissing(pins, expectedTitles) {
	const seen = new Map();
	for (const p of pins) seen.set(p.title, (seen.get(p.title) || 0) + 1);
	const twins = [...seen].filter(([, n]) => n > 1).map(([t]) => t);
	const missing = expectedTitles.filter((t) => !seen.has(t));
	return { twins, missing };
}

module.exports = {
	SMALL,
	SIZE,
	startSimulator,
	credentialsFor,
	credRef,
	fanoutWorkflow,
	callWebhook,
	executionsOf,
	waitForEnded,
	executionWorkers,
	runDataOf,
	pinsOn,
	twinsAndMissing,
};
