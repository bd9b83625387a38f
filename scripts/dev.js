#!/usr/bin/env node
'use strict';
/*
 * `npm run dev`: a real n8n with this package, wired to the local Pinterest simulator, ready to click through.
 *
 *   1. npm run build, npm pack
 *   0. npm ci when the clone has no node_modules yet; n8n's lint CLI into the cache (first time only)
 *   2. n8n 2.8.4 installed into the cache (first time only, ~4-8 min; progress is printed)
 *   3. the package installed into a persistent demo n8n user folder under the cache
 *   4. the Pinterest simulator on 127.0.0.1:8790 with demo data
 *   5. credentials (Custom environment -> simulator) and the example workflows from examples/ imported
 *   6. n8n on http://127.0.0.1:5678 with a ready owner login
 *   7. the scheduling example's Data table queue, made by running its setup example in the started n8n
 *      (`n8n execute` cannot run Data table nodes), once: when the table is missing
 *   Ctrl-C stops both.
 *
 * Options: --port 5678  --sim-port 8790  --profile 2.8|2.41  --reset (fresh demo user folder)  --no-build
 *          --exit-after-start (for timing)
 * Env: N8N_CACHE_DIR (cache root), DEV_MAX_MINUTES (hard stop, default 480).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { ensureProfile, findNpmCli, cacheRoot } = require('./n8n-install');
const { N8nInstance, run, spawnTracked, killGroup, httpGet, sleep } = require('./lib/n8n-cli');
const { runManually } = require('./lib/n8n-manual-run');

const REPO = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (f, d) => {
	const i = args.findIndex((a) => a === f || a.startsWith(`${f}=`));
	if (i < 0) return d;
	return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
};
const PORT = Number(opt('--port', process.env.N8N_DEV_PORT || 5678));
const SIM_PORT = Number(opt('--sim-port', process.env.SIM_PORT || 8790));
const MAX_MINUTES = Number(process.env.DEV_MAX_MINUTES || 480);
const PROFILE = opt('--profile', '2.8'); // 2.8 (n8n 2.8.4 on this Node) or 2.41 (n8n 2.41.1 on Node 24 from npm)

const DEMO = {
	accessToken: 'demo-access-token',
	clientId: 'demo-client-id',
	clientSecret: 'demo-client-secret',
	refreshToken: 'demo-refresh-token',
	owner: {
		email: 'demo@example.com',
		firstName: 'Demo',
		lastName: 'User',
		password: 'DemoPassw0rd',
	},
	tokenCred: { id: 'devPinterestToken', name: 'Pinterest (simulator, access token)' },
	oauthCred: { id: 'devPinterestOAuth2', name: 'Pinterest (simulator, OAuth2)' },
};

const t0 = Date.now();
const stepTimes = [];
function step(msg) {
	const now = Date.now();
	if (stepTimes.length)
		stepTimes[stepTimes.length - 1].ms = now - stepTimes[stepTimes.length - 1].at;
	stepTimes.push({ msg, at: now });
	console.log(`[dev] ${((now - t0) / 1000).toFixed(1)}s  ${msg}`);
}

function sha(file) {
	return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function readJson(f, d) {
	try {
		return JSON.parse(fs.readFileSync(f, 'utf8'));
	} catch {
		return d;
	}
}

async function npm(argv, { timeoutMs = 600000, inherit = false } = {}) {
	const env = { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' };
	if (inherit) {
		return new Promise((resolve) => {
			const child = spawnTracked(process.execPath, [findNpmCli(), ...argv], {
				cwd: REPO,
				env,
				stdio: 'inherit',
			});
			const timer = setTimeout(() => killGroup(child, 'SIGTERM'), timeoutMs);
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({ code });
			});
		});
	}
	return run(process.execPath, [findNpmCli(), ...argv], { cwd: REPO, env, timeoutMs });
}

/** The simulator, in-process when its library is there, else its CLI as a child process. */
async function startSimulator() {
	const lib = path.join(REPO, 'tools', 'simulator', 'index.js');
	const cli = path.join(REPO, 'tools', 'simulator', 'cli.js');
	const options = {
		accessTokens: [DEMO.accessToken],
		refreshTokens: [DEMO.refreshToken],
		clientId: DEMO.clientId,
		clientSecret: DEMO.clientSecret,
		seed: 1,
		username: 'demo_user',
	};
	if (fs.existsSync(lib)) {
		const { createSimulator, installAds } = require(lib);
		const sim = createSimulator(options);
		if (typeof sim.seedDemo === 'function') sim.seedDemo();
		// The advertising and catalog routes with one ad account and a catalog (the feed example).
		if (typeof installAds === 'function') installAds(sim).seed();
		await sim.start(SIM_PORT);
		return { baseUrl: sim.baseUrl, stop: () => sim.stop(), describe: 'in-process' };
	}
	if (fs.existsSync(cli)) {
		const child = spawnTracked(process.execPath, [cli, '--port', String(SIM_PORT), '--demo'], {
			cwd: REPO,
			stdio: 'inherit',
		});
		const baseUrl = `http://127.0.0.1:${SIM_PORT}/v5`;
		for (let i = 0; i < 50; i++) {
			const r = await httpGet(`${baseUrl}/user_account`, 1000);
			if (r.status)
				return {
					baseUrl,
					stop: async () => killGroup(child, 'SIGTERM'),
					describe: `cli pid ${child.pid}`,
				};
			await sleep(200);
		}
		killGroup(child, 'SIGKILL');
		throw new Error('the simulator CLI did not answer');
	}
	throw new Error('no simulator found (tools/simulator/index.js or cli.js)');
}

