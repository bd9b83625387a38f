import * as crypto from 'crypto';
import FormData from 'form-data';

import { delay, http, startRssSampler } from '../helpers/system';
import type { ErrorBody, MediaRegistration, Sim } from './helpers';
import { call, must, startSim } from './helpers';
import type { MediaSource, MediaView, PinView } from '../../tools/simulator';

interface UploadOpts {
	fields: Record<string, string>;
	fileBytes?: number;
	fileFirst?: boolean;
	fileField?: string;
	headers?: Record<string, string>;
	truncate?: boolean;
}

/** Streams a multipart body (file generated on the fly, never held in memory). */
function streamUpload(
	url: string,
	o: UploadOpts,
): Promise<{ status: number; body: string; sha256: string; bytes: number }> {
	const boundary = `----simtest${crypto.randomBytes(8).toString('hex')}`;
	const total = o.fileBytes ?? 1024;
	const hash = crypto.createHash('sha256');
	const fieldPart = (k: string, v: string) =>
		`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
	const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="${o.fileField ?? 'file'}"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`;
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				headers: {
					'content-type': `multipart/form-data; boundary=${boundary}`,
					...(o.headers || {}),
				},
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (c) => {
					body += c;
				});
				res.on('end', () =>
					resolve({ status: res.statusCode || 0, body, sha256: hash.digest('hex'), bytes: total }),
				);
			},
		);
		req.on('error', reject);
		const write = (chunk: string | Buffer) =>
			new Promise<void>((r) => {
				if (req.write(chunk)) r();
				else req.once('drain', () => r());
			});
		(async () => {
			const fields = Object.entries(o.fields)
				.map(([k, v]) => fieldPart(k, v))
				.join('');
			if (!o.fileFirst) await write(fields);
			await write(fileHead);
			const block = Buffer.alloc(1024 * 1024);
			let sent = 0;
			let n = 0;
			while (sent < total) {
				block.fill(n % 251);
				block.writeUInt32BE(n++, 0);
				// include boundary-like bytes to exercise the parser
				block.write(`\r\n--${boundary.slice(0, 10)}`, 100);
				const len = Math.min(block.length, total - sent);
				const chunk = block.subarray(0, len);
				hash.update(chunk);
				// the block is reused: write() only resolves once the chunk is flushed (drain) or fully accepted
				await write(chunk);
				sent += len;
			}
			await write('\r\n');
			if (o.fileFirst) await write(fields);
			if (o.truncate) {
				req.destroy();
				resolve({ status: 0, body: '', sha256: '', bytes: 0 });
				return;
			}
			req.end(`--${boundary}--\r\n`);
		})().catch(reject);
	});
}

