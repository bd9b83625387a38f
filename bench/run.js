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

const ROOT = path.resolve(__dirname, '..');
const { createSimulator } = require(path.join(ROOT, 'tools/simulator'));

const QUICK = process.env.BENCH_QUICK === '1';
const REPS = Number(process.env.BENCH_REPS) || (QUICK ? 2 : 5);
const TOKEN = 'pina_bench_token';
const PINS = QUICK ? 1000 : 10000;
const CREATES = QUICK ? 100 : 1000;
const VIDEO = QUICK ? 64 * 1024 * 1024 : 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

function log(...args) {
	process.stderr.write(`[bench] ${args.join(' ')}\n`);
}

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
// statistics

function stats(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return undefined;
	const mid = Math.floor(v.length / 2);
	const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
	return { min: v[0], median, max: v[v.length - 1], n: v.length };
}

const fmt = {
	ms: (x) =>
		x >= 10000
			? `${(x / 1000).toFixed(1)} s`
			: x >= 1000
				? `${(x / 1000).toFixed(2)} s`
				: `${x.toFixed(x < 10 ? 2 : 0)} ms`,
	mib: (x) => `${(x / MiB).toFixed(1)} MiB`,
	mibs: (x) => `${x.toFixed(0)} MiB/s`,
	n: (x) => String(Math.round(x * 100) / 100),
	ratio: (x) => `${x.toFixed(2)}×`,
};

