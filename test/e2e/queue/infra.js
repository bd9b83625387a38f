'use strict';
/*
 * Queue-mode infrastructure for the e2e `queue` profile: Debian's redis-server and a PostgreSQL 15
 * cluster, each in its own temp folder on 127.0.0.1 and a free port, installed with apt when missing.
 * Everything started here is tracked by scripts/lib/processes.js and stopped by process id.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run, spawnTracked, killGroup, sleep } = require('../../../scripts/lib/processes');
const { freePort } = require('../../../scripts/lib/http');

const PG_BIN = '/usr/lib/postgresql/15/bin';

async function ensurePackages(log = console.log) {
	const haveRedis = fs.existsSync('/usr/bin/redis-server');
	const havePg = fs.existsSync(path.join(PG_BIN, 'initdb'));
	if (haveRedis && havePg) return 'present';
	log('  installing redis-server and postgresql with apt-get');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const sh = 'apt-get update && apt-get install -y redis-server postgresql';
	const r = await run('sh', ['-c', sh], { env, timeoutMs: 15 * 60000 });
	if (r.code !== 0) throw new Error(`apt-get failed (rc ${r.code}): ${r.stderr.slice(-500)}`);
	return 'installed';
}

async function waitFor(check, what, timeoutMs = 30000) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		if (await check()) return;
		await sleep(250);
	}
	throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
}

async function startRedis(dir) {
	const port = await freePort();
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
	const child = spawnTracked('redis-server', args, { stdio: 'ignore' });
	await waitFor(async () => {
		const r = await run('redis-cli', ['-p', String(port), 'ping'], { timeoutMs: 3000 });
		return r.stdout.trim() === 'PONG';
	}, 'redis-server');
	return { port, child, stop: () => killGroup(child, 'SIGTERM') };
}

/** initdb refuses root: the cluster belongs to the `postgres` user (created by the Debian package). */
function asPostgres(args) {
	return process.getuid && process.getuid() === 0
		? ['runuser', ['-u', 'postgres', '--', ...args]]
		: [args[0], args.slice(1)];
}

async function startPostgres(dir) {
	const port = await freePort();
	const data = path.join(dir, 'pgdata');
	fs.mkdirSync(data, { recursive: true });
	if (process.getuid && process.getuid() === 0) {
		await run('chown', ['-R', 'postgres:postgres', dir]);
		fs.chmodSync(dir, 0o755);
	}
	const [c1, a1] = asPostgres([
		`${PG_BIN}/initdb`,
		'-D',
		data,
		'-U',
		'n8n',
		'--auth=trust',
		'-E',
		'UTF8',
	]);
	const init = await run(c1, a1, { timeoutMs: 120000 });
	if (init.code !== 0) throw new Error(`initdb failed: ${(init.stdout + init.stderr).slice(-500)}`);
	const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
	const [c2, a2] = asPostgres([`${PG_BIN}/postgres`, '-D', data, ...opts.split(' ')]);
	const child = spawnTracked(c2, a2, { stdio: 'ignore' });
	await waitFor(async () => {
		const r = await run(`${PG_BIN}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port)], {
			timeoutMs: 3000,
		});
		return r.code === 0;
	}, 'postgres');
	// One psql call shape for both databases: the maintenance one (to create n8n's) and n8n's own.
	const psql = (db, sql, extra = []) =>
		run(
			'psql',
			['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', db, ...extra, '-c', sql],
			{ timeoutMs: 30000 },
		);
	const created = await psql('postgres', 'CREATE DATABASE n8n');
	if (created.code !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`);
	return {
		port,
		child,
		/** rows of a SELECT as arrays of strings */
		async query(sql) {
			const r = await psql('n8n', sql, ['-At', '-F', '\t']);
			if (r.code !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
			return r.stdout
				.split('\n')
				.filter(Boolean)
				.map((l) => l.split('\t'));
		},
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: 'n8n',
		},
		stop: () => killGroup(child, 'SIGTERM'),
	};
}

/** Redis + Postgres in one temp folder; stop() ends both by pid and removes the folder. */
async function startInfra(log = console.log) {
	await ensurePackages(log);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-queue-'));
	const started = [];
	const stop = async () => {
		for (const s of started.reverse()) s.stop();
		await sleep(1500);
		for (const s of started) killGroup(s.child, 'SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	};
	try {
		const redis = await startRedis(dir);
		started.push(redis);
		const pg = await startPostgres(dir);
		started.push(pg);
		return {
			dir,
			redis,
			pg,
			env: {
				...pg.env,
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redis.port),
			},
			stop,
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

module.exports = { startInfra, ensurePackages };