describe('simulator: media upload flow', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	test('register -> streamed 50 MB upload -> polling -> video pin', async () => {
		expect((await call(sim, 'POST', '/media', { body: { media_type: 'image' } })).status).toBe(400);
		const reg = await call<MediaRegistration>(sim, 'POST', '/media', {
			body: { media_type: 'video' },
		});
		expect(reg.status).toBe(201);
		const { media_id, upload_url, upload_parameters } = reg.body;
		expect(media_id).toMatch(/^\d{18,19}$/);
		expect(upload_url).toBe(`http://127.0.0.1:${sim.port}/__upload/${media_id}`);
		expect(Object.keys(upload_parameters).sort()).toEqual([
			'Content-Type',
			'key',
			'policy',
			'x-amz-algorithm',
			'x-amz-credential',
			'x-amz-date',
			'x-amz-security-token',
			'x-amz-signature',
		]);
		expect((await call(sim, 'GET', `/media/${media_id}`)).body).toEqual({
			media_id,
			media_type: 'video',
			status: 'registered',
		});

		const rss = startRssSampler(20);
		const size = 50 * 1024 * 1024;
		const up = await streamUpload(upload_url, { fields: upload_parameters, fileBytes: size });
		const { growth } = rss.stop();
		expect(up.status).toBe(204);
		expect(growth).toBeLessThan(64 * 1024 * 1024);
		const rec = sim.uploads[media_id];
		expect(rec).toMatchObject({
			fileBytes: size,
			sha256: up.sha256,
			filename: 'video.mp4',
			contentType: 'video/mp4',
			authorizationHeaderSeen: false,
			fileWasLast: true,
		});
		expect(rec.fields).toEqual(upload_parameters);
		const log = must(
			sim.requests.find((r) => r.path === `/__upload/${media_id}`),
			'upload request log entry',
		);
		expect(log.status).toBe(204);
		expect(log.body).toMatchObject({ fileBytes: size, sha256: up.sha256 });

		const pin = (ms: MediaSource) =>
			call<PinView>(sim, 'POST', '/pins', { body: { board_id: board, media_source: ms } });
		const board = sim.addBoard({ name: 'v' }).id;
		const ms = {
			source_type: 'video_id',
			media_id,
			cover_image_url: 'https://example.com/cover.jpg',
		};
		expect((await pin(ms)).status).toBe(400); // still processing
		expect((await call<MediaView>(sim, 'GET', `/media/${media_id}`)).body.status).toBe(
			'processing',
		);
		expect((await call<MediaView>(sim, 'GET', `/media/${media_id}`)).body.status).toBe('succeeded');
		expect((await call<MediaView>(sim, 'GET', `/media/${media_id}`)).body.status).toBe('succeeded');
		const created = await pin(ms);
		expect(created.status).toBe(201);
		expect(created.body.media).toMatchObject({
			media_type: 'video',
			cover_image_url: 'https://example.com/cover.jpg',
		});
		expect(created.body.creative_type).toBe('VIDEO');
		const list = await call(sim, 'GET', '/media');
		expect(list.body).toEqual({
			items: [{ media_id, media_type: 'video', status: 'succeeded' }],
			bookmark: null,
		});
	});

	test('upload validation: missing/altered fields, file not last, wrong name, truncated, unknown media', async () => {
		const reg = async () =>
			(await call<MediaRegistration>(sim, 'POST', '/media', { body: { media_type: 'video' } }))
				.body;
		const a = await reg();
		const { policy, ...withoutPolicy } = a.upload_parameters;
		expect(policy).toBeTruthy();
		let r = await streamUpload(a.upload_url, { fields: withoutPolicy });
		expect(r.status).toBe(400);
		expect(r.body).toContain("Missing form field 'policy'");
		r = await streamUpload(a.upload_url, {
			fields: { ...a.upload_parameters, 'x-amz-signature': 'forged' },
		});
		expect(r.status).toBe(400);
		expect(r.body).toContain('x-amz-signature');
		r = await streamUpload(a.upload_url, { fields: a.upload_parameters, fileFirst: true });
		expect(r.status).toBe(400);
		expect(sim.uploads[a.media_id].fileWasLast).toBe(false);
		r = await streamUpload(a.upload_url, { fields: a.upload_parameters, fileField: 'video' });
		expect(r.status).toBe(400);
		await streamUpload(a.upload_url, {
			fields: a.upload_parameters,
			truncate: true,
			fileBytes: 2 * 1024 * 1024,
		});
		await delay(50);
		expect((await call<MediaView>(sim, 'GET', `/media/${a.media_id}`)).body.status).toBe(
			'registered',
		);
		r = await streamUpload(`http://127.0.0.1:${sim.port}/__upload/1234`, {
			fields: a.upload_parameters,
		});
		expect(r.status).toBe(404);
		// a Bearer header is not required, but it is recorded when sent
		r = await streamUpload(a.upload_url, {
			fields: a.upload_parameters,
			headers: { authorization: 'Bearer tok-1' },
		});
		expect(r.status).toBe(204);
		expect(sim.uploads[a.media_id].authorizationHeaderSeen).toBe(true);
	});

	test('form-data package uploads are accepted; failMedia makes processing fail', async () => {
		const a = (
			await call<MediaRegistration>(sim, 'POST', '/media', { body: { media_type: 'video' } })
		).body;
		const form = new FormData();
		for (const [k, v] of Object.entries(a.upload_parameters)) form.append(k, v);
		const data = crypto.randomBytes(300000);
		form.append('file', data, { filename: 'clip.mov', contentType: 'video/quicktime' });
		const status = await new Promise<number>((resolve, reject) => {
			form.submit(a.upload_url, (err, res) => {
				if (err) {
					reject(err);
					return;
				}
				res.resume();
				resolve(res.statusCode || 0);
			});
		});
		expect(status).toBe(204);
		expect(sim.uploads[a.media_id]).toMatchObject({
			fileBytes: 300000,
			sha256: crypto.createHash('sha256').update(data).digest('hex'),
			filename: 'clip.mov',
		});
		sim.failMedia(a.media_id);
		expect((await call<MediaView>(sim, 'GET', `/media/${a.media_id}`)).body.status).toBe(
			'processing',
		);
		expect((await call<MediaView>(sim, 'GET', `/media/${a.media_id}`)).body.status).toBe('failed');
		const board = sim.addBoard({ name: 'v' }).id;
		const res = await call<ErrorBody>(sim, 'POST', '/pins', {
			body: { board_id: board, media_source: { source_type: 'video_id', media_id: a.media_id } },
		});
		expect(res.status).toBe(400);
		expect(res.body.message).toContain("'failed'");
		expect((await call(sim, 'GET', '/media/1234567890123456789')).status).toBe(404);
	});
});

describe('simulator: mediaProcessingPolls / mediaFailIds options', () => {
	test('polls=0 succeeds at upload; mediaFailIds fails', async () => {
		const sim = await startSim({ mediaProcessingPolls: 0 });
		try {
			const a = (
				await call<MediaRegistration>(sim, 'POST', '/media', { body: { media_type: 'video' } })
			).body;
			expect((await streamUpload(a.upload_url, { fields: a.upload_parameters })).status).toBe(204);
			expect((await call<MediaView>(sim, 'GET', `/media/${a.media_id}`)).body.status).toBe(
				'succeeded',
			);
		} finally {
			await sim.stop();
		}
	});
});
