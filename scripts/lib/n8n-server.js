'use strict';
/*
 * `n8n start` for an N8nInstance (scripts/lib/n8n-cli.js): start it and wait until it is healthy,
 * sign in as the owner, stop it (process-group wide). Each function takes the instance as its first
 * argument; N8nInstance's methods of the same names call them. Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { spawnTracked, killGroup, sleep } = require('./processes');
const { httpJson, freePort } = require('./http');
const ready = require('./n8n-ready');

/**
 * Starts `n8n start` on 127.0.0.1:<port> and waits until n8n reports itself ready (n8n-ready.js):
 * /healthz, then /healthz/readiness (DB migrated, routes mounted), then its start-up line, then
 * every published workflow active (`published`: ids; default every workflow the DB has published,
 * which is what n8n activates). All of it within timeoutMs; the error names what it was waiting
 * for. An activation failure n8n reports fails the start, or with activationFailures: 'report'
 * is returned. Output goes to <userFolder>/n8n-start.log (or opts.logFile).
 * Returns { port, url, ms, published, activationFailures }.
 */
async function start(
	inst,
	{
		port,
		timeoutMs = 120000,
		maxRunMs = 60 * 60 * 1000,
		env = {},
		logFile,
		inheritOutput = false,
		published,
		activationFailures = 'throw',
	} = {},
) {
	if (inst.server) throw new Error('n8n is already started');
	if (!published) published = await ready.publishedIds(inst.dbQuery);
	port = port || (await freePort());
	const file = logFile || path.join(inst.userFolder, 'n8n-start.log');
	const logOffset = ready.logSize(file);
	// pollers' status rows as they were before this start, to tell the ones this start wrote
	const before = await ready.inMemoryTriggerRows(inst.dbQuery, published);
	const fd = fs.openSync(file, 'a');
	const t0 = Date.now();
	const child = spawnTracked(inst.profile.nodeBin, [inst.profile.n8nBin, 'start'], {
		cwd: inst.userFolder,
		env: inst.env({ N8N_PORT: String(port), ...env }),
		stdio: ['ignore', inheritOutput ? 'inherit' : fd, inheritOutput ? 'inherit' : fd],
	});
	fs.closeSync(fd);
	const exited = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve({ code, signal })),
	);
	// a hard upper bound on how long this server may live
	const lifeTimer = setTimeout(() => {
		inst.log(`n8n start reached its time limit (${maxRunMs / 1000}s); stopping it`);
		killGroup(child, 'SIGTERM');
		setTimeout(() => killGroup(child, 'SIGKILL'), 10000).unref();
	}, maxRunMs);
	lifeTimer.unref();
	inst.server = { child, port, url: `http://127.0.0.1:${port}`, exited, logFile: file, lifeTimer };
	let done = false;
	exited.then(() => (done = true));
	const url = inst.server.url;
	const log = () => ready.logSince(file, logOffset);
	const alive = () => {
		if (done) {
			const tail = log().split('\n').slice(-20).join('\n');
			throw new Error(`n8n start exited before it was ready:\n${tail}`);
		}
	};
	const left = () => Math.max(0, timeoutMs - (Date.now() - t0));
	let failures = [];
	try {
		await ready.waitForHttp200(`${url}/healthz`, 'n8n main listening', {
			timeoutMs: left(),
			alive,
		});
		await ready.waitForHttp200(`${url}/healthz/readiness`, 'n8n main ready', {
			timeoutMs: left(),
			alive,
		});
		await ready.waitFor(
			`n8n's start-up line "${ready.STARTED_LINE}" in ${file}`,
			() => log().includes(ready.STARTED_LINE),
			{ timeoutMs: left(), alive, pollMs: 300 },
		);
		failures = await ready.waitForActiveWorkflows(published, {
			query: inst.dbQuery,
			log,
			before,
			timeoutMs: left(),
			alive,
			failures: activationFailures,
		});
	} catch (e) {
		if (done) {
			inst.server = undefined;
			clearTimeout(lifeTimer);
		} else await inst.stop();
		throw new Error(`n8n start (log: ${file}): ${e.message}`);
	}
	const ms = Date.now() - t0;
	inst.log(
		`n8n start ready on 127.0.0.1:${port} after ${(ms / 1000).toFixed(1)}s${published.length ? ` (${published.length - failures.length} of ${published.length} published workflows active)` : ''}`,
	);
	return { port, url, ms, published, activationFailures: failures };
}

/** Waits for n8n's REST API (/healthz answers before it is mounted); true when no owner exists yet. */
async function needsOwner(url) {
	let settings;
	for (let i = 0; i < 120; i++) {
		settings = await httpJson('GET', `${url}/rest/settings`);
		if (settings.status === 200 && settings.json) break;
		await sleep(500);
	}
	const um = settings.json && (settings.json.data || settings.json).userManagement;
	return !(um && um.showSetupOnFirstLoad === false);
}

function failIfNotOk(what, r) {
	if (r.status < 200 || r.status >= 300) {
		throw new Error(`${what} answered ${r.status}: ${(r.text || r.error || '').slice(0, 300)}`);
	}
}

/** Creates the owner on a fresh instance; 'created', or 'existing' when there is one already. */
async function ensureOwner(inst, owner) {
	if (!inst.server) throw new Error('n8n is not started');
	if (!(await needsOwner(inst.server.url))) return 'existing';
	failIfNotOk('owner setup', await httpJson('POST', `${inst.server.url}/rest/owner/setup`, owner));
	return 'created';
}

/**
 * Signs in to the started n8n as the owner, creating the owner first on a fresh instance.
 * Returns the headers (auth cookie and browser id) for later REST calls.
 */
async function signIn(inst, owner) {
	if (!inst.server) throw new Error('n8n is not started');
	const url = inst.server.url;
	const browserId = 'pinterest-e2e-browser';
	const fresh = await needsOwner(url);
	const what = fresh ? 'owner setup' : 'login';
	const r = fresh
		? await httpJson('POST', `${url}/rest/owner/setup`, owner, {
				headers: { 'browser-id': browserId },
			})
		: await httpJson(
				'POST',
				`${url}/rest/login`,
				{ emailOrLdapLoginId: owner.email, password: owner.password },
				{ headers: { 'browser-id': browserId } },
			);
	failIfNotOk(what, r);
	const cookie = []
		.concat(r.headers['set-cookie'] || [])
		.map((c) => c.split(';')[0])
		.join('; ');
	if (!cookie) throw new Error(`${what} set no cookie`);
	return { created: fresh, headers: { cookie, 'browser-id': browserId } };
}

/** Stops `n8n start`: SIGTERM to its process group, SIGKILL after graceMs. */
async function stop(inst, { graceMs = 20000 } = {}) {
	const s = inst.server;
	if (!s) return;
	inst.server = undefined;
	clearTimeout(s.lifeTimer);
	killGroup(s.child, 'SIGTERM');
	const res = await Promise.race([s.exited, sleep(graceMs).then(() => 'timeout')]);
	if (res === 'timeout') {
		inst.log('n8n did not stop in time; killing it');
		killGroup(s.child, 'SIGKILL');
		await Promise.race([s.exited, sleep(5000)]);
	}
	killGroup(s.child, 'SIGKILL', { evenIfExited: true }); // any leftovers in the group (task runners)
}

module.exports = { start, ensureOwner, signIn, stop };
