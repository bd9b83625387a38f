'use strict';
/**
 * `npm run bench`: our nodes through n8n-core against bare Node clients, on the local simulator,
 * without faults, all in one run. Each measurement runs in a fresh child process (bench/worker.js)
 * so that memory figures belong to one client; the simulator runs here. Ours and the baseline
 * alternate (ABAB...) so that load from other work on the machine hits both alike.
 * Prints a table and writes BENCHMARKS.md. Env: BENCH_REPS (default 5), BENCH_QUICK=1 (small sizes).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const { ROOT, REPS, TOKEN, PINS, CREATES, VIDEO, MiB, log } = require('./lib/config');
const { fmt } = require('./lib/stats');
const { render } = require('./lib/report');
const { AMBIGUOUS_FAULTS, createSimulator, installAds } = require(
	path.join(ROOT, 'tools/simulator'),
);

/** Conversion → Send Events: Pinterest's most events in one request. */
const EVENTS = 1000;

// ---------------------------------------------------------------------------------------------
// build when dist/ is missing or older than the sources

function newestMtime(dir, exts) {
	let newest = 0;
	if (!fs.existsSync(dir)) return 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, exts));
		else if (exts.some((e) => entry.name.endsWith(e)))
			newest = Math.max(newest, fs.statSync(p).mtimeMs);
	}
	return newest;
}

function ensureBuild() {
	const built = path.join(ROOT, 'dist/nodes/Pinterest/Pinterest.node.js');
	const sources = Math.max(
		newestMtime(path.join(ROOT, 'nodes'), ['.ts', '.json', '.svg']),
		newestMtime(path.join(ROOT, 'credentials'), ['.ts']),
		fs.statSync(path.join(ROOT, 'package.json')).mtimeMs,
	);
	const distTime = Math.min(
		...['dist/nodes/Pinterest/Pinterest.node.js', 'dist/credentials/PinterestApi.credentials.js']
			.map((f) => path.join(ROOT, f))
			.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)),
	);
	if (fs.existsSync(built) && distTime >= sources) return 'dist/ up to date';
	log('dist/ is missing or stale: npm run build');
	const r = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (r.status !== 0) {
		if (!fs.existsSync(built)) throw new Error('npm run build failed and there is no dist/');
		log('WARNING: npm run build failed; measuring the existing dist/');
		return 'build failed, existing dist/ measured';
	}
	return 'built by the bench';
}

// ---------------------------------------------------------------------------------------------
// workers

function runWorker(task, timeoutMs = 240000) {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['--expose-gc', path.join(__dirname, 'worker.js'), JSON.stringify(task)],
			{
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
			let result;
			try {
				result = line ? JSON.parse(line.slice('BENCH_RESULT '.length)) : undefined;
			} catch {
				result = undefined;
			}
			if (!result)
				result = {
					failed: `worker exited ${code}: ${(out + err).trim().split('\n').slice(-5).join(' | ')}`,
				};
			resolve(result);
		});
	});
}

async function interleaved(label, reps, prepare, makeTask) {
	const runs = { ours: [], bare: [] };
	for (let r = 0; r < reps; r++) {
		// Alternate which side goes first, so a drift in machine load does not favour one side.
		const order = r % 2 ? ['bare', 'ours'] : ['ours', 'bare'];
		for (const side of order) {
			const extra = (await prepare?.(side, r)) ?? {};
			const result = await runWorker({ ...makeTask(side, r), ...extra });
			if (result.failed) throw new Error(`${label} ${side}: ${result.failed}`);
			runs[side].push(result);
			log(
				`${label} ${side} #${r + 1}: ${fmt.ms(result.ms ?? 0)}${result.requests !== undefined ? `, ${result.requests} requests` : ''}${result.rssGrowth !== undefined ? `, RSS +${fmt.mib(result.rssGrowth)}` : ''}`,
			);
		}
	}
	return runs;
}

// ---------------------------------------------------------------------------------------------
// exactly-once figures, counted from the simulator's log and state

function tally(requests, boardId) {
	const posts = requests.filter((r) => r.method === 'POST' && r.path === '/v5/pins');
	const byStatus = {};
	for (const r of posts) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
	return {
		requests: requests.length,
		posts: posts.length,
		postsByStatus: byStatus,
		reads: requests.filter((r) => r.method === 'GET' && r.path === `/v5/boards/${boardId}/pins`)
			.length,
	};
}

