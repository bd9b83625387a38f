'use strict';
/*
 * Helpers to drive a real n8n CLI headless (Node built-ins only).
 *
 *   const { N8nInstance } = require('./scripts/lib/n8n-cli');
 *   // profile from n8n-install.ensureProfile()
 *   const n8n = await N8nInstance.create(profile, { brokerPort: 15679 });
 *   await n8n.installPackage(tgz);
 *   await n8n.importCredentials([...]); await n8n.importWorkflow(wf);
 *   const run = await n8n.execute(wf.id); // { code, status, error, nodes: { Name: [[json]] }, ... }
 *   await n8n.publish(wf.id); await n8n.start({ port });
 *   await n8n.waitForExecutions({ workflowId, count: 1 });
 *   await n8n.stop(); await n8n.dispose();
 *
 * Every call is bounded by a timeout; child processes run in their own process group and are killed
 * (group-wide) on timeout, on stop(), and when this process exits or is interrupted
 * (scripts/lib/processes.js). `n8n start` lives in scripts/lib/n8n-server.js, the sqlite reads in
 * scripts/lib/n8n-db.js, run parsing in scripts/lib/run-json.js.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnTracked, killGroup, killAllSync, run, sleep } = require('./processes');
const { httpGet, httpJson, freePort } = require('./http');
const { extractRunJson, summariseRun, summariseRunData } = require('./run-json');
const { findNpmCli } = require('./npm-env');
const server = require('./n8n-server');
const db = require('./n8n-db');

class N8nInstance {
	/**
	 * @param profile  result of ensureProfile() from scripts/n8n-install.js
	 *                 ({ n8nBin, nodeBin, dir, env, n8nVersion })
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
		// SELECT on this n8n's DB, rows as arrays or objects; sqlite unless the caller sets another
		// (the queue profile's Postgres)
		this.dbQuery = opts.dbQuery || ((sql) => this.query(sql));
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

	/**
	 * Runs `n8n <args>` with this instance's environment. cwd is the user folder (n8n reads .env
	 * from cwd).
	 */
	async cli(args, { timeoutMs = 180000, env } = {}) {
		const r = await run(this.profile.nodeBin, [this.profile.n8nBin, ...args], {
			cwd: this.userFolder,
			env: this.env(env),
			timeoutMs,
		});
		this.calls.push({ args: args.join(' '), ms: r.ms, code: r.code });
		this.log(
			`n8n ${args.join(' ')} -> rc ${r.code}${r.timedOut ? ' (timed out)' : ''} in ${(r.ms / 1000).toFixed(1)}s`,
		);
		return r;
	}

	async cliOk(args, opts) {
		const r = await this.cli(args, opts);
		if (r.code !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} failed (rc ${r.code}${r.timedOut ? ', timed out' : ''}): ` +
					(r.stdout + '\n' + r.stderr).trim().split('\n').slice(-15).join('\n'),
			);
		}
		return r;
	}

	/**
	 * npm install <tgz> into <userFolder>/.n8n/nodes with --omit=peer (as n8n's community package
	 * installer does).
	 */
	async installPackage(tgz, { timeoutMs = 180000 } = {}) {
		const dir = path.join(this.n8nHome, 'nodes');
		fs.mkdirSync(dir, { recursive: true });
		const pj = path.join(dir, 'package.json');
		if (!fs.existsSync(pj))
			fs.writeFileSync(pj, JSON.stringify({ name: 'installed-nodes', private: true }, null, 2));
		const r = await run(
			this.profile.nodeBin,
			[
				findNpmCli(),
				'install',
				path.resolve(tgz),
				'--omit=peer',
				'--no-audit',
				'--no-fund',
				'--no-package-lock',
			],
			{
				cwd: dir,
				env: this.profile.env,
				timeoutMs,
			},
		);
		this.log(
			`npm install ${path.basename(tgz)} into .n8n/nodes -> rc ${r.code} in ${(r.ms / 1000).toFixed(1)}s`,
		);
		if (r.code !== 0)
			throw new Error(
				`npm install ${tgz} failed (rc ${r.code}): ${(r.stdout + r.stderr).trim().split('\n').slice(-15).join('\n')}`,
			);
		return r;
	}

	_tmpFile(name, data) {
		const dir = path.join(this.userFolder, 'e2e-files');
		fs.mkdirSync(dir, { recursive: true });
		const f = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
		fs.writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
		return f;
	}

	/** Credentials: an array of { id, name, type, data }, plain `data` (n8n encrypts it on import). */
	async importCredentials(creds, opts) {
		const list = Array.isArray(creds) ? creds : [creds];
		return this.cliOk(
			['import:credentials', `--input=${this._tmpFile('credentials.json', list)}`],
			opts,
		);
	}

	/** One workflow object (or an array of them). Each needs an explicit id of at most 21 characters. */
	async importWorkflow(wf, opts) {
		const list = Array.isArray(wf) ? wf : [wf];
		for (const w of list)
			if (!w.id || w.id.length > 21)
				throw new Error(`workflow "${w.name}" needs an id of 1-21 characters`);
		return this.cliOk(
			[
				'import:workflow',
				`--input=${this._tmpFile('workflows.json', list.length === 1 ? list[0] : list)}`,
			],
			opts,
		);
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
	 * { code, status, error, errorDetails, nodes: { Name: [[json...] per run] }, nodeErrors, binaries,
	 *   raw, stdout, stderr, ms }.
	 * `status` is undefined when no run JSON was printed (then look at stdout/stderr).
	 */
	async execute(id, { timeoutMs = 180000 } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
		const raw = extractRunJson(r.stdout);
		const summary = raw ? summariseRun(raw) : { nodes: {}, nodeErrors: {}, binaries: {} };
		let cliError;
		if (!raw) {
			const text = `${r.stdout}\n${r.stderr}`.trim();
			cliError =
				text
					.split('\n')
					.filter((l) => /error|fail|not/i.test(l))
					.slice(0, 5)
					.join(' | ') || text.slice(-500);
		}
		let code = r.code;
		if (r.signal && raw && summary.status === 'success') {
			// The run finished and printed its result; the n8n process then crashed on its way out
			// (seen now and then with n8n 2.41 on Node 24). The run's own result stands; say so.
			console.log(
				`       warning: n8n execute printed a successful run, then died with ${r.signal} while exiting`,
			);
			code = 0;
		}
		return {
			code,
			signal: r.signal,
			timedOut: r.timedOut,
			ms: r.ms,
			...summary,
			cliError,
			raw,
			stdout: r.stdout,
			stderr: r.stderr,
		};
	}

	/**
	 * Activates a workflow for the next `n8n start` (2.x: publish:workflow; 1.x: update:workflow
	 * --active=true).
	 */
	async publish(id, opts) {
		const r = await this.cli(['publish:workflow', `--id=${id}`], opts);
		if (r.code === 0) return r;
		if (/not found|unknown command|command.*publish/i.test(r.stdout + r.stderr))
			return this.cliOk(['update:workflow', `--id=${id}`, '--active=true'], opts);
		throw new Error(
			`publish:workflow ${id} failed (rc ${r.code}): ${(r.stdout + r.stderr).trim().split('\n').slice(-10).join('\n')}`,
		);
	}

	/**
	 * Starts `n8n start` on 127.0.0.1:<port> and waits until n8n reports it ready and the published
	 * workflows active (scripts/lib/n8n-server.js, scripts/lib/n8n-ready.js).
	 * opts: { port, timeoutMs, maxRunMs, env, logFile, inheritOutput, published, activationFailures }.
	 * Returns { port, url, ms, published, activationFailures }.
	 */
	async start(opts) {
		return server.start(this, opts);
	}

	/** Creates the owner on a fresh instance: 'created', or 'existing'. */
	async ensureOwner(owner) {
		return server.ensureOwner(this, owner);
	}

	/** Signs in to the started n8n as the owner (created on a fresh instance); { created, headers }. */
	async signIn(owner) {
		return server.signIn(this, owner);
	}

	/** Stops `n8n start`: SIGTERM to its process group, SIGKILL after graceMs. */
	async stop(opts) {
		return server.stop(this, opts);
	}

	startLog() {
		try {
			return fs.readFileSync(
				this.server ? this.server.logFile : path.join(this.userFolder, 'n8n-start.log'),
				'utf8',
			);
		} catch {
			return '';
		}
	}

	/** SELECT on n8n's sqlite DB (scripts/lib/n8n-db.js). opts: { parseColumn, timeoutMs }. */
	async query(sql, params, opts) {
		return db.query(this, sql, params, opts);
	}

	/** Executions of a workflow (newest last), with parsed run data when withData. */
	async executions(workflowId, opts) {
		return db.executions(this, workflowId, opts);
	}

	/**
	 * Waits until at least `count` finished executions of the workflow exist (mode 'trigger' by
	 * default).
	 * opts: { workflowId, count, mode, timeoutMs, pollMs }.
	 */
	async waitForExecutions(opts) {
		return db.waitForExecutions(this, opts);
	}

	/** Static data n8n saved for a workflow (trigger watermarks). */
	async staticData(workflowId) {
		return db.staticData(this, workflowId);
	}

	/** Stop the server and remove the user folder if this instance created it. */
	async dispose({ keep = false } = {}) {
		await this.stop();
		if (this.ownsFolder && !keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

module.exports = {
	N8nInstance,
	run,
	spawnTracked,
	killGroup,
	killAllSync,
	extractRunJson,
	summariseRun,
	summariseRunData,
	freePort,
	httpGet,
	httpJson,
	sleep,
};
