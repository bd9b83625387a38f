'use strict';
/*
 * The e2e `queue` profile (`npm run test:e2e -- --profile queue`): Redis + Postgres (infra.js), n8n
 * 2.41 main + 2 workers in queue mode (cluster.js), the packed package installed for all three.
 * First slice: the cluster boots and the executions table lives in Postgres.
 */
const { ensureProfile } = require('../../../scripts/n8n-install');
const { startInfra } = require('./infra');
const { createCluster } = require('./cluster');

async function runQueueProfile(pack, record, cleanups) {
	console.log('\n=== profile queue ===');
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
	const cluster = await createCluster(profile, infra, { workers: 2, tgz: pack.tgz });
	cleanups.push(() => cluster.stop());
	await cluster.startMain();
	await cluster.startWorkers();
	const rows = await infra.pg.query(
		"SELECT count(*) FROM information_schema.tables WHERE table_name = 'execution_entity'",
	);
	if (rows[0][0] !== '1') throw new Error('execution_entity is not in Postgres');
	record(
		'queue',
		`n8n ${profile.n8nVersion} main + 2 workers healthy in queue mode, package installed`,
		'pass',
		Date.now() - t0,
	);
}

module.exports = { runQueueProfile };