function pinTally(pins) {
	const titles = new Map();
	for (const pin of pins) titles.set(pin.title, (titles.get(pin.title) ?? 0) + 1);
	return { pins: pins.length, duplicates: [...titles.values()].filter((n) => n > 1).length };
}

/**
 * Makes the simulator's board pin lists lag: pins younger than lagMs are taken out of the state
 * while the list route answers (it answers synchronously, right after the extensions), and put
 * back on the next turn of the event loop.
 */
function lagList(sim, lagMs) {
	let on = true;
	sim.extend({
		handle(method, apiPath) {
			if (!on || method !== 'GET' || !/\/boards\/\d+\/pins$/.test(apiPath)) return null;
			const now = Date.now();
			const hidden = Object.values(sim.state.pins).filter(
				(pin) => now - Date.parse(pin.created_at) < lagMs,
			);
			for (const pin of hidden) delete sim.state.pins[pin.id];
			setImmediate(() => {
				for (const pin of hidden) sim.state.pins[pin.id] = pin;
			});
			return null;
		},
	});
	return { off: () => (on = false) };
}

// ---------------------------------------------------------------------------------------------
// the real-n8n comparison (only where the end-to-end suite cached an n8n)

async function realN8n(sim, common) {
	let install;
	try {
		install = require(path.join(ROOT, 'scripts/n8n-install.js'));
	} catch (e) {
		return { skipped: `not measured (scripts/n8n-install.js not loadable: ${e.message})` };
	}
	const profileName = Object.keys(install.PROFILES).find((p) => {
		try {
			return install.isInstalled(p) && install.PROFILES[p].nodeMajor !== 24;
		} catch {
			return false;
		}
	});
	if (!profileName) return { skipped: 'not measured (no cached n8n)' };
	return await require('./real-n8n').compare({ install, profileName, sim, ...common, log });
}

// ---------------------------------------------------------------------------------------------

/** The 429s a batch meets with Pace Requests off and on, on a 100-per-second budget. */
async function pacingRows(common) {
	const budget = { safetyNet: 100, safetyNetWindowSeconds: 1 };
	const paced = createSimulator({ accessTokens: [TOKEN], logLimit: 1_000_000, rateLimits: budget });
	await paced.start(0);
	try {
		const out = { budget };
		for (const pace of [false, true]) {
			log(`${CREATES} pin creates on a 100/s budget, Pace Requests ${pace ? 'on' : 'off'}`);
			paced.reset();
			const board = paced.addBoard({ name: 'Paced' });
			const r = await runWorker({
				...common,
				baseUrl: paced.baseUrl,
				origin: paced.origin,
				name: 'pacing:ours',
				n: CREATES,
				boardId: board.id,
				pace,
			});
			if (r.failed) throw new Error(`pacing: ${r.failed}`);
			out[pace ? 'on' : 'off'] = {
				...r,
				met429: paced.stats.rateLimited ?? 0,
				pins: Object.keys(paced.state.pins).length,
			};
		}
		return out;
	} finally {
		await paced.stop();
	}
}

/** Conversion → Send Events of EVENTS items against a bare client, with the requests counted. */
async function conversionRuns(sim, ads, common) {
	log(`Conversion → Send Events of ${EVENTS} events, ${REPS} repetitions each side`);
	sim.reset();
	ads.reset();
	const adAccount = ads.addAdAccount({ name: 'Bench conversions' }).id;
	const runs = await interleaved(
		'conversions',
		REPS,
		() => {
			sim.requests.length = 0;
		},
		(side) => ({ ...common, name: `conversions:${side}`, events: EVENTS, adAccount }),
	);
	return { events: EVENTS, ...runs };
}

