'use strict';
/* The bench's report: the results table, the noise table and the machine, for the console and BENCHMARKS.md. */
const os = require('os');
const { QUICK, REPS, PINS, CREATES, VIDEO, MiB } = require('./config');
const { stats, fmt, spread, ratioOf } = require('./stats');

/** Conversion → Send Events: requests for Pinterest's 1,000-event limit, and time per event. */
function conversionRows(conv) {
	const n = conv.events;
	const goal = Math.ceil(n / 1000);
	const req = {
		ours: stats(conv.ours.map((r) => r.requests)),
		bare: stats(conv.bare.map((r) => r.requests)),
	};
	const perItem = {
		ours: stats(conv.ours.map((r) => r.ms / n)),
		bare: stats(conv.bare.map((r) => r.ms / n)),
	};
	const all = conv.ours.every((r) => r.value === n) && conv.bare.every((r) => r.value === n);
	const ratio = ratioOf(perItem.ours, perItem.bare);
	return [
		[
			`Conversion → Send Events of ${n} events: requests`,
			fmt.n(req.ours.median),
			fmt.n(req.bare.median),
			'–',
			`= ${goal}`,
			req.ours.max === goal && all ? 'yes' : 'NO',
		],
		[
			`Conversion → Send Events of ${n} events: time per event (hashing included)`,
			fmt.ms(perItem.ours.median),
			fmt.ms(perItem.bare.median),
			fmt.ratio(ratio),
			'(reported)',
			'–',
		],
	];
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
	// GET /pins gives a bookmark on its last page, then an empty page (tools/simulator/REAL-API.md).
	const pages = Math.ceil(PINS / 250) + 1;
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

	// Pace Requests on a rate-limit budget (the simulator's opt-in budgets)
	const pacing = results.pacing;
	if (pacing && pacing.off && pacing.on) {
		for (const [label, side] of [
			['off', pacing.off],
			['on', pacing.on],
		]) {
			rows.push([
				`${CREATES} creates on a budget of 100 requests/s, Pace Requests ${label}: 429s met / pins / item errors`,
				`${side.met429} / ${side.pins} / ${side.value.errors}`,
				'–',
				'–',
				label === 'on' ? `far fewer 429s than off, ${CREATES} / 0` : 'the 429s pacing avoids',
				label === 'on'
					? side.met429 * 10 <= pacing.off.met429 &&
						side.pins === CREATES &&
						side.value.errors === 0
						? 'yes'
						: 'NO'
					: '–',
			]);
			rows.push([
				`… time per item, Pace Requests ${label}`,
				fmt.ms(side.ms / CREATES),
				'–',
				'–',
				'at least 10 ms (100/s)',
				'–',
			]);
		}
	}

	// Exactly-once under ambiguous faults, and the re-run with Skip If Already Pinned
	const e = results.exactlyOnce;
	if (e) {
		const permanent = Math.floor((CREATES - 58) / 100) + 1;
		const wanted = CREATES - permanent;
		const first = e.first.value;
		const retried429 = e.first.log.postsByStatus['429'] ?? 0;
		const resent = e.first.log.posts - CREATES - retried429;
		rows.push([
			`${CREATES} creates under ambiguous faults: pins / duplicates / item errors`,
			`${e.pinsAfterFirst.pins} / ${e.pinsAfterFirst.duplicates} / ${first.errors}` +
				(first.unexpected?.length
					? ` (besides the permanent faults: ${first.unexpected.join('; ').slice(0, 300)})`
					: ''),
			'–',
			'–',
			`${wanted} / 0 / ${permanent} (the permanent faults)`,
			e.pinsAfterFirst.pins === wanted &&
			e.pinsAfterFirst.duplicates === 0 &&
			first.errors === permanent
				? 'yes'
				: 'NO',
		]);
		rows.push([
			`… what reconciling cost, for ${CREATES} items`,
			`${fmt.n(e.first.log.reads)} list reads, ${fmt.n(resent)} POSTs resent (${first.recovered} recovered)`,
			'–',
			'–',
			'(reported: shared looks, and re-looks 1 s and 3 s after an answer)',
			'–',
		]);
		rows.push([
			'… time per item, under faults vs without',
			fmt.ms(e.first.ms / CREATES),
			fmt.ms(ci.ours.median),
			fmt.ratio(e.first.ms / CREATES / ci.ours.median),
			'(reported)',
			'–',
		]);
		const again = e.again.value;
		const pages = Math.ceil(wanted / 250);
		const newPins = e.pinsAfterAgain.pins - e.pinsAfterFirst.pins;
		rows.push([
			'Same batch again, Skip If Already Pinned: requests / new pins',
			`${e.again.log.requests} (${e.again.log.reads} list pages, ${e.again.log.posts} POSTs) / ${newPins}`,
			'–',
			'–',
			`${pages} pages + ${permanent} POSTs / 0`,
			e.again.log.reads === pages &&
			e.again.log.posts === permanent &&
			newPins === 0 &&
			again.skipped === wanted
				? 'yes'
				: 'NO',
		]);
	}

	// A batch longer than the old 1,000-pin look, its first create applied and answered 500
	const lb = results.longBatch;
	if (lb) {
		const pages = Math.ceil(lb.n / 250);
		rows.push([
			`${lb.n} creates, the first applied and answered 500: pins / duplicates / recovered`,
			`${lb.pins.pins} / ${lb.pins.duplicates} / ${lb.value.recovered} (${lb.log.reads} list pages)`,
			'–',
			'–',
			`${lb.n} / 0 / 1 (${pages} pages: the look reaches the run's first create)`,
			lb.pins.pins === lb.n &&
			lb.pins.duplicates === 0 &&
			lb.value.recovered === 1 &&
			lb.value.errors === 0
				? 'yes'
				: 'NO',
		]);
	}
	// The ambiguous faults again, with a list that shows new pins late
	const lg = results.lagging;
	if (lg) {
		const permanent = Math.floor((CREATES - 58) / 100) + 1;
		const wanted = CREATES - permanent;
		const retried429 = lg.log.postsByStatus['429'] ?? 0;
		const resent = lg.log.posts - CREATES - retried429;
		rows.push([
			`${CREATES} creates under ambiguous faults, list lagging ${lg.lagMs} ms: pins / duplicates / item errors`,
			`${lg.pins.pins} / ${lg.pins.duplicates} / ${lg.value.errors}` +
				(lg.value.unexpected?.length
					? ` (besides the permanent faults: ${lg.value.unexpected.join('; ').slice(0, 300)})`
					: ''),
			'–',
			'–',
			`${wanted} / 0 / ${permanent}`,
			lg.pins.pins === wanted && lg.pins.duplicates === 0 && lg.value.errors === permanent
				? 'yes'
				: 'NO',
		]);
		rows.push([
			'… what reconciling cost, lagging list',
			`${fmt.n(lg.log.reads)} list reads, ${fmt.n(resent)} POSTs resent (${lg.value.recovered} recovered); ${fmt.ms(lg.ms / CREATES)} per item`,
			'–',
			'–',
			'(reported)',
			'–',
		]);
	}

	// Batched pin analytics
	const an = results.analytics;
	if (an) {
		const goal = Math.ceil(CREATES / 100);
		rows.push([
			`Pin → Get Analytics of ${CREATES} pins: requests`,
			`${an.bulk + an.single} (${an.bulk} bulk, ${an.single} single)`,
			`${CREATES} (one per pin)`,
			fmt.ratio((an.bulk + an.single) / CREATES),
			`= ${goal}`,
			an.bulk + an.single === goal && an.value === CREATES ? 'yes' : 'NO',
		]);
	}

	if (results.conversions) rows.push(...conversionRows(results.conversions));

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

	// Upload from a URL
	const uu = results.uploadUrl;
	if (uu) {
		const rss = {
			ours: stats(uu.ours.map((r) => r.rssGrowth)),
			bare: stats(uu.bare.map((r) => r.rssGrowth)),
		};
		const uploadedWhole = (results.uploadUrlCheck ?? []).every(Boolean);
		rows.push([
			`Video ${vlabel} from a URL: peak RSS growth`,
			fmt.mib(rss.ours.median),
			fmt.mib(rss.bare.median),
			fmt.ratio(ratioOf(rss.ours, rss.bare)),
			'< 64 MiB',
			rss.ours.max < 64 * MiB && uploadedWhole ? 'yes' : 'NO',
		]);
		const ms = { ours: stats(uu.ours.map((r) => r.ms)), bare: stats(uu.bare.map((r) => r.ms)) };
		rows.push([
			`Video ${vlabel} from a URL: wall time`,
			fmt.ms(ms.ours.median),
			fmt.ms(ms.bare.median),
			fmt.ratio(ratioOf(ms.ours, ms.bare)),
			'(reported)',
			'–',
		]);
		noise.push(
			['Upload from URL peak RSS growth, ours', spread(rss.ours, fmt.mib)],
			['Upload from URL peak RSS growth, bare', spread(rss.bare, fmt.mib)],
		);
	}

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
the local Pinterest simulator (tools/simulator) on 127.0.0.1, without faults except in the exactly-once rows. "Ours" is the built package (dist/) run
through real n8n-core (WorkflowExecute → RoutingNode, as n8n runs it); the baseline is a bare Node client doing the same
HTTP work (fetch / http, no n8n). Medians over the repetitions; the spread is below. Correctness under faults is proven
by \`test/reliability/\` (faults.test.ts, exactlyOnce.test.ts); the exactly-once rows here count one seeded run.

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
- **Exactly-once**: Pin → Create with Continue On Fail, ${CREATES} items (every 100th asks for an image the simulator never
  fetches: the permanent faults), while the simulator answers 10% 429 and 6% 503 (not applied), applies 8% of the writes
  and answers 500, applies 4% and drops the connection, and answers 1% + 1% with code 2787 (before and after applying).
  Pins, duplicates, reads of the board's pins and POSTs come from the simulator's state and log; "POSTs resent" are sends
  after a look found nothing (429 retries not counted). Then the same ${CREATES} items again, without faults, with Skip If
  Already Pinned on. One run each, not repeated: the figures are counts, and the seed makes them stable.
- **Pin → Get Analytics**: ${CREATES} items, one pin each, 30 days, two metrics; requests counted from the simulator's
  log. The baseline column is what one request per pin would cost.
- **Video from a URL**: Media → Upload with Source URL, the simulator playing the video host (\`/__video/<bytes>.mp4\`,
  streamed with backpressure); the baseline streams the same answer with \`http.get\` into the same multipart upload.
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

module.exports = { render, conversionRows };
