'use strict';
/*
 * Progress for long npm runs of scripts/n8n-install.js: describe what npm is doing by looking at
 * its descendant processes and node_modules, and print that every 15 s while a command runs.
 * Node built-ins only; reads /proc (Linux).
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { log, fmtSecs } = require('./install-util');

const PROGRESS_EVERY_MS = 15000;

function descendants(rootPid) {
	let entries;
	try {
		entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
	} catch {
		return [];
	}
	const parent = new Map();
	for (const pid of entries) {
		try {
			const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
			const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parent.set(Number(pid), Number(rest[1]));
		} catch {
			/* gone */
		}
	}
	const out = [];
	const want = new Set([rootPid]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, ppid] of parent) {
			if (!want.has(pid) && want.has(ppid)) {
				want.add(pid);
				grew = true;
				try {
					const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
					let cwd = '';
					try {
						cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
					} catch {
						/* no access */
					}
					out.push({ pid, cmd, cwd });
				} catch {
					/* gone */
				}
			}
		}
	}
	return out;
}

function packageOf(dir) {
	const m = String(dir).match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/);
	return m ? m[1] : undefined;
}

function describeActivity(rootPid, installDir) {
	const kids = descendants(rootPid);
	const interesting = [];
	let compiling = false;
	for (const k of kids) {
		const m = k.cmd.match(/^(?:\/bin\/)?sh -c (.+)/);
		if (m) interesting.push(`install script of ${packageOf(k.cwd) || '?'}: ${m[1].slice(0, 70)}`);
		else if (/\b(cc1plus|cc1|g\+\+|gcc|c\+\+)\b/.test(k.cmd)) compiling = true;
	}
	if (compiling) interesting.push('compiling native code');
	let nm = 0;
	try {
		nm = fs.readdirSync(path.join(installDir, 'node_modules')).length;
	} catch {
		/* not yet */
	}
	const what = [...new Set(interesting)].slice(0, 3).join('; ');
	const idle = nm ? 'extracting/linking packages' : 'resolving dependency tree and fetching';
	return `${what || idle} (node_modules: ${nm} entries)`;
}

/**
 * Runs a command, bounded by timeoutMs, printing a progress line every 15 s. Output goes to logFile.
 * Resolves { code, signal, timedOut, tail }.
 */
function runLogged(cmd, args, { cwd, env, logFile, timeoutMs, label, installDir }) {
	return new Promise((resolve) => {
		const started = Date.now();
		const fd = fs.openSync(logFile, 'a');
		fs.writeSync(fd, `\n$ ${cmd} ${args.join(' ')}   (cwd ${cwd}, ${new Date().toISOString()})\n`);
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], detached: true });
		let timedOut = false;
		const kill = (sig) => {
			try {
				process.kill(-child.pid, sig);
			} catch {
				/* gone */
			}
		};
		const timer = setTimeout(() => {
			timedOut = true;
			log(`${label}: timed out after ${fmtSecs(timeoutMs)}, stopping it`);
			kill('SIGTERM');
			setTimeout(() => kill('SIGKILL'), 5000).unref();
		}, timeoutMs);
		const ticker = setInterval(() => {
			log(
				`${label}: ${fmtSecs(Date.now() - started)} elapsed, ${describeActivity(child.pid, installDir || cwd)}`,
			);
		}, PROGRESS_EVERY_MS);
		const onSignal = () => {
			kill('SIGTERM');
		};
		process.once('SIGINT', onSignal);
		process.once('SIGTERM', onSignal);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			clearInterval(ticker);
			process.removeListener('SIGINT', onSignal);
			process.removeListener('SIGTERM', onSignal);
			fs.closeSync(fd);
			let tail = '';
			try {
				const text = fs.readFileSync(logFile, 'utf8');
				tail = text.split('\n').slice(-40).join('\n');
			} catch {
				/* ignore */
			}
			resolve({ code, signal, timedOut, tail, ms: Date.now() - started });
		});
	});
}

module.exports = { describeActivity, runLogged };
