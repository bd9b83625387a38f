#!/usr/bin/env node
'use strict';
/*
 * End-to-end tests: the packed package installed into real n8n (2.8.4 on Node 20 and 2.41.1 on Node 24),
 * workflows imported and run with the n8n CLI against the local Pinterest simulator.
 *
 *   npm run test:e2e                         both profiles
 *   npm run test:e2e -- --profile 2.8        one profile (also E2E_PROFILES=2.8,2.41)
 *   npm run test:e2e -- --only board         only scenarios whose name contains "board" (smoke always runs)
 *   npm run test:e2e -- --keep               keep the temp n8n user folders for inspection
 *   npm run test:e2e -- --no-trigger         skip the `n8n start` trigger cycle
 *
 * The last line is exactly "N passed, M failed"; the exit code is non-zero on any failure.
 */
const fs = require('fs');
const path = require('path');
const { ensureProfile, findNpmCli, cacheRoot } = require('../../scripts/n8n-install');
const { N8nInstance, freePort, killAllSync } = require('../../scripts/lib/n8n-cli');
const { fmt, Timer, table, packRepo, readNodeInfo, tmpDir } = require('./lib/harness');
const { loadSimulator } = require('./lib/simulator');
const { SMOKE_NAME, runSmoke } = require('./lib/smoke');
const { defineScenarios, triggerScenario, CREDS, SIM_OPTIONS } = require('./scenarios');
const { leadAdsScenario } = require('./scenarios/leadAds');
const { iconsScenario } = require('./icons');
const { runQueueProfile } = require('./queue/profile');

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f) => {
	const i = args.findIndex((a) => a === f || a.startsWith(`${f}=`));
	if (i < 0) return undefined;
	return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
};

const PROFILES = (opt('--profile') || process.env.E2E_PROFILES || '2.8,2.41')
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);
const ONLY = opt('--only');
const KEEP = flag('--keep');
const TRIGGER = !flag('--no-trigger');

const results = []; // { profile, name, status: 'pass'|'fail'|'skip', ms, message }
const timer = new Timer();
const cleanups = [];

function record(profile, name, status, ms, message) {
	results.push({ profile, name, status, ms, message });
	const tag = status === 'pass' ? 'PASS' : status === 'skip' ? 'SKIP' : 'FAIL';
	console.log(
		`  ${tag} [${profile}] ${name} (${fmt(ms)})${message ? `\n       ${String(message).split('\n').join('\n       ')}` : ''}`,
	);
}

/**
 * A scenario that starts n8n itself (`n8n start`): recorded with the error lines of n8n's log when
 * it fails, and n8n stopped afterwards whatever happened.
 */
async function runInOwnStart(profileName, scenario, ctx, n8n, sim, onPass = () => {}) {
	const t0 = Date.now();
	const skip = scenario.skip(ctx);
	if (skip) {
		record(profileName, scenario.name, 'skip', 0, skip);
		return;
	}
	try {
		sim.requests.length = 0;
		await scenario.run(ctx);
		record(profileName, scenario.name, 'pass', Date.now() - t0);
		onPass();
	} catch (e) {
		const tail = n8n
			.startLog()
			.split('\n')
			.filter((l) => /error|warn|fail/i.test(l))
			.slice(-8)
			.join('\n');
		record(
			profileName,
			scenario.name,
			'fail',
			Date.now() - t0,
			`${e.message}${tail ? `\n--- n8n log (errors) ---\n${tail}` : ''}`,
		);
	} finally {
		await n8n.stop();
	}
	timer.add(`[${profileName}] ${scenario.name}`, Date.now() - t0);
}

