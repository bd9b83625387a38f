'use strict';
/*
 * Waiting for what n8n itself reports ready, after `n8n start` (scripts/lib/n8n-server.js) or
 * `n8n worker` (test/e2e/queue/cluster.js). Every wait is bounded and its error names what it
 * waited for. Node built-ins only.
 *
 * What n8n reports, in order (read in n8n 2.8.4 and 2.41.1):
 * - GET /healthz: 200 as soon as the HTTP server listens, before routes (/webhook/...) are mounted.
 * - GET /healthz/readiness: 200 once the DB is connected and migrated and the server has started
 *   (main: Server.start() marks it ready; worker: after it subscribed to the Bull queue).
 * - main logs "Editor is now accessible via" at the end of its start-up. In 2.8 (and whenever
 *   N8N_USE_WORKFLOW_PUBLICATION_SERVICE=false) that is after every published workflow was
 *   activated, each logged as `Activated workflow "<name>" (ID: <id>)` or as
 *   `Issue on initial workflow activation try of ...`.
 * - 2.41 activates published workflows afterwards, asynchronously: the publication outbox and its
 *   start-up reconciliation (WorkflowPublicationReconciler) register webhooks and pollers, then
 *   write one row per trigger node to workflow_publication_trigger_status ('activated' or
 *   'failed', with the error). n8n's own publication status (GET
 *   /rest/workflows/:id/publication-status) is derived from that table and the outbox; it is read
 *   here from the DB, which needs no sign-in.
 */
const fs = require('fs');
const { httpGet } = require('./http');
const { sleep } = require('./processes');

const STARTED_LINE = 'Editor is now accessible via';

/** Calls `check` until it returns a truthy value; throws `waiting for <what>` after timeoutMs. */
async function waitFor(what, check, { timeoutMs, pollMs = 500, alive, detail } = {}) {
	const t0 = Date.now();
	for (;;) {
		if (alive) alive();
		const v = await check();
		if (v) return v;
		if (Date.now() - t0 >= timeoutMs) {
			const more = detail ? await detail() : '';
			throw new Error(
				`timed out after ${(timeoutMs / 1000).toFixed(0)}s waiting for ${what}${more ? `: ${more}` : ''}`,
			);
		}
		await sleep(pollMs);
	}
}

/** Waits for `url` to answer 200 (e.g. http://127.0.0.1:5678/healthz/readiness). */
async function waitForHttp200(url, what, opts) {
	let last;
	await waitFor(
		`${what} (GET ${url} = 200)`,
		async () => {
			last = await httpGet(url, 2000);
			return last.status === 200;
		},
		{
			pollMs: 300,
			...opts,
			detail: () => `last answer ${last ? last.status || last.error : 'none'}`,
		},
	);
}

/** The text appended to a log file since byte `offset`. */
function logSince(file, offset) {
	try {
		const buf = fs.readFileSync(file);
		return buf.subarray(Math.min(offset, buf.length)).toString('utf8');
	} catch {
		return '';
	}
}

function logSize(file) {
	try {
		return fs.statSync(file).size;
	} catch {
		return 0;
	}
}

