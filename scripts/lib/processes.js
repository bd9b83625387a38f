'use strict';
/*
 * Child process bookkeeping for scripts/lib/n8n-cli.js: nothing is left behind. Every child runs in
 * its own process group and is killed (group-wide) on timeout, on stop(), and when this process
 * exits or is interrupted. Node built-ins only.
 */
const { spawn } = require('child_process');

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
		const child = spawnTracked(cmd, args, {
			cwd,
			env,
			stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		});
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { spawnTracked, killGroup, killAllSync, run, sleep };