async function main() {
	const started = Date.now();
	const build = ensureBuild();
	const results = {};
	const sim = createSimulator({
		accessTokens: [TOKEN],
		seed: 99,
		mediaProcessingPolls: 0,
		logLimit: 1_000_000,
		maxBodyBytes: 64 * MiB,
		// The node's own cost against a bare client: no budgets (the bare client does not pace).
		// What budgets cost is measured by the pacing rows, on their own simulator.
		rateLimits: false,
	});
	const ads = installAds(sim, { accessTokens: [TOKEN] });
	await sim.start(0);
	const common = { baseUrl: sim.baseUrl, origin: sim.origin, token: TOKEN };
	if (process.env.BENCH_ONLY === 'conversions') {
		// Only this row: printed, BENCHMARKS.md left as it is.
		try {
			results.conversions = await conversionRuns(sim, ads, common);
		} finally {
			await sim.stop();
		}
		const { conversionRows } = require('./lib/report');
		for (const row of conversionRows(results.conversions))
			process.stdout.write(`${row.join(' | ')}\n`);
		return;
	}
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-bench-'));
	try {
		// 1. Return All of PINS pins
		log(`Return All of ${PINS} pins, ${REPS} repetitions each side`);
		sim.reset();
		const board = sim.addBoard({ name: 'Bench' });
		for (let i = 0; i < PINS; i++) {
			sim.addPin({
				board_id: board.id,
				title: `bench-${i}`,
				media_source: { source_type: 'image_url', url: `https://example.com/${i}.jpg` },
			});
		}
		results.read = await interleaved('read', REPS, null, (side) => ({
			...common,
			name: `read:${side}`,
		}));

		// 2. Idle trigger poll
		log('idle trigger poll');
		const polls = 5;
		const pollOurs = await runWorker({ ...common, name: 'poll:ours', polls });
		if (pollOurs.failed) throw new Error(`poll: ${pollOurs.failed}`);
		const pollBare = await runWorker({ ...common, name: 'poll:bare', polls });
		results.poll = { ours: pollOurs, bare: pollBare };

		// 3. Pin creates
		log(`${CREATES} pin creates, ${REPS} repetitions each side`);
		results.create = await interleaved(
			'create',
			REPS,
			() => {
				sim.reset();
				return { boardId: sim.addBoard({ name: 'Creates' }).id };
			},
			(side, r) => ({ ...common, name: `create:${side}`, n: CREATES, prefix: `${side}-${r}` }),
		);

		// 3b. Exactly-once under ambiguous faults, then the same batch again with Skip If Already
		// Pinned (the mix of test/reliability/exactlyOnce.test.ts).
		log(`${CREATES} pin creates under ambiguous faults, then again with Skip If Already Pinned`);
		sim.reset();
		const onceBoard = sim.addBoard({ name: 'Exactly once' });
		const onceTask = { ...common, name: 'exactlyOnce:ours', n: CREATES, boardId: onceBoard.id };
		sim.setFaults(AMBIGUOUS_FAULTS);
		const onceFirst = await runWorker(onceTask);
		sim.setFaults({});
		if (onceFirst.failed) throw new Error(`exactly-once: ${onceFirst.failed}`);
		const firstLog = sim.requests.splice(0);
		const pinsAfterFirst = pinTally(Object.values(sim.state.pins));
		const onceAgain = await runWorker({ ...onceTask, skip: true });
		if (onceAgain.failed) throw new Error(`exactly-once re-run: ${onceAgain.failed}`);
		results.exactlyOnce = {
			first: { ...onceFirst, log: tally(firstLog, onceBoard.id) },
			again: { ...onceAgain, log: tally(sim.requests.splice(0), onceBoard.id) },
			pinsAfterFirst,
			pinsAfterAgain: pinTally(Object.values(sim.state.pins)),
		};

		// 3d. A batch longer than one look's old bound (1,000 pins): the first create that reaches
		// Pinterest is applied and answered 500, and looked for after all the others ran.
		const LONG = CREATES + 10;
		log(`${LONG} pin creates, the first applied and answered 500`);
		sim.reset();
		const longBoard = sim.addBoard({ name: 'Long batch' });
		sim.failNext(1, { status: 500, afterWrite: true });
		const longRun = await runWorker({
			...onceTask,
			name: 'exactlyOnce:ours',
			n: LONG,
			boardId: longBoard.id,
			permanent: false,
		});
		if (longRun.failed) throw new Error(`long batch: ${longRun.failed}`);
		results.longBatch = {
			n: LONG,
			...longRun,
			log: tally(sim.requests.splice(0), longBoard.id),
			pins: pinTally(Object.values(sim.state.pins)),
		};

		// 3e. The same faults with a lagging list: a new pin shows in list reads only LAG_MS after
		// it was made (the simulator's pins are hidden from the list route for that long).
		const LAG_MS = 1500;
		log(`${CREATES} pin creates under ambiguous faults, list lagging ${LAG_MS} ms`);
		sim.reset();
		const lagBoard = sim.addBoard({ name: 'Lagging list' });
		const lagging = lagList(sim, LAG_MS);
		sim.setFaults(AMBIGUOUS_FAULTS);
		const lagRun = await runWorker({ ...onceTask, boardId: lagBoard.id });
		sim.setFaults({});
		lagging.off();
		if (lagRun.failed) throw new Error(`lagging list: ${lagRun.failed}`);
		results.lagging = {
			lagMs: LAG_MS,
			...lagRun,
			log: tally(sim.requests.splice(0), lagBoard.id),
			pins: pinTally(Object.values(sim.state.pins)),
		};

		// 3f. Pacing: CREATES creates on a budget like Standard access's documented safety net
		// (100 requests per second per user per app), with Pace Requests off and on. A simulator
		// of its own: budgets are opt-in (tools/simulator/rateLimit.js).
		results.pacing = await pacingRows(common);

		// 3c. Pin → Get Analytics of CREATES pins, one item each
		log(`Pin → Get Analytics of ${CREATES} pins`);
		sim.reset();
		const measured = sim.addBoard({ name: 'Analytics' });
		const pinIds = Array.from(
			{ length: CREATES },
			(_, i) =>
				sim.addPin({
					board_id: measured.id,
					title: `a-${i}`,
					media_source: { source_type: 'image_url', url: `https://example.com/a/${i}.jpg` },
				}).id,
		);
		sim.requests.length = 0;
		const analytics = await runWorker({ ...common, name: 'analytics:ours', pinIds });
		if (analytics.failed) throw new Error(`analytics: ${analytics.failed}`);
		results.analytics = {
			...analytics,
			bulk: sim.requests.filter((r) => r.path === '/v5/pins/analytics').length,
			single: sim.requests.filter((r) => /^\/v5\/pins\/\d+\/analytics$/.test(r.path)).length,
		};

		// 3g. Conversion → Send Events of EVENTS items
		results.conversions = await conversionRuns(sim, ads, common);

		// 4. Video upload from a binary property
		const videoReps = Math.max(2, Math.min(REPS, 3));
		log(`video upload of ${fmt.mib(VIDEO)}, ${videoReps} repetitions each side`);
		const file = path.join(tmp, 'video.bin');
		{
			// Pseudo-random: 1 MiB of random bytes, each copy stamped with its index.
			const { randomBytes } = require('crypto');
			const block = randomBytes(MiB);
			const fd = fs.openSync(file, 'w');
			for (let i = 0; i < VIDEO / MiB; i++) {
				block.writeUInt32BE(i, 0);
				fs.writeSync(fd, block);
			}
			fs.closeSync(fd);
		}
		const storage = path.join(tmp, 'binary-data');
		fs.mkdirSync(storage);
		results.upload = await interleaved(
			'upload',
			videoReps,
			() => {
				sim.reset();
			},
			(side) => ({ ...common, name: `upload:${side}`, file, storage }),
		);
		for (const side of ['ours', 'bare']) {
			for (const r of results.upload[side]) r.throughput = VIDEO / MiB / (r.ms / 1000);
		}
		// 4b. The same size streamed from a URL (the simulator's video host) into the upload
		log(`video upload of ${fmt.mib(VIDEO)} from a URL, ${videoReps} repetitions each side`);
		results.uploadUrl = await interleaved(
			'upload from URL',
			videoReps,
			() => {
				sim.reset();
			},
			(side) => ({
				...common,
				name: `uploadUrl:${side}`,
				url: `${sim.origin}/__video/${VIDEO}.mp4`,
			}),
		);
		results.uploadUrlCheck = Object.values(sim.uploads).map((u) => u.ok && u.fileBytes === VIDEO);

		const uploaded = Object.values(sim.uploads)[0];
		results.uploadCheck = uploaded ? { ok: uploaded.ok, bytes: uploaded.fileBytes } : undefined;
		fs.rmSync(file, { force: true });

		// 5. Against a real n8n's HTTP Request node
		sim.reset();
		const board2 = sim.addBoard({ name: 'Bench n8n' });
		for (let i = 0; i < PINS; i++) {
			sim.addPin({
				board_id: board2.id,
				title: `n8n-${i}`,
				media_source: { source_type: 'image_url', url: `https://example.com/${i}.jpg` },
			});
		}
		try {
			results.n8n = await realN8n(sim, {
				...common,
				pins: PINS,
				reps: Math.max(2, Math.min(REPS, 4) - (Math.min(REPS, 4) % 2)),
				tmp,
			});
		} catch (e) {
			results.n8n = {
				skipped: `not measured (real n8n run failed: ${String(e.message).split('\n')[0]})`,
			};
		}
	} finally {
		await sim.stop();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	const report = render(results, { build, seconds: (Date.now() - started) / 1000 });
	process.stdout.write(`${report.console}\n`);
	fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report.markdown);
	log(`wrote BENCHMARKS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
	process.stderr.write(`[bench] failed: ${error.stack || error}\n`);
	process.exit(1);
});
