'use strict';
/*
 * The e2e `queue` profile (`npm run test:e2e -- --profile queue`): Redis + Postgres (infra.js), n8n
 * 2.41 main + 2 workers in queue mode (cluster.js), the packed package installed for all three,
 * the Pinterest simulator. Each case (fanout.js, ...) may seed the simulator and bring workflows;
 * they are imported and published in one go before main starts (main registers the production
 * webhooks and triggers after start; cluster.startMain waits until n8n reports each workflow
 * active, the workers until their /healthz/readiness), then the cases run in order against the
 * one cluster.
 * E2E_QUEUE_SMALL=1 (or --queue-small) runs every case with fewer items (common.js SIZE).
 */
const { ensureProfile } = require('../../../scripts/n8n-install');
const { startInfra } = require('./infra');
const { createCluster } = require('./cluster');
const { SMALL, startSimulator, credentialsFor } = require('./common');
const { fanoutCase } = require('./fanout');
const { workerKillCase } = require('./workerKill');
const { triggerCase } = require('./trigger');
const { oauthCase } = require('./oauth');
const { throughputCase } = require('./throughput');
const { videoCase } = require('./video');

// Settings every process shares. Bull's lock (QUEUE_WORKER_LOCK_DURATION, 60 s in 2.41) stays at
// n8n's default: a worker renews it every 30 s, and a job whose lock runs out counts as stalled,
// which n8n turns into a failed execution (maxStalledCount 0) even though the worker goes on and
// finishes it. At 30 s this happened here to busy workers on the starved 2-core VM (5 of 10
// fan-out executions marked "error", then "success"). So a killed worker's job is noticed after
// 60-90 s. Main (the leader) checks for executions that no job carries any more every
// N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL minutes (default 180) and marks them crashed.
const CLUSTER_ENV = {
	N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1',
	EXECUTIONS_TIMEOUT: '-1',
	// n8n's Postgres pool is 2 connections per process by default. A worker running 10 executions
	// reads the credential from Postgres for every request (n8n's credentials helper), and with 2
	// connections on a busy machine those reads wait past the 20 s connection timeout and the
	// execution fails ("timeout exceeded when trying to connect"). max_connections is 100.
	DB_POSTGRESDB_POOL_SIZE: '10',
	// On this shared 2-core VM a new Postgres connection sometimes took over 20 s (the default).
	DB_POSTGRESDB_CONNECTION_TIMEOUT: '60000',
};

function defineCases() {
	const all = [
		fanoutCase(),
		workerKillCase(),
		triggerCase(),
		oauthCase(),
		throughputCase(),
		videoCase(),
	];
	// E2E_QUEUE_ONLY=<text>: only the cases whose name contains it (for working on one case).
	const only = process.env.E2E_QUEUE_ONLY;
	return only ? all.filter((c) => c.name.includes(only)) : all;
}

// Lines n8n logs on every start here that say nothing about a case (no Python, no internet).
const NOISE =
	/Python task runner|N8N_UNVERIFIED_PACKAGES|api\.n8n\.io|Strapi|system task run failed/;

const errorLines = (text, n = 6) =>
	text
		.split('\n')
		.filter((l) => /error|warn|fail|crash|stall/i.test(l) && !NOISE.test(l))
		.slice(-n)
		.join('\n');

/** The last error lines of main's and the workers' logs, for a failed case. */
function logTails(cluster) {
	const read = (file) => {
		try {
			return require('fs').readFileSync(file, 'utf8');
		} catch {
			return '';
		}
	};
	return [
		['main', cluster.main.startLog()],
		...cluster.workers.map((w, i) => [`worker ${i + 1}`, read(`${w.userFolder}/n8n-worker.log`)]),
	]
		.map(([who, text]) => [who, errorLines(text)])
		.filter(([, t]) => t)
		.map(([who, t]) => `--- ${who} log ---\n${t}`)
		.join('\n');
}

async function runQueueProfile(pack, record, cleanups) {
	console.log(`\n=== profile queue${SMALL ? ' (small variant)' : ''} ===`);
	const tProfile = Date.now();
	let t0 = Date.now();
	const profile = await ensureProfile('2.41');
	const infra = await startInfra();
	cleanups.push(() => infra.stop());
	record(
		'queue',
		`Redis :${infra.redis.port} + Postgres :${infra.pg.port} started`,
		'pass',
		Date.now() - t0,
	);
	t0 = Date.now();
	const sim = await startSimulator();
	cleanups.push(() => sim.stop());
	const cluster = await createCluster(profile, infra, {
		workers: 2,
		tgz: pack.tgz,
		env: CLUSTER_ENV,
	});
	cleanups.push(() => cluster.stop());
	const env = {
		cluster,
		infra,
		sim,
		profile,
		record,
		cleanups,
		n8nModules: `${profile.dir}/node_modules`,
	};
	const cases = defineCases();
	const workflows = [];
	const credentials = credentialsFor(sim);
	for (const c of cases) {
		const prepared = (c.prepare && (await c.prepare(env))) || [];
		workflows.push(...prepared);
		if (c.credentials) credentials.push(...(await c.credentials(env)));
	}
	await cluster.main.importCredentials(credentials);
	if (workflows.length) await cluster.main.importWorkflow(workflows);
	for (const c of cases) for (const id of c.publish || []) await cluster.main.publish(id);
	await cluster.startMain();
	await cluster.startWorkers();
	const rows = await infra.pg.query(
		"SELECT count(*) FROM information_schema.tables WHERE table_name = 'execution_entity'",
	);
	if (rows[0][0] !== '1') throw new Error('execution_entity is not in Postgres');
	record(
		'queue',
		`n8n ${profile.n8nVersion} main + 2 workers ready in queue mode, package installed, ${workflows.length} workflows published and reported active`,
		'pass',
		Date.now() - t0,
	);

	for (const c of cases) {
		const t = Date.now();
		try {
			const msg = await c.run(env);
			record('queue', c.name, 'pass', Date.now() - t, msg);
		} catch (e) {
			const tails = logTails(cluster);
			record('queue', c.name, 'fail', Date.now() - t, `${e.message}${tails ? `\n${tails}` : ''}`);
		}
	}
	if (env.summary) for (const line of env.summary) console.log(line);
	console.log(`  queue profile: ${((Date.now() - tProfile) / 1000).toFixed(0)} s in all`);
}

module.exports = { runQueueProfile };