async function runProfile(profileName, pack, nodeInfo) {
	console.log(`\n=== profile ${profileName} ===`);
	const tProfile = Date.now();
	let profile;
	try {
		const t0 = Date.now();
		profile = await ensureProfile(profileName);
		const ms = Date.now() - t0;
		timer.add(
			`install n8n (profile ${profileName})${profile.installSeconds ? ' [cold]' : ' [cached]'}`,
			ms,
		);
		record(profileName, `install n8n ${profile.n8nVersion}`, 'pass', ms);
		if (profile.latestCheck) console.log(`  note: ${profile.latestCheck}`);
	} catch (e) {
		record(profileName, 'install n8n', 'fail', 0, e.message);
		return;
	}

	const n8n = await N8nInstance.create(profile, {
		tmpPrefix: `n8n-e2e-${profileName}-`,
		log: (m) => process.env.E2E_VERBOSE && console.log(`    · ${m}`),
	});
	cleanups.push(() => n8n.dispose({ keep: KEEP }));
	if (KEEP) console.log(`  user folder: ${n8n.userFolder}`);

	// 1) smoke: n8n itself boots, imports and executes (no package, no simulator needed)
	{
		const t0 = Date.now();
		try {
			await runSmoke(n8n);
			record(profileName, SMOKE_NAME, 'pass', Date.now() - t0);
		} catch (e) {
			record(profileName, SMOKE_NAME, 'fail', Date.now() - t0, e.message);
		}
	}

	// 2) our package loads into this n8n
	let installed = false;
	{
		const t0 = Date.now();
		if (!pack.tgz) {
			record(
				profileName,
				'install packed package into .n8n/nodes',
				'fail',
				0,
				`no tarball: ${pack.error}`,
			);
		} else {
			try {
				await n8n.installPackage(pack.tgz);
				installed = true;
				record(profileName, 'install packed package into .n8n/nodes', 'pass', Date.now() - t0);
			} catch (e) {
				record(
					profileName,
					'install packed package into .n8n/nodes',
					'fail',
					Date.now() - t0,
					e.message,
				);
			}
		}
	}

	// 3) simulator
	const simMod = loadSimulator();
	if (simMod.error) {
		record(profileName, 'start Pinterest simulator', 'fail', 0, simMod.error);
		timer.add(`profile ${profileName} total`, Date.now() - tProfile);
		return;
	}
	const sim = simMod.createSimulator({ ...SIM_OPTIONS });
	const simPort = await freePort();
	await sim.start(simPort);
	cleanups.push(() => sim.stop());

	const ctx = {
		profile: profileName,
		n8n,
		sim,
		nodeInfo,
		installed,
		version: profile.n8nVersion,
		n8nModules: path.join(profile.dir, 'node_modules'),
		creds: CREDS,
		createSimulator: simMod.createSimulator,
		extraCredentials: [],
		extraSims: [],
	};
	cleanups.push(async () => {
		for (const x of ctx.extraSims) await x.stop();
	});

	// 4) scenarios: prepare (seed simulator, build workflows) -> one import of all workflows -> run each
	let scenarios = defineScenarios(ctx);
	if (ONLY) scenarios = scenarios.filter((s) => s.name.includes(ONLY));
	const prepared = [];
	for (const s of scenarios) {
		try {
			const skip = s.skip && s.skip(ctx);
			if (skip) {
				record(profileName, s.name, 'skip', 0, skip);
				continue;
			}
			const missing = s.requires ? s.requires(ctx) : undefined;
			if (missing) {
				record(profileName, s.name, 'fail', 0, missing);
				continue;
			}
			const workflows = (await s.prepare(ctx)) || [];
			prepared.push({ s, workflows: Array.isArray(workflows) ? workflows : [workflows] });
		} catch (e) {
			record(profileName, s.name, 'fail', 0, `prepare: ${e.message}`);
		}
	}
	{
		const t0 = Date.now();
		try {
			await n8n.importCredentials([...CREDS.list(sim), ...ctx.extraCredentials]);
			const all = prepared.flatMap((p) => p.workflows);
			if (all.length) await n8n.importWorkflow(all);
			timer.add(
				`profile ${profileName}: import credentials + ${all.length} workflows`,
				Date.now() - t0,
			);
		} catch (e) {
			for (const p of prepared) record(profileName, p.s.name, 'fail', 0, `import: ${e.message}`);
			prepared.length = 0;
		}
	}
	for (const { s, workflows } of prepared) {
		const t0 = Date.now();
		try {
			sim.requests.length = 0;
			await s.run(ctx, workflows);
			record(profileName, s.name, 'pass', Date.now() - t0);
		} catch (e) {
			record(profileName, s.name, 'fail', Date.now() - t0, e.message);
		}
		timer.add(`[${profileName}] ${s.name}`, Date.now() - t0);
	}

	// 5) trigger: one `n8n start` cycle, first and second poll
	if (TRIGGER && (!ONLY || 'trigger'.includes(ONLY) || triggerScenario.name.includes(ONLY))) {
		await runInOwnStart(profileName, triggerScenario, ctx, n8n, sim, () => {
			if (ctx.triggerInfo)
				console.log(
					`       polls: ${ctx.triggerInfo.pollTimes}; 2nd poll ${fmt(ctx.triggerInfo.secondPollMs)} after the 1st`,
				);
		});
	}

	// 5b) lead ads: another `n8n start`; the simulator delivers encrypted leads to n8n's webhook
	if (TRIGGER && (!ONLY || leadAdsScenario.name.includes(ONLY))) {
		await runInOwnStart(profileName, leadAdsScenario, ctx, n8n, sim);
	}

	// 6) icons: what the editor loads, fetched from n8n's own routes
	if (!ONLY || iconsScenario.name.includes(ONLY)) {
		const t0 = Date.now();
		const skip = iconsScenario.skip(ctx);
		if (skip) record(profileName, iconsScenario.name, 'skip', 0, skip);
		else {
			try {
				await iconsScenario.run(ctx);
				record(profileName, iconsScenario.name, 'pass', Date.now() - t0);
				if (ctx.iconInfo)
					console.log(
						`       served: ${ctx.iconInfo.slice(0, 2).join(', ')} (+${ctx.iconInfo.length - 2} more)`,
					);
			} catch (e) {
				record(profileName, iconsScenario.name, 'fail', Date.now() - t0, e.message);
			}
			timer.add(`[${profileName}] ${iconsScenario.name}`, Date.now() - t0);
		}
	}

	await sim.stop();
	for (const x of ctx.extraSims.splice(0)) await x.stop();
	timer.add(`profile ${profileName} total (incl. install)`, Date.now() - tProfile);
}

