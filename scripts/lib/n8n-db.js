'use strict';
/*
 * Reading the sqlite database of an N8nInstance (scripts/lib/n8n-cli.js): executions and static
 * data. Each function takes the instance as its first argument; N8nInstance's methods of the same
 * names call them. Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { run, sleep } = require('./processes');
const { summariseRunData } = require('./run-json');

// Run as `node -e DB_HELPER <node_modules> <db file> <sql> <params JSON> <column for flatted>`.
const DB_HELPER = `
const [nm, dbFile, sql, paramsJson, parseCol] = process.argv.slice(1);
const path = require('path');
function load(name) { for (const p of [path.join(nm, name), path.join(nm, 'n8n', 'node_modules', name)]) { try { return require(p); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; } } throw new Error('cannot load ' + name + ' from ' + nm); }
const sqlite3 = load('sqlite3'); const flatted = load('flatted');
const db = new sqlite3.Database(dbFile, sqlite3.OPEN_READONLY, (e) => { if (e) { console.error(e.message); process.exit(2); } });
db.configure('busyTimeout', 5000);
db.all(sql, JSON.parse(paramsJson), (e, rows) => {
  if (e) { console.error(e.message); process.exit(3); }
  if (parseCol) for (const r of rows) if (typeof r[parseCol] === 'string') { try { r[parseCol] = flatted.parse(r[parseCol]); } catch (x) { r[parseCol + '_error'] = x.message; } }
  process.stdout.write(JSON.stringify(rows));
  db.close();
});`;

/**
 * SELECT on n8n's sqlite DB, run under the profile's node with its own sqlite3 (native ABI must
 * match).
 */
async function query(inst, sql, params = [], { parseColumn, timeoutMs = 30000 } = {}) {
	const r = await run(
		inst.profile.nodeBin,
		[
			'-e',
			DB_HELPER,
			path.join(inst.profile.dir, 'node_modules'),
			inst.dbFile,
			sql,
			JSON.stringify(params),
			parseColumn || '',
		],
		{
			env: inst.profile.env,
			timeoutMs,
		},
	);
	if (r.code !== 0) throw new Error(`sqlite query failed (rc ${r.code}): ${r.stderr.trim()}`);
	return JSON.parse(r.stdout || '[]');
}

/** Executions of a workflow (newest last), with parsed run data when withData. */
async function executions(inst, workflowId, { mode, withData = true } = {}) {
	const where = ['e.workflowId = ?'];
	const params = [workflowId];
	if (mode) {
		where.push('e.mode = ?');
		params.push(mode);
	}
	const rows = await inst.query(
		'SELECT e.id, e.mode, e.status, e.finished, e.startedAt, e.stoppedAt' +
			`${withData ? ', d.data' : ''} FROM execution_entity e` +
			`${withData ? ' LEFT JOIN execution_data d ON d.executionId = e.id' : ''}` +
			` WHERE ${where.join(' AND ')} ORDER BY e.id`,
		params,
		{ parseColumn: withData ? 'data' : undefined },
	);
	return rows.map((row) => {
		const out = {
			id: row.id,
			mode: row.mode,
			status: row.status,
			finished: !!row.finished,
			startedAt: row.startedAt,
			stoppedAt: row.stoppedAt,
		};
		if (withData && row.data && typeof row.data === 'object') {
			const rd = row.data.resultData || {};
			Object.assign(out, summariseRunData(rd.runData), {
				error: rd.error ? rd.error.message : undefined,
			});
		}
		return out;
	});
}

/**
 * Waits until at least `count` finished executions of the workflow exist (mode 'trigger' by
 * default).
 */
async function waitForExecutions(
	inst,
	{ workflowId, count = 1, mode = 'trigger', timeoutMs = 90000, pollMs = 1000 } = {},
) {
	const t0 = Date.now();
	let last = [];
	while (Date.now() - t0 < timeoutMs) {
		if (fs.existsSync(inst.dbFile)) {
			try {
				last = await inst.executions(workflowId, { mode, withData: false });
			} catch (e) {
				inst.log(`db not readable yet: ${e.message}`);
			}
			const done = last.filter(
				(e) => e.finished || (e.status && e.status !== 'running' && e.status !== 'new'),
			);
			if (done.length >= count) return inst.executions(workflowId, { mode, withData: true });
		}
		if (inst.server) {
			const ex = await Promise.race([inst.server.exited, sleep(pollMs).then(() => undefined)]);
			if (ex) throw new Error(`n8n exited (${JSON.stringify(ex)}) while waiting for executions`);
		} else await sleep(pollMs);
	}
	throw new Error(
		`timed out after ${timeoutMs / 1000}s waiting for ${count} ${mode} execution(s) of ${workflowId} (have ${last.length})`,
	);
}

/** Static data n8n saved for a workflow (trigger watermarks). */
async function staticData(inst, workflowId) {
	const rows = await inst.query('SELECT staticData FROM workflow_entity WHERE id = ?', [
		workflowId,
	]);
	if (!rows.length || rows[0].staticData == null) return undefined;
	const v = rows[0].staticData;
	return typeof v === 'string' ? JSON.parse(v) : v;
}

module.exports = { query, executions, waitForExecutions, staticData };