const esc = (s) => String(s).replace(/'/g, "''");
const inList = (ids) => ids.map((id) => `'${esc(id)}'`).join(', ');

/**
 * Rows of a SELECT as arrays. `query` is the caller's: sqlite rows come as objects in column order,
 * psql rows as arrays of strings.
 */
async function rows(query, sql) {
	return (await query(sql)).map((r) => (Array.isArray(r) ? r : Object.values(r)));
}

const NO_TABLE = /no such table|does not exist|unable to open|SQLITE_CANTOPEN/i;

/**
 * The workflows n8n activates at start: published (activeVersionId set) and not archived, as
 * WorkflowRepository.getAllActiveIds selects them. [] on a DB that does not exist yet.
 */
async function publishedIds(query) {
	try {
		const r = await rows(
			query,
			'SELECT id FROM workflow_entity WHERE "activeVersionId" IS NOT NULL AND "isArchived" = false ORDER BY id',
		);
		return r.map(([id]) => String(id));
	} catch (e) {
		if (NO_TABLE.test(e.message)) return [];
		throw e;
	}
}

/** True when this n8n has the publication tables (2.41); false for 2.8. */
async function hasPublicationTables(query) {
	try {
		await rows(query, 'SELECT count(*) FROM workflow_publication_trigger_status');
		return true;
	} catch (e) {
		if (NO_TABLE.test(e.message)) return false;
		throw e;
	}
}

/** In-memory trigger rows (pollers, cron) as "workflowId/nodeId@createdAt", to tell a re-write. */
async function inMemoryTriggerRows(query, ids) {
	if (!ids.length || !(await hasPublicationTables(query))) return new Set();
	const r = await rows(
		query,
		`SELECT "workflowId", "nodeId", "createdAt" FROM workflow_publication_trigger_status WHERE "triggerKind" = 'in-memory' AND "workflowId" IN (${inList(ids)})`,
	);
	return new Set(r.map(([w, n, c]) => `${w}/${n}@${c}`));
}

/**
 * The publication state of each workflow as n8n derives it (WorkflowPublicationStatusService):
 * Map id -> { state: 'in_progress' | 'not_published' | 'published' | 'failed', triggers, outbox }.
 * 'published' also needs every in-memory trigger row written by this start (not in `before`):
 * after a restart the old rows still say 'activated' until the start-up reconciliation has
 * registered the pollers again.
 */
async function publicationStates(query, ids, before) {
	const versions = new Map(
		await rows(
			query,
			`SELECT id, "activeVersionId" FROM workflow_entity WHERE id IN (${inList(ids)})`,
		),
	);
	const triggers = await rows(
		query,
		`SELECT "workflowId", "nodeId", "versionId", status, "triggerKind", "createdAt", coalesce("errorMessage", '') FROM workflow_publication_trigger_status WHERE "workflowId" IN (${inList(ids)})`,
	);
	const outbox = await rows(
		query,
		`SELECT "workflowId", status, coalesce("errorMessage", '') FROM workflow_publication_outbox WHERE "workflowId" IN (${inList(ids)}) ORDER BY id`,
	);
	const out = new Map();
	for (const id of ids) {
		const version = versions.get(id);
		const own = triggers
			.filter(([w, , v]) => w === id && v === version)
			.map(([, nodeId, , status, kind, createdAt, error]) => ({
				nodeId,
				status,
				kind,
				error,
				fresh: kind !== 'in-memory' || !before.has(`${id}/${nodeId}@${createdAt}`),
			}));
		const records = outbox
			.filter(([w]) => w === id)
			.map(([, status, error]) => ({ status, error }));
		const inFlight = records.some((r) => r.status === 'pending' || r.status === 'in_progress');
		const lastOutbox = records[records.length - 1];
		let state;
		if (!version) state = 'not_published';
		else if (inFlight) state = 'in_progress';
		else if (own.some((t) => t.status === 'failed')) state = 'failed';
		else if (own.length && own.every((t) => t.status === 'activated' && t.fresh))
			state = 'published';
		else state = 'in_progress';
		out.set(id, { state, triggers: own, outbox: lastOutbox });
	}
	return out;
}

const describe = (id, s) =>
	`${id}: ${s.state}${s.triggers.length ? ` [${s.triggers.map((t) => `${t.kind} ${t.status}${t.fresh ? '' : ' (from before this start)'}${t.error ? `: ${t.error}` : ''}`).join('; ')}]` : ' [no trigger status]'}${s.outbox ? ` outbox ${s.outbox.status}${s.outbox.error ? `: ${s.outbox.error}` : ''}` : ''}`;

/**
 * Waits until n8n reports every workflow in `ids` active: its webhooks registered and its pollers
 * and triggers running on this main. When n8n reports an activation failure it throws at once, or
 * with `failures: 'report'` stops waiting for that workflow and returns it.
 * opts: { query (SELECT on n8n's DB), log () => log text of this start, before (from
 * inMemoryTriggerRows, taken before the start), timeoutMs, alive, failures }.
 * Returns the failures as strings (only with failures: 'report').
 */
async function waitForActiveWorkflows(
	ids,
	{ query, log, before = new Set(), timeoutMs, alive, failures = 'throw' },
) {
	if (!ids.length) return [];
	if (!(await hasPublicationTables(query))) {
		// 2.8: activation is over when the start-up line is logged; each workflow left a line.
		const text = log();
		const problems = [];
		for (const id of ids) {
			const lines = text.split('\n').filter((l) => l.includes(`(ID: ${id})`));
			if (lines.some((l) => l.includes('Activated workflow'))) continue;
			const issue = lines.find((l) => /activation/i.test(l));
			problems.push(`${id}: ${issue ? issue.trim() : 'no "Activated workflow" line'}`);
		}
		if (problems.length && failures !== 'report')
			throw new Error(`n8n did not activate published workflows: ${problems.join('; ')}`);
		return problems;
	}
	let last = new Map();
	const reported = new Map();
	await waitFor(
		`n8n to report published workflows active (workflow_publication_trigger_status all 'activated', nothing in the publication outbox): ${ids.join(', ')}`,
		async () => {
			last = await publicationStates(
				query,
				ids.filter((id) => !reported.has(id)),
				before,
			);
			const failed = [...last].filter(([, s]) => s.state === 'failed');
			if (failed.length && failures !== 'report')
				throw new Error(
					`n8n failed to activate published workflows: ${failed.map(([id, s]) => describe(id, s)).join('; ')}`,
				);
			for (const [id, s] of failed) reported.set(id, describe(id, s));
			return [...last.values()].every((s) => s.state === 'published' || s.state === 'failed');
		},
		{
			timeoutMs,
			pollMs: 1000,
			alive,
			detail: () => [...last].map(([id, s]) => describe(id, s)).join('; '),
		},
	);
	return [...reported.values()];
}

module.exports = {
	STARTED_LINE,
	waitFor,
	waitForHttp200,
	waitForActiveWorkflows,
	inMemoryTriggerRows,
	publicationStates,
	publishedIds,
	logSince,
	logSize,
};
