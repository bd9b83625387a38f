import { createHash, randomBytes } from 'crypto';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator } from '../../../tools/simulator';

const TOKEN = 'tok-media';
const VIDEO = randomBytes(3 * 1024 * 1024 + 17);
const VIDEO_SHA = createHash('sha256').update(VIDEO).digest('hex');

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

function videoItem(
	bytes: Buffer = VIDEO,
	mimeType = 'video/mp4',
	json: IDataObject = {},
): INodeExecutionData {
	return {
		json,
		binary: { data: { data: bytes.toString('base64'), mimeType, fileName: 'clip.mp4' } },
	};
}

type Sim = Simulator;

async function startSim(options: Record<string, unknown> = {}): Promise<Sim> {
	const sim: Sim = createSimulator({
		accessTokens: [TOKEN],
		seed: 7,
		mediaProcessingPolls: 2,
		...options,
	});
	await sim.start(0);
	return sim;
}

/** Method and path of every request the simulator saw, API and upload. */
function log(sim: Sim): string[] {
	return sim.requests.map((r) => `${r.method} ${r.path}`);
}

/** Makes every media upload registered from now on fail processing. */
function failAllMedia(sim: Sim) {
	const media = sim.state.media;
	sim.state.media = new Proxy(media, {
		set(target, key, value) {
			target[key as string] = value;
			sim.failMedia(String(key));
			return true;
		},
	});
}

