'use strict';
/*
 * Helpers to drive a real n8n CLI headless (Node built-ins only).
 *
 *   const { N8nInstance } = require('./scripts/lib/n8n-cli');
 *   const n8n = await N8nInstance.create(profile, { brokerPort: 15679 }); // profile from n8n-install.ensureProfile()
 *   await n8n.installPackage(tgz);
 *   await n8n.importCredentials([...]); await n8n.importWorkflow(wf);
 *   const run = await n8n.execute(wf.id);          // { code, status, error, nodes: { Name: [[json, ...]] }, ... }
 *   await n8n.publish(wf.id); await n8n.start({ port }); await n8n.waitForExecutions({ workflowId, count: 1 });
 *   await n8n.stop(); await n8n.dispose();
 *
 * Every call is bounded by a timeout; child processes run in their own process group and are killed (group-wide)
 * on timeout, on stop(), and when this process exits or is interrupted.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');

// ---------------------------------------------------------------------------------------------------------------
// child process bookkeeping: nothing is left behind

const live = new Set();

function killGroup(child, sig, { evenIfExited = false } = {}) {
	if (!child) return;
	if (!evenIfExited && (child.exitCode !== null || child.signalCode !== null)) return;
	try {
		process.kill(-child.pid, sig);
	} catch {
		try {
			child.kill(sig);
		} catch {
			/* gone */
		}
	}
}

function killAllSync() {
	for (const c of live) killGroup(c, 'SIGKILL');
	live.clear();
}

let hooksInstalled = false;
function installExitHooks() {
	if (hooksInstalled) return;
	hooksInstalled = true;
	process.on('exit', killAllSync);
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(sig, () => {
			// let the owner's own handlers run first (they may stop things cleanly); hard stop after 20 s
			if (process.listenerCount(sig) > 1) {
				setTimeout(() => {
					killAllSync();
					process.exit(130);
				}, 20000).unref();
				return;
			}
			killAllSync();
			process.exit(130);
		});
	}
}

/** Spawns a command in its own process group, tracked for cleanup. */
function spawnTracked(cmd, args, opts) {
	installExitHooks();
	const child = spawn(cmd, args, { ...opts, detached: true });
	live.add(child);
	child.on('exit', () => live.delete(child));
	return child;
}

/**
 * Runs a command to completion with a timeout. Resolves { code, signal, stdout, stderr, ms, timedOut }.
 */
function run(cmd, args, { cwd, env, timeoutMs = 120000, input } = {}) {
	return new Promise((resolve) => {
		const t0 = Date.now();
		const child = spawnTracked(cmd, args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		if (input !== undefined) child.stdin.end(input);
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child, 'SIGTERM');
			setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
		}, timeoutMs);
		child.on('error', (e) => {
			stderr += `\n${e.message}`;
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			// the group may still hold grandchildren (e.g. task runners): make sure they are gone
			killGroup(child, 'SIGKILL', { evenIfExited: true });
			resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, timedOut });
		});
	});
}

function httpGet(url, timeoutMs = 3000) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			let body = '';
			res.on('data', (d) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e) => resolve({ status: 0, error: e.message }));
	});
}

