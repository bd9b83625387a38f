'use strict';
/**
 * One measurement in a fresh process, so that memory figures belong to one client only: the
 * simulator runs in the parent (bench/run.js). Usage: node --expose-gc bench/worker.js '<json>'.
 * Prints one line "BENCH_RESULT <json>".
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { randomBytes } = require('crypto');

const task = JSON.parse(process.argv[2]);
const auth = { authorization: `Bearer ${task.token}` };

async function logLength() {
	const res = await fetch(`${task.origin}/__log`);
	return (await res.json()).length;
}

/** Peak RSS and heap during fn, against the level just before it (after a GC). */
async function measure(fn) {
	// Anything lazily loaded on a first use (fetch's undici) is loaded before the baseline level.
	await logLength();
	global.gc?.();
	global.gc?.();
	const rss0 = process.memoryUsage.rss();
	const heap0 = process.memoryUsage().heapUsed;
	let peak = rss0;
	const sampler = setInterval(() => {
		const rss = process.memoryUsage.rss();
		if (rss > peak) peak = rss;
	}, 5);
	const logBefore = await logLength();
	const t0 = process.hrtime.bigint();
	let value;
	try {
		value = await fn();
	} finally {
		clearInterval(sampler);
	}
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	peak = Math.max(peak, process.memoryUsage.rss());
	const heapDelta = process.memoryUsage().heapUsed - heap0;
	const requests = (await logLength()) - logBefore;
	return { ms, rssGrowth: peak - rss0, heapDelta, requests, value };
}

// ---------------------------------------------------------------------------------------------
// bare baselines: Node's own fetch / http, no n8n

async function bareReadAll(pageSize = 250, limit = Infinity) {
	const items = [];
	let bookmark;
	do {
		const url = new URL(`${task.baseUrl}/pins`);
		url.searchParams.set('page_size', String(Math.min(pageSize, limit - items.length)));
		if (bookmark) url.searchParams.set('bookmark', bookmark);
		const res = await fetch(url, { headers: { ...auth, accept: 'application/json' } });
		if (res.status !== 200) throw new Error(`GET /pins ${res.status}`);
		const body = await res.json();
		items.push(...body.items);
		bookmark = body.bookmark || undefined;
	} while (bookmark && items.length < limit);
	return items.length;
}

async function bareCreate(title, i) {
	const res = await fetch(`${task.baseUrl}/pins`, {
		method: 'POST',
		headers: { ...auth, 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify({
			board_id: task.boardId,
			title,
			media_source: { source_type: 'image_url', url: `https://example.com/img/${i}.jpg` },
		}),
	});
	if (res.status !== 201) throw new Error(`POST /pins ${res.status}`);
	return await res.json();
}

async function bareCreates(n, prefix, parallel = 4) {
	let next = 0;
	const lanes = Array.from({ length: parallel }, async () => {
		while (next < n) {
			const i = next++;
			await bareCreate(`${prefix}-${i}`, i);
		}
	});
	await Promise.all(lanes);
	return n;
}

/** The bytes of a file on disk: its size and a stream. */
function fromDisk(file) {
	return { size: fs.statSync(file).size, stream: fs.createReadStream(file) };
}

/** The bytes behind a URL: the answer's Content-Length and body stream. */
function fromUrl(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, (res) => resolve({ size: Number(res.headers['content-length']), stream: res }))
			.on('error', reject);
	});
}

/**
 * POST /media, a streamed multipart upload of the source (fields, then the file), GET
 * /media/{id}. `open` gives { size, stream }: a file on disk, or a URL's answer.
 */