function credentials(baseUrl) {
	return [
		{
			id: DEMO.tokenCred.id,
			name: DEMO.tokenCred.name,
			type: 'pinterestApi',
			data: { environment: 'custom', customBaseUrl: baseUrl, accessToken: DEMO.accessToken },
		},
		{
			id: DEMO.oauthCred.id,
			name: DEMO.oauthCred.name,
			type: 'pinterestOAuth2Api',
			data: {
				environment: 'custom',
				customBaseUrl: baseUrl,
				clientId: DEMO.clientId,
				clientSecret: DEMO.clientSecret,
				// Not connected: "Connect my account" opens the simulator's consent page (Allow).
			},
		},
	];
}

/**
 * The queue of the scheduling example: its setup example (Data table → Table → Create, then sample rows)
 * run as the editor's Execute workflow button does, when the table it makes is missing. `n8n execute`
 * cannot do it: that command never starts n8n's Data table module.
 */
async function setUpQueue(n8n, exDir) {
	const file = path.join(exDir, 'scheduled-pins-setup-queue.json');
	if (!fs.existsSync(file)) return undefined;
	const wf = JSON.parse(fs.readFileSync(file, 'utf8'));
	const create = wf.nodes.find((n) => n.parameters && n.parameters.operation === 'create');
	const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
	const table = create.parameters.tableName;
	const count = async () => {
		const t = await n8n.query('SELECT id FROM data_table WHERE name = ?', [table]);
		if (!t.length || !/^[A-Za-z0-9]+$/.test(t[0].id)) return undefined;
		return (await n8n.query(`SELECT COUNT(*) AS n FROM data_table_user_${t[0].id}`))[0].n;
	};
	let rows = await count();
	if (rows === undefined) {
		step(`creating the Data table "${table}" (running "${wf.name}")`);
		const { headers } = await n8n.signIn(DEMO.owner);
		const r = await runManually(n8n, headers, wf.id, trigger.name);
		if (r.status !== 'success') throw new Error(`${wf.name}: ${r.status} ${r.error || ''}`);
		rows = await count();
	}
	return `Data table "${table}" with ${rows} rows`;
}

let failed = false;