function httpJson(method, url, body, { headers = {}, timeoutMs = 10000 } = {}) {
	return new Promise((resolve) => {
		const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
		const u = new URL(url);
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port,
				path: u.pathname + u.search,
				timeout: timeoutMs,
				headers: { 'content-type': 'application/json', accept: 'application/json', ...(data ? { 'content-length': data.length } : {}), ...headers },
			},
			(res) => {
				let text = '';
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						/* not json */
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e) => resolve({ status: 0, error: e.message }));
		if (data) req.write(data);
		req.end();
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = require('net').createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

// ---------------------------------------------------------------------------------------------------------------
// parsing `n8n execute --rawOutput`

/** Cut the run JSON out of mixed stdout: from the first line that is exactly `{` to the next line exactly `}`. */
function extractRunJson(stdout) {
	const lines = String(stdout).split('\n').map((l) => l.replace(/\r$/, ''));
	const a = lines.indexOf('{');
	if (a < 0) return undefined;
	const b = lines.indexOf('}', a);
	if (b < 0) return undefined;
	try {
		return JSON.parse(lines.slice(a, b + 1).join('\n'));
	} catch {
		return undefined;
	}
}

/** { NodeName: [ [json, ...] per run ] } plus errors and binary info from a run's resultData. */
function summariseRunData(runData = {}) {
	const nodes = {};
	const nodeErrors = {};
	const binaries = {};
	for (const [name, runs] of Object.entries(runData || {})) {
		nodes[name] = (runs || []).map((r) => ((r && r.data && r.data.main && r.data.main[0]) || []).map((i) => i.json));
		binaries[name] = (runs || []).map((r) => ((r && r.data && r.data.main && r.data.main[0]) || []).map((i) => (i.binary ? Object.keys(i.binary) : [])));
		const errs = (runs || []).map((r) => r && r.error).filter(Boolean);
		if (errs.length) nodeErrors[name] = errs.map((e) => ({ message: e.message, description: e.description, httpCode: e.httpCode, name: e.name }));
	}
	return { nodes, nodeErrors, binaries };
}

function summariseRun(run) {
	const resultData = (run && run.data && run.data.resultData) || {};
	const err = resultData.error;
	return {
		status: run && run.status,
		finished: run && run.finished,
		mode: run && run.mode,
		error: err ? err.message : undefined,
		errorDetails: err ? { message: err.message, description: err.description, httpCode: err.httpCode, name: err.name, node: err.node && err.node.name } : undefined,
		lastNodeExecuted: resultData.lastNodeExecuted,
		...summariseRunData(resultData.runData),
	};
}

// ---------------------------------------------------------------------------------------------------------------

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

class N8nInstance {
	/**
	 * @param profile  result of ensureProfile() from scripts/n8n-install.js ({ n8nBin, nodeBin, dir, env, n8nVersion })
	 * @param opts     { userFolder (kept), brokerPort, encryptionKey, log, tmpPrefix }
	 */
	static async create(profile, opts = {}) {
		const inst = new N8nInstance(profile, opts);
		if (!inst.userFolder) {
			inst.userFolder = fs.mkdtempSync(path.join(os.tmpdir(), opts.tmpPrefix || 'n8n-e2e-'));
			inst.ownsFolder = true;
		}
		fs.mkdirSync(path.join(inst.userFolder, '.n8n', 'nodes'), { recursive: true });
		if (!inst.brokerPort) inst.brokerPort = await freePort();
		return inst;
	}

	constructor(profile, opts = {}) {
		this.profile = profile;
		this.userFolder = opts.userFolder;
		this.ownsFolder = false;
		this.brokerPort = opts.brokerPort;
		this.encryptionKey = opts.encryptionKey || 'e2e-encryption-key-0123456789abcdef';
		this.log = opts.log || (() => {});
		this.extraEnv = opts.env || {};
		this.server = undefined;
		this.calls = [];
	}

	get n8nHome() {
		return path.join(this.userFolder, '.n8n');
	}

	get dbFile() {
		return path.join(this.n8nHome, 'database.sqlite');
	}

	env(extra = {}) {
		return {
			...this.profile.env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			DB_TYPE: 'sqlite',
			...this.extraEnv,
			...extra,
		};
	}

	/** Runs `n8n <args>` with this instance's environment. cwd is the user folder (n8n reads .env from cwd). */
	async cli(args, { timeoutMs = 180000, env } = {}) {
		const r = await run(this.profile.nodeBin, [this.profile.n8nBin, ...args], { cwd: this.userFolder, env: this.env(env), timeoutMs });
		this.calls.push({ args: args.join(' '), ms: r.ms, code: r.code });
		this.log(`n8n ${args.join(' ')} -> rc ${r.code}${r.timedOut ? ' (timed out)' : ''} in ${(r.ms / 1000).toFixed(1)}s`);
		return r;
	}

	async cliOk(args, opts) {
		const r = await this.cli(args, opts);
		if (r.code !== 0) {
			throw new Error(`n8n ${args.join(' ')} failed (rc ${r.code}${r.timedOut ? ', timed out' : ''}): ${(r.stdout + '\n' + r.stderr).trim().split('\n').slice(-15).join('\n')}`);
		}
		return r;
	}

	/** npm install <tgz> into <userFolder>/.n8n/nodes with --omit=peer (as n8n's community package installer does). */
	async installPackage(tgz, { timeoutMs = 180000 } = {}) {
		const dir = path.join(this.n8nHome, 'nodes');
		fs.mkdirSync(dir, { recursive: true });
		const pj = path.join(dir, 'package.json');
		if (!fs.existsSync(pj)) fs.writeFileSync(pj, JSON.stringify({ name: 'installed-nodes', private: true }, null, 2));
		const { findNpmCli } = require('../n8n-install');
		const r = await run(this.profile.nodeBin, [findNpmCli(), 'install', path.resolve(tgz), '--omit=peer', '--no-audit', '--no-fund', '--no-package-lock'], {
			cwd: dir,
			env: this.profile.env,
			timeoutMs,
		});
		this.log(`npm install ${path.basename(tgz)} into .n8n/nodes -> rc ${r.code} in ${(r.ms / 1000).toFixed(1)}s`);
		if (r.code !== 0) throw new Error(`npm install ${tgz} failed (rc ${r.code}): ${(r.stdout + r.stderr).trim().split('\n').slice(-15).join('\n')}`);
		return r;
	}

	_tmpFile(name, data) {
		const dir = path.join(this.userFolder, 'e2e-files');
		fs.mkdirSync(dir, { recursive: true });
		const f = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
		fs.writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
		return f;
	}

	/** Credentials: an array of { id, name, type, data } with plain `data` (n8n encrypts it on import). */
	async importCredentials(creds, opts) {
		const list = Array.isArray(creds) ? creds : [creds];
		return this.cliOk(['import:credentials', `--input=${this._tmpFile('credentials.json', list)}`], opts);
	}

	/** One workflow object (or an array of them). Each needs an explicit id of at most 21 characters. */
	async importWorkflow(wf, opts) {
		const list = Array.isArray(wf) ? wf : [wf];
		for (const w of list) if (!w.id || w.id.length > 21) throw new Error(`workflow "${w.name}" needs an id of 1-21 characters`);
		return this.cliOk(['import:workflow', `--input=${this._tmpFile('workflows.json', list.length === 1 ? list[0] : list)}`], opts);
	}

	/** Decrypted credential data as n8n stores it now. */
	async exportCredential(id, opts) {
		const out = path.join(this.userFolder, 'e2e-files', `export-${id}-${Date.now()}.json`);
		fs.mkdirSync(path.dirname(out), { recursive: true });
		await this.cliOk(['export:credentials', `--id=${id}`, '--decrypted', `--output=${out}`], opts);
		const list = JSON.parse(fs.readFileSync(out, 'utf8'));
		fs.rmSync(out, { force: true });
		return Array.isArray(list) ? list[0] : list;
	}

	async exportWorkflow(id, opts) {
		const out = path.join(this.userFolder, 'e2e-files', `export-wf-${id}-${Date.now()}.json`);
		fs.mkdirSync(path.dirname(out), { recursive: true });
		await this.cliOk(['export:workflow', `--id=${id}`, `--output=${out}`], opts);
		const list = JSON.parse(fs.readFileSync(out, 'utf8'));
		fs.rmSync(out, { force: true });
		return Array.isArray(list) ? list[0] : list;
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`, parsed. Returns
	 * { code, status, error, errorDetails, nodes: { Name: [[json...] per run] }, nodeErrors, binaries, raw, stdout, stderr, ms }.
	 * `status` is undefined when no run JSON was printed (then look at stdout/stderr).
	 */
	async execute(id, { timeoutMs = 180000 } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
		const raw = extractRunJson(r.stdout);
		const summary = raw ? summariseRun(raw) : { nodes: {}, nodeErrors: {}, binaries: {} };
		let cliError;
		if (!raw) {
			const text = `${r.stdout}\n${r.stderr}`.trim();
			cliError = text.split('\n').filter((l) => /error|fail|not/i.test(l)).slice(0, 5).join(' | ') || text.slice(-500);
		}
		let code = r.code;
		if (r.signal && raw && summary.status === 'success') {
			// The run finished and printed its result; the n8n process then crashed on its way out
			// (seen now and then with n8n 2.41 on Node 24). The run's own result stands; say so.
			console.log(`       warning: n8n execute printed a successful run, then died with ${r.signal} while exiting`);
			code = 0;
		}
		return { code, signal: r.signal, timedOut: r.timedOut, ms: r.ms, ...summary, cliError, raw, stdout: r.stdout, stderr: r.stderr };
	}

	/** Activates a workflow for the next `n8n start` (2.x: publish:workflow; 1.x: update:workflow --active=true). */
	async publish(id, opts) {
		const r = await this.cli(['publish:workflow', `--id=${id}`], opts);
		if (r.code === 0) return r;
		if (/not found|unknown command|command.*publish/i.test(r.stdout + r.stderr)) return this.cliOk(['update:workflow', `--id=${id}`, '--active=true'], opts);
		throw new Error(`publish:workflow ${id} failed (rc ${r.code}): ${(r.stdout + r.stderr).trim().split('\n').slice(-10).join('\n')}`);
	}

	/**
	 * Starts `n8n start` on 127.0.0.1:<port> and waits until /healthz answers 200.
	 * Output goes to <userFolder>/n8n-start.log (or opts.logFile). Returns { port, url, ms }.
	 */
	async start({ port, timeoutMs = 120000, maxRunMs = 60 * 60 * 1000, env = {}, logFile, inheritOutput = false } = {}) {
		if (this.server) throw new Error('n8n is already started');
		port = port || (await freePort());
		const file = logFile || path.join(this.userFolder, 'n8n-start.log');
		const fd = fs.openSync(file, 'a');
		const t0 = Date.now();
		const child = spawnTracked(this.profile.nodeBin, [this.profile.n8nBin, 'start'], {
			cwd: this.userFolder,
			env: this.env({ N8N_PORT: String(port), ...env }),
			stdio: ['ignore', inheritOutput ? 'inherit' : fd, inheritOutput ? 'inherit' : fd],
		});
		fs.closeSync(fd);
		const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
		// a hard upper bound on how long this server may live
		const lifeTimer = setTimeout(() => {
			this.log(`n8n start reached its time limit (${maxRunMs / 1000}s); stopping it`);
			killGroup(child, 'SIGTERM');
			setTimeout(() => killGroup(child, 'SIGKILL'), 10000).unref();
		}, maxRunMs);
		lifeTimer.unref();
		this.server = { child, port, url: `http://127.0.0.1:${port}`, exited, logFile: file, lifeTimer };
		let done = false;
		exited.then(() => (done = true));
		while (Date.now() - t0 < timeoutMs) {
			if (done) {
				const tail = fs.readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
				this.server = undefined;
				clearTimeout(lifeTimer);
				throw new Error(`n8n start exited before it was healthy:\n${tail}`);
			}
			const h = await httpGet(`http://127.0.0.1:${port}/healthz`, 2000);
			if (h.status === 200) {
				const ms = Date.now() - t0;
				this.log(`n8n start healthy on 127.0.0.1:${port} after ${(ms / 1000).toFixed(1)}s`);
				return { port, url: this.server.url, ms };
			}
			await sleep(300);
		}
		await this.stop();
		throw new Error(`n8n start did not answer /healthz within ${timeoutMs / 1000}s (log: ${file})`);
	}

	/**
	 * Signs in to the started n8n as the owner, creating the owner first on a fresh instance.
	 * Returns the headers (auth cookie and browser id) for later REST calls.
	 */
	async signIn(owner) {
		if (!this.server) throw new Error('n8n is not started');
		const url = this.server.url;
		const browserId = 'pinterest-e2e-browser';
		// /healthz answers before the REST controllers are mounted: wait for the settings endpoint
		let settings;
		for (let i = 0; i < 120; i++) {
			settings = await httpJson('GET', `${url}/rest/settings`);
			if (settings.status === 200 && settings.json) break;
			await sleep(500);
		}
		const um = settings.json && (settings.json.data || settings.json).userManagement;
		const fresh = !(um && um.showSetupOnFirstLoad === false);
		const r = fresh
			? await httpJson('POST', `${url}/rest/owner/setup`, owner, { headers: { 'browser-id': browserId } })
			: await httpJson('POST', `${url}/rest/login`, { emailOrLdapLoginId: owner.email, password: owner.password }, { headers: { 'browser-id': browserId } });
		if (r.status < 200 || r.status >= 300) throw new Error(`${fresh ? 'owner setup' : 'login'} answered ${r.status}: ${(r.text || r.error || '').slice(0, 300)}`);
		const cookie = [].concat(r.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
		if (!cookie) throw new Error(`${fresh ? 'owner setup' : 'login'} set no cookie`);
		return { created: fresh, headers: { cookie, 'browser-id': browserId } };
	}

	/** Stops `n8n start`: SIGTERM to its process group, SIGKILL after graceMs. */
	async stop({ graceMs = 20000 } = {}) {
		const s = this.server;
		if (!s) return;
		this.server = undefined;
		clearTimeout(s.lifeTimer);
		killGroup(s.child, 'SIGTERM');
		const res = await Promise.race([s.exited, sleep(graceMs).then(() => 'timeout')]);
		if (res === 'timeout') {
			this.log('n8n did not stop in time; killing it');
			killGroup(s.child, 'SIGKILL');
			await Promise.race([s.exited, sleep(5000)]);
		}
		killGroup(s.child, 'SIGKILL', { evenIfExited: true }); // any leftovers in the group (task runners)
	}

	startLog() {
		try {
			return fs.readFileSync(this.server ? this.server.logFile : path.join(this.userFolder, 'n8n-start.log'), 'utf8');
		} catch {
			return '';
		}
	}

	/** SELECT on n8n's sqlite DB, run under the profile's node with its own sqlite3 (native ABI must match). */
	async query(sql, params = [], { parseColumn, timeoutMs = 30000 } = {}) {
		const r = await run(this.profile.nodeBin, ['-e', DB_HELPER, path.join(this.profile.dir, 'node_modules'), this.dbFile, sql, JSON.stringify(params), parseColumn || ''], {
			env: this.profile.env,
			timeoutMs,
		});
		if (r.code !== 0) throw new Error(`sqlite query failed (rc ${r.code}): ${r.stderr.trim()}`);
		return JSON.parse(r.stdout || '[]');
	}

	/** Executions of a workflow (newest last), with parsed run data when withData. */
	async executions(workflowId, { mode, withData = true } = {}) {
		const where = ['e.workflowId = ?'];
		const params = [workflowId];
		if (mode) {
			where.push('e.mode = ?');
			params.push(mode);
		}
		const rows = await this.query(
			`SELECT e.id, e.mode, e.status, e.finished, e.startedAt, e.stoppedAt${withData ? ', d.data' : ''} FROM execution_entity e` +
				`${withData ? ' LEFT JOIN execution_data d ON d.executionId = e.id' : ''} WHERE ${where.join(' AND ')} ORDER BY e.id`,
			params,
			{ parseColumn: withData ? 'data' : undefined },
		);
		return rows.map((row) => {
			const out = { id: row.id, mode: row.mode, status: row.status, finished: !!row.finished, startedAt: row.startedAt, stoppedAt: row.stoppedAt };
			if (withData && row.data && typeof row.data === 'object') {
				const rd = row.data.resultData || {};
				Object.assign(out, summariseRunData(rd.runData), { error: rd.error ? rd.error.message : undefined });
			}
			return out;
		});
	}

	/** Waits until at least `count` finished executions of the workflow exist (mode 'trigger' by default). */
	async waitForExecutions({ workflowId, count = 1, mode = 'trigger', timeoutMs = 90000, pollMs = 1000 } = {}) {
		const t0 = Date.now();
		let last = [];
		while (Date.now() - t0 < timeoutMs) {
			if (fs.existsSync(this.dbFile)) {
				try {
					last = await this.executions(workflowId, { mode, withData: false });
				} catch (e) {
					this.log(`db not readable yet: ${e.message}`);
				}
				const done = last.filter((e) => e.finished || (e.status && e.status !== 'running' && e.status !== 'new'));
				if (done.length >= count) return this.executions(workflowId, { mode, withData: true });
			}
			if (this.server) {
				const ex = await Promise.race([this.server.exited, sleep(pollMs).then(() => undefined)]);
				if (ex) throw new Error(`n8n exited (${JSON.stringify(ex)}) while waiting for executions`);
			} else await sleep(pollMs);
		}
		throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${count} ${mode} execution(s) of ${workflowId} (have ${last.length})`);
	}

	/** Static data n8n saved for a workflow (trigger watermarks). */
	async staticData(workflowId) {
		const rows = await this.query('SELECT staticData FROM workflow_entity WHERE id = ?', [workflowId]);
		if (!rows.length || rows[0].staticData == null) return undefined;
		const v = rows[0].staticData;
		return typeof v === 'string' ? JSON.parse(v) : v;
	}

	/** Stop the server and remove the user folder if this instance created it. */
	async dispose({ keep = false } = {}) {
		await this.stop();
		if (this.ownsFolder && !keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

module.exports = { N8nInstance, run, spawnTracked, killGroup, killAllSync, extractRunJson, summariseRun, summariseRunData, freePort, httpGet, httpJson, sleep };