function spread(s, f) {
	return s ? `${f(s.min)} / ${f(s.median)} / ${f(s.max)}` : 'n/a';
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

async function main() {
	const started = Date.now();
	const build = ensureBuild();
	const sim = createSimulator({
		accessTokens: [TOKEN],
		seed: 99,
		mediaProcessingPolls: 0,
		logLimit: 1_000_000,
		maxBodyBytes: 64 * MiB,
	});
	await sim.start(0);
	const common = { baseUrl: sim.baseUrl, origin: sim.origin, token: TOKEN };
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-bench-'));
	const results = {};
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

// ---------------------------------------------------------------------------------------------
// report

function ratioOf(ours, bare) {
	return ours && bare && bare.median ? ours.median / bare.median : undefined;
}

function render(results, meta) {
	const rows = [];
	const noise = [];
	const pick = (side, key, list) => stats((list ?? results.read)[side].map((r) => r[key]));

	// Return All
	const readReq = { ours: pick('ours', 'requests'), bare: pick('bare', 'requests') };
	const readMs = { ours: pick('ours', 'ms'), bare: pick('bare', 'ms') };
	const readRss = { ours: pick('ours', 'rssGrowth'), bare: pick('bare', 'rssGrowth') };
	const readHeap = { ours: pick('ours', 'heapDelta'), bare: pick('bare', 'heapDelta') };
	const pages = Math.ceil(PINS / 250);
	const readItems =
		results.read.ours.every((r) => r.value === PINS) &&
		results.read.bare.every((r) => r.value === PINS);
	rows.push([
		`Return All ${PINS} pins: requests`,
		fmt.n(readReq.ours.median),
		fmt.n(readReq.bare.median),
		'–',
		`= ${pages}`,
		readReq.ours.min === pages && readReq.ours.max === pages && readItems ? 'yes' : 'NO',
	]);
	const rt = ratioOf(readMs.ours, readMs.bare);
	rows.push([
		`Return All ${PINS} pins: wall time`,
		fmt.ms(readMs.ours.median),
		fmt.ms(readMs.bare.median),
		fmt.ratio(rt),
		'≤ 1.25×',
		rt <= 1.25 ? 'yes' : 'NO',
	]);
	const rr = ratioOf(readRss.ours, readRss.bare);
	rows.push([
		`Return All ${PINS} pins: peak RSS growth`,
		fmt.mib(readRss.ours.median),
		fmt.mib(readRss.bare.median),
		fmt.ratio(rr),
		'(reported)',
		'–',
	]);
	rows.push([
		`Return All ${PINS} pins: heap after − before`,
		fmt.mib(readHeap.ours.median),
		fmt.mib(readHeap.bare.median),
		fmt.ratio(ratioOf(readHeap.ours, readHeap.bare)),
		'(reported)',
		'–',
	]);
	noise.push(
		[`Return All wall time, ours`, spread(readMs.ours, fmt.ms)],
		[`Return All wall time, bare fetch loop`, spread(readMs.bare, fmt.ms)],
		[`Return All peak RSS growth, ours`, spread(readRss.ours, fmt.mib)],
		[`Return All peak RSS growth, bare`, spread(readRss.bare, fmt.mib)],
	);

	// Idle poll
	const p = results.poll;
	if (p.ours.skipped) {
		rows.push([
			'Idle trigger poll: requests per poll',
			`not measured (${p.ours.skipped})`,
			'1',
			'–',
			'1',
			'–',
		]);
	} else {
		const per = stats(p.ours.perPoll);
		const perBare = stats(p.bare.perPoll);
		rows.push([
			'Idle trigger poll: requests per poll',
			fmt.n(per.median),
			fmt.n(perBare.median),
			fmt.ratio(per.median / perBare.median),
			'1',
			per.max === 1 ? 'yes' : 'NO',
		]);
		const t = stats(p.ours.times);
		const tb = stats(p.bare.times);
		rows.push([
			'Idle trigger poll: time per poll',
			fmt.ms(t.median),
			fmt.ms(tb.median),
			fmt.ratio(t.median / tb.median),
			'(reported)',
			'–',
		]);
		noise.push(
			['Idle poll time, ours', spread(t, fmt.ms)],
			['Idle poll time, bare', spread(tb, fmt.ms)],
		);
	}

	// Creates
	const c = results.create;
	const perItem = (side) => stats(c[side].map((r) => r.ms / CREATES));
	const ci = { ours: perItem('ours'), bare: perItem('bare') };
	const cr = ratioOf(ci.ours, ci.bare);
	const creqOk = c.ours.every((r) => r.requests === CREATES && r.value === CREATES);
	rows.push([
		`${CREATES} pin creates (4 in flight): time per item`,
		fmt.ms(ci.ours.median),
		fmt.ms(ci.bare.median),
		fmt.ratio(cr),
		'(reported)',
		creqOk ? `${CREATES} requests` : 'request count off',
	]);
	noise.push(
		['Create time per item, ours', spread(ci.ours, fmt.ms)],
		['Create time per item, bare', spread(ci.bare, fmt.ms)],
	);

	// Upload
	const u = results.upload;
	const uRss = {
		ours: stats(u.ours.map((r) => r.rssGrowth)),
		bare: stats(u.bare.map((r) => r.rssGrowth)),
	};
	const uTp = {
		ours: stats(u.ours.map((r) => r.throughput)),
		bare: stats(u.bare.map((r) => r.throughput)),
	};
	const vlabel = VIDEO >= 1024 * MiB ? `${VIDEO / 1024 / MiB} GiB` : fmt.mib(VIDEO);
	rows.push([
		`Video upload ${vlabel}: peak RSS growth`,
		fmt.mib(uRss.ours.median),
		fmt.mib(uRss.bare.median),
		fmt.ratio(ratioOf(uRss.ours, uRss.bare)),
		'< 64 MiB',
		uRss.ours.max < 64 * MiB ? 'yes' : 'NO',
	]);
	const ut = uTp.ours.median / uTp.bare.median;
	rows.push([
		`Video upload ${vlabel}: throughput`,
		fmt.mibs(uTp.ours.median),
		fmt.mibs(uTp.bare.median),
		fmt.ratio(ut),
		'(reported)',
		'–',
	]);
	noise.push(
		['Upload peak RSS growth, ours', spread(uRss.ours, fmt.mib)],
		['Upload peak RSS growth, bare', spread(uRss.bare, fmt.mib)],
		['Upload throughput, ours', spread(uTp.ours, fmt.mibs)],
		['Upload throughput, bare', spread(uTp.bare, fmt.mibs)],
	);

	// Real n8n
	const n = results.n8n;
	if (!n || n.skipped) {
		rows.push([
			'Get Many vs n8n HTTP Request node (real n8n)',
			n?.skipped ?? 'not measured',
			'–',
			'–',
			'–',
			'–',
		]);
	} else {
		rows.push([
			`Real n8n ${n.version}, ${PINS} pins: requests (ours vs HTTP Request node)`,
			fmt.n(n.ours.requests.median),
			fmt.n(n.http.requests.median),
			'–',
			`= ${pages}`,
			n.ours.requests.max === pages ? 'yes' : 'NO',
		]);
		const r = n.ours.ms.median / n.http.ms.median;
		rows.push([
			`Real n8n ${n.version}, ${PINS} pins: node execution time (HTTP Request + Split Out)`,
			fmt.ms(n.ours.ms.median),
			fmt.ms(n.http.ms.median),
			fmt.ratio(r),
			'≤ 1.25×',
			r <= 1.25 ? 'yes' : 'NO',
		]);
		noise.push(
			['Real n8n, our Get Many', spread(n.ours.ms, fmt.ms)],
			['Real n8n, HTTP Request + Split Out', spread(n.http.ms, fmt.ms)],
		);
	}

	const header = ['measure', 'ours', 'baseline', 'ratio', 'goal', 'met?'];
	const table = [header, header.map(() => '---'), ...rows]
		.map((r) => `| ${r.join(' | ')} |`)
		.join('\n');
	const noiseTable = [['measure', 'min / median / max'], ['---', '---'], ...noise]
		.map((r) => `| ${r.join(' | ')} |`)
		.join('\n');
	const cpus = os.cpus();
	const machine = [
		`- CPUs: ${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}; memory ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; load average at the end ${os
			.loadavg()
			.map((x) => x.toFixed(2))
			.join(' / ')}`,
		`- Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()}); n8n-core ${require('n8n-core/package.json').version}, n8n-workflow ${require('n8n-workflow/package.json').version}`,
		`- ${REPS} repetitions per side (upload: ${Math.max(2, Math.min(REPS, 3))}), ours and baseline alternating, each in a fresh process; package ${meta.build}; whole run ${meta.seconds.toFixed(0)} s${QUICK ? '; QUICK mode (small sizes)' : ''}`,
	].join('\n');
	const consoleText = `\n${table}\n\nNoise (min / median / max over repetitions):\n${noiseTable}\n\nMachine:\n${machine}\n`;
	const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 10)}. Everything is measured in one run against
the local Pinterest simulator (tools/simulator) on 127.0.0.1, without faults. "Ours" is the built package (dist/) run
through real n8n-core (WorkflowExecute → RoutingNode, as n8n runs it); the baseline is a bare Node client doing the same
HTTP work (fetch / http, no n8n). Medians over the repetitions; the spread is below. Correctness under faults is proven
by \`test/reliability/faults.test.ts\`, not here.

${table}

## Noise (min / median / max over repetitions)

${noiseTable}

## Machine

${machine}

## How each figure is measured

- **Return All**: Pin → Get Many, Return All, Simplify off (raw objects, like the bare loop), over ${PINS} seeded pins. The
  baseline is a \`fetch\` loop following \`bookmark\` with \`page_size=250\` and keeping every pin in an array. Requests are
  counted from the simulator's log; peak RSS growth is sampled every 5 ms against the level just before the run (after a GC);
  the heap figure is heap used after the run minus before (ours includes n8n's run data holding the ${PINS} output items).
  The simulator sorts its pins on every page, which both sides pay alike.
- **Idle trigger poll**: Pinterest Trigger, New Pin on the account, polled through n8n-core's PollContext in trigger mode after
  the first activation, with no new pins; the baseline is one GET of the newest page.
- **Pin creates**: Pin → Create from image URLs, ${CREATES} input items, default Rate Limit Handling (4 items in flight); the
  baseline is a loop of \`fetch\` POSTs, 4 in flight. Time per item = wall time / ${CREATES}.
- **Video upload**: Media → Upload of a ${vlabel} pseudo-random file held in n8n's filesystem binary data mode (POST /media,
  the multipart stream to the upload URL, the status read); the baseline registers the same way, streams the same file from
  disk with \`http.request\`, and reads the status. The file lives in a temp dir and is deleted afterwards.
- **Real n8n**: where the end-to-end suite has cached an n8n (scripts/n8n-install.js), the packed package is installed into
  it, and one workflow runs our Get Many (Return All) and n8n's own HTTP Request node paginating the same endpoint with
  \`bookmark\`; node execution time comes from n8n's run data, requests from the simulator's log.
  The HTTP Request node is followed by a Split Out node so that both branches end with one item per pin (its time is
  added), and the branch that runs first alternates between runs, so neither always pays the process's first-use costs.
`;
	return { console: consoleText, markdown };
}

main().catch((error) => {
	process.stderr.write(`[bench] failed: ${error.stack || error}\n`);
	process.exit(1);
});