async function main() {
	const tAll = Date.now();
	console.log(`e2e: profiles ${PROFILES.join(', ')}; n8n cache ${cacheRoot()}`);
	const work = tmpDir('pinterest-e2e-pack-');
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));

	// build + pack once
	const pack = {};
	{
		const t0 = Date.now();
		try {
			const env = { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' };
			const r = await packRepo(work, { npmCli: findNpmCli(), env });
			pack.tgz = r.tgz;
			pack.files = r.files;
			record(
				'-',
				`build + npm pack (${path.basename(r.tgz)}, ${r.files.length} files)`,
				'pass',
				Date.now() - t0,
			);
		} catch (e) {
			pack.error = e.message.split('\n').slice(0, 12).join('\n');
			record('-', 'build + npm pack', 'fail', Date.now() - t0, pack.error);
		}
		timer.add('build + pack', Date.now() - t0);
	}
	const nodeInfo = readNodeInfo();
	if (nodeInfo.errors.length)
		console.log(`  note: node files not loadable: ${nodeInfo.errors.join('; ')}`);

	for (const p of PROFILES) {
		try {
			if (p === 'queue') await runQueueProfile(pack, record, cleanups);
			else await runProfile(p, pack, nodeInfo);
		} catch (e) {
			record(p, 'profile run', 'fail', 0, e.stack || e.message);
		}
	}

	timer.add('total', Date.now() - tAll);
	await cleanup();

	const passed = results.filter((r) => r.status === 'pass').length;
	const failed = results.filter((r) => r.status === 'fail').length;
	const skipped = results.filter((r) => r.status === 'skip').length;

	console.log('\nTimings');
	console.log(
		table(
			timer.rows.map((r) => [r.label, fmt(r.ms)]),
			['phase', 'wall time'],
		),
	);
	if (failed || skipped) {
		console.log('\nNot passing:');
		for (const r of results.filter((x) => x.status !== 'pass'))
			console.log(
				`  ${r.status.toUpperCase()} [${r.profile}] ${r.name}: ${String(r.message).split('\n')[0]}`,
			);
	}
	if (skipped) console.log(`\n${skipped} skipped`);
	console.log(`\n${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

async function cleanup() {
	while (cleanups.length) {
		const fn = cleanups.pop();
		try {
			await fn();
		} catch (e) {
			console.log(`  cleanup: ${e.message}`);
		}
	}
}

process.on('SIGINT', async () => {
	console.log('\ninterrupted; cleaning up');
	await Promise.race([cleanup(), new Promise((r) => setTimeout(r, 15000))]);
	killAllSync();
	process.exit(130);
});

// hard upper bound for the whole run (installs included): never hang CI
const MAX_MINUTES = Number(process.env.E2E_MAX_MINUTES || 80);
setTimeout(() => {
	console.log(`\ne2e: gave up after ${MAX_MINUTES} minutes (E2E_MAX_MINUTES); stopping everything`);
	killAllSync();
	const passed = results.filter((r) => r.status === 'pass').length;
	const failed = results.filter((r) => r.status === 'fail').length;
	console.log(`\n${passed} passed, ${failed + 1} failed`);
	process.exit(1);
}, MAX_MINUTES * 60000).unref();

main().catch(async (e) => {
	console.error(e.stack || e.message);
	await cleanup();
	console.log('\n0 passed, 1 failed');
	process.exit(1);
});
