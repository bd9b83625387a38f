'use strict';
/*
 * n8n in queue mode for the e2e `queue` profile: one main (`n8n start`) and workers (`n8n worker`),
 * all sharing Redis, Postgres and one N8N_ENCRYPTION_KEY. Each process has its own user folder with
 * the packed package installed in .n8n/nodes. Workers answer /healthz/readiness when
 * QUEUE_HEALTH_CHECK_ACTIVE. Main's start waits until n8n reports the published workflows active,
 * read from Postgres (scripts/lib/n8n-ready.js).
 */
const fs = require('fs');
const path = require('path');
const { N8nInstance, freePort } = require('../../../scripts/lib/n8n-cli');
const { waitForHttp200 } = require('../../../scripts/lib/n8n-ready');
const { spawnTracked, killGroup, sleep } = require('../../../scripts/lib/processes');

const KEY = 'e2e-queue-encryption-key-0123456789';

/**
 * Starts `n8n worker` and waits for its /healthz/readiness: 200 only once its DB is migrated, Redis
 * is connected and it listens on the Bull queue (WorkerServer.markAsReady after setupWorker);
 * /healthz alone answers as soon as the health server listens, before the worker takes jobs.
 */
async function startWorker(inst, { concurrency = 10, timeoutMs = 120000 } = {}) {
	const port = await freePort();
	const logFile = path.join(inst.userFolder, 'n8n-worker.log');
	const fd = fs.openSync(logFile, 'a');
	const env = inst.env({
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		// n8n's default is 5678 on '::', the same as main's
		QUEUE_HEALTH_CHECK_PORT: String(port),
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port),
	});
	const child = spawnTracked(
		inst.profile.nodeBin,
		[inst.profile.n8nBin, 'worker', `--concurrency=${concurrency}`],
		{ cwd: inst.userFolder, env, stdio: ['ignore', fd, fd] },
	);
	fs.closeSync(fd);
	const tail = () => fs.readFileSync(logFile, 'utf8').slice(-800);
	const alive = () => {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`n8n worker exited: ${tail()}`);
	};
	try {
		await waitForHttp200(`http://127.0.0.1:${port}/healthz/readiness`, 'n8n worker ready', {
			timeoutMs,
			alive,
		});
	} catch (e) {
		killGroup(child, 'SIGKILL');
		throw new Error(`${e.message}\n${tail()}`);
	}
	return { child, port, logFile, stop: () => killGroup(child, 'SIGTERM') };
}

async function createCluster(profile, infra, { workers = 2, tgz, log, env: extraEnv = {} } = {}) {
	const env = {
		...infra.env,
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		...extraEnv,
	};
	const make = (name) =>
		N8nInstance.create(profile, {
			tmpPrefix: `n8n-queue-${name}-`,
			encryptionKey: KEY,
			env,
			log,
			dbQuery: (sql) => infra.pg.query(sql),
		});
	const main = await make('main');
	const ws = [];
	for (let i = 0; i < workers; i++) ws.push(await make(`worker${i + 1}`));
	// npm installs into three folders at once: most of the boot time otherwise.
	if (tgz) await Promise.all([main, ...ws].map((inst) => inst.installPackage(tgz)));
	const started = [];
	const cluster = {
		main,
		workers: ws,
		started,
		async startMain() {
			return main.start({ timeoutMs: 180000 });
		},
		async startWorkers() {
			started.push(...(await Promise.all(ws.map((w) => startWorker(w)))));
		},
		async stop() {
			for (const s of started.splice(0)) s.stop();
			await main.stop();
			await sleep(2000);
			for (const inst of [main, ...ws]) await inst.dispose();
		},
	};
	return cluster;
}

module.exports = { createCluster, startWorker };