async function main() {
	let n8n;
	let sim;
	let stopping = false;
	const stopAll = async (code) => {
		if (failed) code = 1;
		if (stopping) return;
		stopping = true;
		console.log('\n[dev] stopping n8n and the simulator ...');
		try {
			if (n8n) await n8n.stop({ graceMs: 15000 });
		} catch (e) {
			console.log(`[dev] ${e.message}`);
		}
		try {
			if (sim) await sim.stop();
		} catch (e) {
			console.log(`[dev] ${e.message}`);
		}
		console.log('[dev] stopped');
		process.exit(code);
	};
	process.on('SIGINT', () => stopAll(0));
	process.on('SIGTERM', () => stopAll(0));

	const home = path.join(cacheRoot(), PROFILE === '2.8' ? 'dev-home' : `dev-home-${PROFILE}`);
	if (args.includes('--reset')) fs.rmSync(home, { recursive: true, force: true });
	fs.mkdirSync(home, { recursive: true });
	const stateFile = path.join(home, 'dev-state.json');
	const state = readJson(stateFile, {});

	// 0. a fresh clone has no devDependencies yet (tsc, gulp): install them first
	if (!fs.existsSync(path.join(REPO, 'node_modules', '.bin', 'tsc'))) {
		step(
			`installing the project's devDependencies (${fs.existsSync(path.join(REPO, 'package-lock.json')) ? 'npm ci' : 'npm install'})`,
		);
		const i = await npm(
			fs.existsSync(path.join(REPO, 'package-lock.json'))
				? ['ci', '--no-audit', '--no-fund']
				: ['install', '--no-audit', '--no-fund'],
			{
				inherit: true,
				timeoutMs: 20 * 60000,
			},
		);
		if (i.code !== 0) throw new Error('installing the devDependencies failed (see above)');
	}

	// 0b. n8n's lint CLI for `npm run lint` (cached; first time only), so the setup command installs everything
	{
		const { ensureNodeCli } = require('./lib/lint-tools');
		try {
			ensureNodeCli((text) => step(text));
		} catch (e) {
			console.log(
				`[dev] WARNING: n8n's lint tools could not be installed (npm run lint will try again): ${e.message}`,
			);
		}
	}

	// 1. build + pack
	if (!args.includes('--no-build')) {
		step('building (npm run build)');
		const b = await npm(['run', 'build'], { inherit: true, timeoutMs: 10 * 60000 });
		if (b.code !== 0) throw new Error('npm run build failed (see above)');
	}
	step('packing (npm pack)');
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-dev-pack-'));
	let tgz;
	try {
		const p = await npm(['pack', '--ignore-scripts', '--pack-destination', packDir], {
			timeoutMs: 120000,
		});
		if (p.code !== 0)
			throw new Error(`npm pack failed: ${(p.stdout + p.stderr).trim().slice(-800)}`);
		const name = fs.readdirSync(packDir).find((f) => f.endsWith('.tgz'));
		if (!name) throw new Error('npm pack produced no tarball');
		// keep a stable copy next to the demo folder so the temp folder can go now
		tgz = path.join(home, name);
		fs.copyFileSync(path.join(packDir, name), tgz);
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}

	// 2. n8n
	step(`making sure n8n (profile ${PROFILE}) is installed (the first time takes ~4-8 minutes)`);
	const profile = await ensureProfile(PROFILE);

	n8n = await N8nInstance.create(profile, {
		userFolder: home,
		encryptionKey: 'dev-demo-encryption-key-not-secret',
		log: (m) => process.env.DEV_VERBOSE && console.log(`[dev]     ${m}`),
		env: { N8N_SECURE_COOKIE: 'false', N8N_EDITOR_BASE_URL: `http://127.0.0.1:${PORT}` },
	});

	// 3. our package into the demo user folder (skipped when the tarball did not change)
	const hash = sha(tgz);
	if (
		state.tgzHash !== hash ||
		!fs.existsSync(path.join(home, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-pinterest-api'))
	) {
		step('installing the package into the demo n8n');
		await n8n.installPackage(tgz);
		state.tgzHash = hash;
	} else step('package unchanged since last run; already installed');
	fs.rmSync(tgz, { force: true });

	// 4. simulator
	step(`starting the Pinterest simulator on 127.0.0.1:${SIM_PORT}`);
	sim = await startSimulator();

	// 5. credentials (always: the simulator starts fresh, so the tokens are reset to the demo ones) and examples
	step('importing credentials and example workflows');
	await n8n.importCredentials(credentials(sim.baseUrl));
	const exDir = path.join(REPO, 'examples');
	const examples = fs.existsSync(exDir)
		? fs
				.readdirSync(exDir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	const toImport = [];
	state.examples = state.examples || {};
	for (const f of examples) {
		const text = fs.readFileSync(path.join(exDir, f), 'utf8');
		const h = crypto.createHash('sha256').update(text).digest('hex');
		if (state.examples[f] === h) continue; // unchanged: keep the user's edits
		const wf = JSON.parse(text);
		wf.active = false;
		toImport.push(wf);
		state.examples[f] = h;
	}
	if (toImport.length) await n8n.importWorkflow(toImport);
	fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));

	// 6. n8n start
	step(`starting n8n on http://127.0.0.1:${PORT}`);
	const logFile = path.join(home, 'n8n.log');
	fs.writeFileSync(logFile, '');
	// waits for n8n's readiness and for the workflows published in earlier sessions; one that n8n
	// fails to activate is reported, not fatal (the editor shows it too)
	const started = await n8n.start({
		port: PORT,
		timeoutMs: 180000,
		maxRunMs: MAX_MINUTES * 60000,
		logFile,
		activationFailures: 'report',
	});
	for (const f of started.activationFailures)
		console.log(`[dev] WARNING: n8n did not activate a published workflow: ${f}`);
	const owner = await n8n.ensureOwner(DEMO.owner);
	let queue;
	try {
		queue = await setUpQueue(n8n, exDir);
	} catch (e) {
		queue = `not set up (${e.message}); run the scheduling setup example in the editor`;
		console.log(`[dev] WARNING: the scheduling example's queue is ${queue}`);
	}
	step('ready');
	const total = ((Date.now() - t0) / 1000).toFixed(1);

	console.log(`
  n8n ${profile.n8nVersion} with n8n-nodes-pinterest-api is running (ready in ${total}s).

    Open:      http://127.0.0.1:${PORT}
    Log in:    ${DEMO.owner.email} / ${DEMO.owner.password}${owner === 'created' ? '   (owner account just created)' : ''}
    Simulator: ${sim.baseUrl}   (a local Pinterest with demo boards and pins)
    Credentials "${DEMO.tokenCred.name}" and "${DEMO.oauthCred.name}" point at the simulator.
    To connect the OAuth2 one: open it, click "Connect my account", then "Allow" on the simulator's page.
    Example workflows: ${examples.map((f) => f.replace(/\.json$/, '')).join(', ') || '(none)'}
    n8n log:   ${logFile}
    Data:      ${home}   (npm run dev -- --reset starts over)${queue ? `\n    Scheduling queue: ${queue}` : ''}

  Press Ctrl-C to stop n8n and the simulator.
`);
	if (args.includes('--exit-after-start')) return stopAll(0);
	// stay alive until Ctrl-C or until n8n exits on its own
	const ex = await n8n.server.exited;
	if (!stopping) {
		console.log(`[dev] n8n exited (${JSON.stringify(ex)}); see ${logFile}`);
		await stopAll(1);
	}
}

main().catch(async (e) => {
	console.error(`[dev] FAILED: ${e.message}`);
	failed = true;
	process.kill(process.pid, 'SIGTERM');
	setTimeout(() => process.exit(1), 20000).unref();
});