async function bareUpload(open) {
	const reg = await fetch(`${task.baseUrl}/media`, {
		method: 'POST',
		headers: { ...auth, 'content-type': 'application/json' },
		body: JSON.stringify({ media_type: 'video' }),
	});
	const media = await reg.json();
	const boundary = `----bareBoundary${randomBytes(8).toString('hex')}`;
	let head = '';
	for (const [k, v] of Object.entries(media.upload_parameters)) {
		head += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
	}
	head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n`;
	const headBuf = Buffer.from(head);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
	const { size, stream } = await open();
	const status = await new Promise((resolve, reject) => {
		const req = http.request(
			media.upload_url,
			{
				method: 'POST',
				headers: {
					'content-type': `multipart/form-data; boundary=${boundary}`,
					'content-length': headBuf.length + size + tail.length,
				},
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode));
			},
		);
		req.on('error', reject);
		req.write(headBuf);
		stream.on('error', reject);
		stream.on('end', () => req.end(tail));
		stream.pipe(req, { end: false });
	});
	if (status !== 204) throw new Error(`upload ${status}`);
	const got = await fetch(`${task.baseUrl}/media/${media.media_id}`, { headers: auth });
	return (await got.json()).status;
}

// ---------------------------------------------------------------------------------------------
// ours: the built package through n8n-core

/**
 * The shared harness (tools/harness, as in the jest tests), with access-token authentication:
 * run(parameters, options) is Manual → Pinterest through WorkflowExecute.
 */
async function ours() {
	// n8n-core writes .n8n/config under N8N_USER_FOLDER when it is loaded: keep it out of the home folder.
	if (!process.env.N8N_USER_FOLDER) {
		const dir = path.join(os.tmpdir(), 'n8n-nodes-pinterest-api-bench');
		fs.mkdirSync(dir, { recursive: true });
		process.env.N8N_USER_FOLDER = dir;
	}
	process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'bench-encryption-key';
	const h = require('../tools/harness');
	const credentials = await h.makeCredentials({
		pinterestApi: h.tokenCredential(task.baseUrl, task.token),
	});
	const run = (parameters, options) =>
		h.runNode({ authentication: 'accessToken', ...parameters }, { credentials, ...options });
	return { h, credentials, run };
}

function check(result, what) {
	if (result.error) throw new Error(`${what}: ${result.error.message}`);
	const failed = result.items.find((i) => i.error);
	if (failed) throw new Error(`${what}: ${failed.error.message}`);
}

/** task.events conversion input items: an email, a phone number and a value each. */
function conversionInput() {
	return Array.from({ length: task.events }, (_, i) => ({
		json: {
			id: `bench-${i}`,
			email: ` Buyer.${i}@Shop.Example `,
			phone: `+1 (415) 555-${String(i).padStart(4, '0')}`,
			value: (i % 100) + 0.99,
		},
	}));
}

const tasks = {
	async 'read:ours'() {
		const { run } = await ours();
		const params = { resource: 'pin', operation: 'getAll', returnAll: true, simplify: false };
		check(await run({ ...params, returnAll: false, limit: 5 }), 'warm-up');
		return await measure(async () => {
			const r = await run(params);
			check(r, 'read');
			return r.items.length;
		});
	},
	async 'read:bare'() {
		await bareReadAll(250, 5);
		return await measure(async () => await bareReadAll());
	},
	async 'create:ours'() {
		const { run } = await ours();
		const params = {
			resource: 'pin',
			operation: 'create',
			board: { __rl: true, mode: 'id', value: task.boardId },
			mediaSource: 'imageUrl',
			imageUrl: '={{ $json.url }}',
			title: '={{ $json.title }}',
		};
		const input = (prefix, n) =>
			Array.from({ length: n }, (_, i) => ({
				json: { title: `${prefix}-${i}`, url: `https://example.com/img/${i}.jpg` },
			}));
		check(await run(params, { input: input('warm', 4) }), 'warm-up');
		return await measure(async () => {
			const r = await run(params, { input: input(task.prefix, task.n) });
			check(r, 'create');
			return r.items.length;
		});
	},
	/** Pin → Create under the faults the parent set; with task.skip, Skip If Already Pinned on. */
	async 'exactlyOnce:ours'() {
		const { run } = await ours();
		const params = (options) => ({
			resource: 'pin',
			operation: 'create',
			board: { __rl: true, mode: 'id', value: task.boardId },
			mediaSource: 'imageUrl',
			imageUrl: '={{ $json.url }}',
			title: '={{ $json.title }}',
			additionalFields: { link: '={{ $json.link }}' },
			options,
		});
		// Every 100th input asks for an image the simulator never fetches: a permanent fault.
		const input = Array.from({ length: task.n }, (_, i) => ({
			json: {
				title: `once-${i}`,
				url: `https://example.com/${task.permanent !== false && i % 100 === 57 ? 'unreachable' : 'img'}/${i}.jpg`,
				link: `https://shop.example.com/p/${i}?utm_source=bench`,
			},
		}));
		const count = (r) => ({
			items: r.items.length,
			errors: r.items.filter((i) => i.error).length,
			// What an error other than the permanent faults said, so a report can name it.
			unexpected: r.items
				.map((item, index) => ({ item, index }))
				.filter(
					({ item, index }) => item.error && !(task.permanent !== false && index % 100 === 57),
				)
				.map(({ item, index }) => `item ${index}: ${item.error.message}`),
			recovered: r.items.filter((i) => i.json.recovered === true).length,
			skipped: r.items.filter((i) => i.json.skipped === true).length,
		});
		const options = task.skip ? { skipIfAlreadyPinned: true } : {};
		return await measure(async () =>
			count(await run(params(options), { input, continueOnFail: true })),
		);
	},
	/** Pin → Create on a rate-limit budget, Pace Requests on or off (task.pace). */
	async 'pacing:ours'() {
		const { run } = await ours();
		const params = {
			resource: 'pin',
			operation: 'create',
			board: { __rl: true, mode: 'id', value: task.boardId },
			mediaSource: 'imageUrl',
			imageUrl: '={{ $json.url }}',
			title: '={{ $json.title }}',
			rateLimit: { paceRequests: task.pace, maxParallel: 8 },
		};
		const input = Array.from({ length: task.n }, (_, i) => ({
			json: { title: `paced-${i}`, url: `https://example.com/img/${i}.jpg` },
		}));
		return await measure(async () => {
			const r = await run(params, { input, continueOnFail: true });
			return { items: r.items.length, errors: r.items.filter((i) => i.error).length };
		});
	},
	async 'create:bare'() {
		await bareCreates(4, 'warm');
		return await measure(async () => await bareCreates(task.n, task.prefix));
	},
	async 'upload:ours'() {
		const { h, run } = await ours();
		const { BinaryDataService } = require('n8n-core');
		const noop = () => {};
		const logger = { debug: noop, info: noop, warn: noop, error: noop, scoped: () => logger };
		const service = new BinaryDataService(
			{
				mode: 'filesystem',
				availableModes: ['filesystem'],
				localStoragePath: task.storage,
				signingSecret: 'x',
			},
			{ error: noop, warn: noop, info: noop },
			logger,
		);
		await service.init();
		h.Container.set(BinaryDataService, service);
		// Store a stand-in, then hard-link the big file into its place: the node reads the very
		// file on disk through n8n's binary data service, without a 1 GiB copy per repetition.
		const location = { type: 'execution', workflowId: h.WORKFLOW_ID, executionId: h.EXECUTION_ID };
		const binary = await service.store(location, Buffer.from('x'), {
			data: '',
			mimeType: 'video/mp4',
			fileName: 'big.mp4',
		});
		const fileId = binary.id.slice(binary.id.indexOf(':') + 1);
		const manager = service.managers.filesystem;
		const target = manager.getPath(fileId);
		fs.rmSync(target);
		try {
			fs.linkSync(task.file, target);
		} catch {
			fs.copyFileSync(task.file, target);
		}
		const size = fs.statSync(target).size;
		fs.writeFileSync(
			`${target}.metadata`,
			JSON.stringify({ mimeType: 'video/mp4', fileName: 'big.mp4', fileSize: size }),
		);
		binary.bytes = size;
		binary.fileSize = String(size);
		const params = { resource: 'media', operation: 'upload', binaryPropertyName: 'data' };
		return await measure(async () => {
			const r = await run(params, { input: [{ json: {}, binary: { data: binary } }] });
			check(r, 'upload');
			return r.items[0].json.status;
		});
	},
	async 'upload:bare'() {
		return await measure(async () => await bareUpload(() => fromDisk(task.file)));
	},
	/** Media → Upload with Source URL: the simulator's video host streams task.bytes. */
	async 'uploadUrl:ours'() {
		const { run } = await ours();
		const params = { resource: 'media', operation: 'upload', source: 'url', videoUrl: task.url };
		return await measure(async () => {
			const r = await run(params);
			check(r, 'upload from URL');
			return r.items[0].json.status;
		});
	},
	async 'uploadUrl:bare'() {
		return await measure(async () => await bareUpload(() => fromUrl(task.url)));
	},
	/** Pin → Get Analytics for task.pinIds, one item each: the run's pins go together. */
	async 'analytics:ours'() {
		const { run } = await ours();
		const params = {
			resource: 'pin',
			operation: 'getAnalytics',
			pin: { __rl: true, mode: 'id', value: '={{ $json.pin }}' },
			dateRange: 'last30Days',
			metricTypes: ['IMPRESSION', 'SAVE'],
			output: 'summary',
		};
		const input = task.pinIds.map((pin) => ({ json: { pin } }));
		return await measure(async () => {
			const r = await run(params, { input });
			check(r, 'analytics');
			return new Set(r.items.map((i) => i.json.pin_id)).size;
		});
	},
	/** Conversion → Send Events of task.events items, one event each: sent together. */
	async 'conversions:ours'() {
		const { run } = await ours();
		const params = {
			resource: 'conversion',
			operation: 'sendEvents',
			adAccount: { __rl: true, mode: 'id', value: task.adAccount },
			eventName: 'checkout',
			actionSource: 'web',
			eventId: '={{ $json.id }}',
			userData: { email: '={{ $json.email }}', phone: '={{ $json.phone }}' },
			customData: { currency: 'USD', value: '={{ $json.value }}' },
		};
		const input = conversionInput();
		return await measure(async () => {
			const r = await run(params, { input });
			check(r, 'conversions');
			const paired = r.items.every(
				(item, i) => item.pairedItem.item === i && item.json.event_id === input[i].json.id,
			);
			return paired ? r.items.filter((i) => i.json.status === 'processed').length : -1;
		});
	},
	/** The same events hashed and sent by a bare Node client: one POST. */
	async 'conversions:bare'() {
		const { createHash } = require('crypto');
		const sha = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
		const input = conversionInput();
		return await measure(async () => {
			const now = Math.floor(Date.now() / 1000);
			const data = input.map(({ json }) => ({
				event_name: 'checkout',
				action_source: 'web',
				event_time: now,
				event_id: json.id,
				user_data: {
					em: [sha(json.email.trim().toLowerCase())],
					ph: [sha(json.phone.replace(/\D/g, '').replace(/^0+/, ''))],
				},
				custom_data: { currency: 'USD', value: String(json.value) },
			}));
			const res = await fetch(`${task.baseUrl}/ad_accounts/${task.adAccount}/events`, {
				method: 'POST',
				headers: { ...auth, 'content-type': 'application/json' },
				body: JSON.stringify({ data }),
			});
			if (res.status !== 200) throw new Error(`POST events ${res.status}`);
			return (await res.json()).num_events_processed;
		});
	},
	async 'poll:ours'() {
		const { h, credentials } = await ours();
		if (!(await h.loadPackage()).nodeTypes.getByName(h.TRIGGER_TYPE))
			return { skipped: 'the package has no Pinterest Trigger node' };
		const workflow = await h.triggerWorkflow({
			authentication: 'accessToken',
			event: 'newPin',
			pinSource: 'account',
		});
		await h.poll(workflow, credentials); // first activation: records the watermark
		const perPoll = [];
		const times = [];
		for (let i = 0; i < task.polls; i++) {
			const m = await measure(async () => await h.poll(workflow, credentials));
			if (m.value !== null) throw new Error('an idle poll emitted items');
			perPoll.push(m.requests);
			times.push(m.ms);
		}
		return { perPoll, times };
	},
	async 'poll:bare'() {
		await bareReadAll(250, 1);
		const perPoll = [];
		const times = [];
		for (let i = 0; i < task.polls; i++) {
			const m = await measure(async () => await bareReadAll(250, 250));
			perPoll.push(m.requests);
			times.push(m.ms);
		}
		return { perPoll, times };
	},
};

tasks[task.name]()
	.then((result) => {
		process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
		process.exit(0);
	})
	.catch((error) => {
		process.stdout.write(
			`BENCH_RESULT ${JSON.stringify({ failed: String((error && error.stack) || error) })}\n`,
		);
		process.exit(1);
	});