describe('Media resource and video pins against the simulator', () => {
	let sim: Sim;
	beforeEach(async () => {
		sim = await startSim();
	});
	afterEach(async () => {
		await sim.stop();
	});

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });

	function checkUpload(mediaId: string) {
		const upload = sim.uploads[mediaId];
		expect(upload).toMatchObject({
			ok: true,
			fields: sim.uploadParameters(mediaId),
			fileBytes: VIDEO.length,
			sha256: VIDEO_SHA,
			filename: 'clip.mp4',
			contentType: 'video/mp4',
			fileWasLast: true,
			authorizationHeaderSeen: false,
		});
		// Every issued field, then the file, last.
		expect(upload.partNames).toEqual([...Object.keys(sim.uploadParameters(mediaId)!), 'file']);
		const request = sim.requests.find((r) => r.path === `/__upload/${mediaId}`)!;
		expect(request.headers.authorization).toBeUndefined();
		expect(request.headers['transfer-encoding']).toBeUndefined();
		expect(Number(request.headers['content-length'])).toBeGreaterThan(VIDEO.length);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
	}

	it('Upload: register → multipart upload (fields, then file last, no Authorization) → poll → status', async () => {
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'data',
			},
			{ credentials: await credentials(), input: [videoItem()] },
		);
		expect(error).toBeUndefined();
		const mediaId = Object.keys(sim.uploads)[0];
		expect(items).toEqual([
			{
				json: { media_id: mediaId, media_type: 'video', status: 'succeeded' },
				pairedItem: { item: 0 },
			},
		]);
		checkUpload(mediaId);
		// Media → Upload is POST /media itself, then the upload and the status polls until
		// "succeeded"; its output is the last poll's answer (no extra read after it).
		expect(log(sim)).toEqual([
			'POST /v5/media',
			`POST /__upload/${mediaId}`,
			`GET /v5/media/${mediaId}`,
			`GET /v5/media/${mediaId}`,
		]);
		const register = sim.requests[0];
		expect(register.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(register.body).toEqual({ media_type: 'video' });
	});

	it('Upload without waiting returns the status right after the upload', async () => {
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'data',
				options: { waitForProcessing: false },
			},
			{ credentials: await credentials(), input: [videoItem()] },
		);
		const mediaId = Object.keys(sim.uploads)[0];
		expect(items).toEqual([
			{
				json: { media_id: mediaId, media_type: 'video', status: 'processing' },
				pairedItem: { item: 0 },
			},
		]);
		expect(log(sim)).toEqual([
			'POST /v5/media',
			`POST /__upload/${mediaId}`,
			`GET /v5/media/${mediaId}`,
		]);
	});

	it('Create a video pin from a binary file: upload, wait, then POST /pins with video_id and the cover URL', async () => {
		const board = sim.addBoard({ name: 'Videos' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'videoBinary',
				binaryPropertyName: 'data',
				coverImageSource: 'url',
				coverImageUrl: 'https://example.com/cover.jpg',
				title: 'My clip',
			},
			{ credentials: await credentials(), input: [videoItem()] },
		);
		expect(error).toBeUndefined();
		const mediaId = Object.keys(sim.uploads)[0];
		checkUpload(mediaId);
		const createPin = sim.requests.find((r) => r.method === 'POST' && r.path === '/v5/pins')!;
		expect(createPin.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(createPin.body).toEqual({
			board_id: board.id,
			title: 'My clip',
			media_source: {
				source_type: 'video_id',
				media_id: mediaId,
				cover_image_url: 'https://example.com/cover.jpg',
			},
		});
		expect(log(sim)).toEqual([
			'POST /v5/media',
			`POST /__upload/${mediaId}`,
			`GET /v5/media/${mediaId}`,
			`GET /v5/media/${mediaId}`,
			'POST /v5/pins',
		]);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			title: 'My clip',
			board_id: board.id,
			creative_type: 'VIDEO',
			media_type: 'video',
			video_cover_url: 'https://example.com/cover.jpg',
		});
	});

	it('Create a video pin from a media ID with a key-frame cover', async () => {
		const board = sim.addBoard({ name: 'Videos' });
		const media = sim.addMedia({ status: 'succeeded' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'videoMediaId',
				mediaId: media.media_id,
				coverImageSource: 'keyFrame',
				coverKeyFrameTime: 3,
				simplify: false,
			},
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(sim.requests.map((r) => r.body)).toEqual([
			{
				board_id: board.id,
				media_source: {
					source_type: 'video_id',
					media_id: media.media_id,
					cover_image_key_frame_time: 3,
				},
			},
		]);
		expect(items[0].json).toEqual(sim.getPinView(String(items[0].json.id)));
	});

	it('A video whose processing fails stops the pin with a clear error; no pin is created', async () => {
		const board = sim.addBoard({ name: 'Videos' });
		failAllMedia(sim);
		const { error, items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'videoBinary',
				binaryPropertyName: 'data',
				coverImageSource: 'keyFrame',
				coverKeyFrameTime: 0,
			},
			{ credentials: await credentials(), input: [videoItem()] },
		);
		const mediaId = Object.keys(sim.uploads)[0];
		expect(items).toEqual([]);
		expect(error?.message).toBe(`Pinterest could not process the video (media ${mediaId})`);
		expect(error?.description).toMatch(/status "failed"/);
		expect(log(sim)).not.toContain('POST /v5/pins');
		expect(Object.keys(sim.state.pins)).toEqual([]);
	});

	it('A video still processing after Max Wait fails with a timeout that names the media ID', async () => {
		await sim.stop();
		sim = await startSim({ mediaProcessingPolls: 1000 });
		const board = sim.addBoard({ name: 'Videos' });
		const started = Date.now();
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'videoBinary',
				binaryPropertyName: 'data',
				coverImageUrl: 'https://example.com/cover.jpg',
				maxWaitSeconds: 1,
			},
			{ credentials: await credentials(), input: [videoItem()] },
		);
		const mediaId = Object.keys(sim.uploads)[0];
		expect(error?.message).toBe(
			`The video is still being processed after 1 seconds (media ${mediaId}, status "processing")`,
		);
		expect(error?.description).toContain(`media ID ${mediaId}`);
		// First poll right after the upload, the second after 1 s, then the deadline has passed.
		expect(log(sim).filter((line) => line.startsWith('GET'))).toEqual([
			`GET /v5/media/${mediaId}`,
			`GET /v5/media/${mediaId}`,
		]);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(log(sim)).not.toContain('POST /v5/pins');
	});

	it('A video pin without a cover, or from an image file, fails before any request', async () => {
		const c = await credentials();
		const base = {
			authentication: 'accessToken',
			resource: 'pin',
			operation: 'create',
			board: rl('123'),
			mediaSource: 'videoBinary',
			binaryPropertyName: 'data',
		};
		const noCover = await runNode(
			{ ...base, coverImageSource: 'url', coverImageUrl: "={{ '' }}" },
			{ credentials: c, input: [videoItem()] },
		);
		expect(noCover.error?.message).toBe('A video pin needs a cover image');
		const image = await runNode(
			{ ...base, coverImageUrl: 'https://example.com/c.jpg' },
			{ credentials: c, input: [videoItem(Buffer.from('png'), 'image/png')] },
		);
		expect(image.error?.message).toBe(
			'Binary property "data" is an image (image/png), not a video',
		);
		expect(sim.requests).toEqual([]);
	});

	it('Upload with Continue On Fail: the middle item has no binary → paired error, the others upload', async () => {
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'data',
			},
			{
				credentials: await credentials(),
				continueOnFail: true,
				input: [videoItem(), { json: {} }, videoItem()],
			},
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.status).toBe('succeeded');
		expect(items[1].json).toEqual({
			error: 'Binary property "data" (Input Binary Field) not found on the input item',
		});
		expect(items[2].json.status).toBe('succeeded');
		expect(log(sim).filter((line) => line === 'POST /v5/media')).toHaveLength(2);
		expect(Object.values(sim.uploads).map((u) => u.sha256)).toEqual([VIDEO_SHA, VIDEO_SHA]);
	});

	it('Get: GET /media/{id} returns the status; a non-digit ID fails before any request', async () => {
		const media = sim.addMedia({ status: 'processing' });
		const c = await credentials();
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'get',
				mediaId: media.media_id,
			},
			{ credentials: c },
		);
		expect(items).toEqual([
			{
				json: { media_id: media.media_id, media_type: 'video', status: 'processing' },
				pairedItem: { item: 0 },
			},
		]);
		expect(sim.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		const bad = await runNode(
			{ authentication: 'accessToken', resource: 'media', operation: 'get', mediaId: 'abc' },
			{ credentials: c },
		);
		expect(bad.error?.message).toBe('Media ID must contain digits only');
		expect(log(sim)).toEqual([`GET /v5/media/${media.media_id}`]);
	});

	it('Get Many: pages GET /media with the bookmark and stops at the limit', async () => {
		for (let i = 0; i < 5; i++) sim.addMedia({ status: 'succeeded' });
		const c = await credentials();
		const limited = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
			},
			{ credentials: c },
		);
		expect(limited.items).toHaveLength(3);
		expect(sim.requests.map((r) => r.query)).toEqual([{ page_size: '3' }]);
		sim.requests.length = 0;
		const all = await runNode(
			{ authentication: 'accessToken', resource: 'media', operation: 'getAll', returnAll: true },
			{ credentials: c },
		);
		expect(all.items).toHaveLength(5);
		expect(
			all.items.every((i) => i.json.status === 'succeeded' && i.pairedItem !== undefined),
		).toBe(true);
		expect(new Set(all.items.map((i) => i.json.media_id)).size).toBe(5);
	});
});
