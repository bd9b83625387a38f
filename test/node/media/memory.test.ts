/**
 * A big video in n8n's filesystem binary mode is streamed to the upload URL: memory stays
 * flat. The file is generated in a temp dir (never committed) and removed afterwards.
 */
import { createHash, randomBytes } from 'crypto';
import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { RssSample } from '../../helpers/system';
import { makeTempDir, readableFrom, removeDir, startRssSampler } from '../../helpers/system';
import { createSimulator } from '../../../tools/simulator';

const SIZE = 200 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const MAX_GROWTH = 64 * 1024 * 1024;

describe('Video upload memory', () => {
	let dir: string;
	let sim: ReturnType<typeof createSimulator>;

	beforeAll(async () => {
		dir = makeTempDir('pinterest-media-memory-');
		const noop = () => {};
		const logger = { debug: noop, info: noop, warn: noop, error: noop, scoped: () => logger };
		const service = new BinaryDataService(
			{
				mode: 'filesystem',
				availableModes: ['filesystem'],
				localStoragePath: dir,
				signingSecret: 'x',
			} as never,
			{ error: noop, warn: noop, info: noop } as never,
			logger as never,
		);
		await service.init();
		Container.set(BinaryDataService, service);
		sim = createSimulator({ accessTokens: ['tok-big'], mediaProcessingPolls: 0 });
		await sim.start(0);
	});

	afterAll(async () => {
		await sim?.stop();
		removeDir(dir);
	});

	it('streams a 200 MB video from filesystem binary storage with RSS growth under 64 MB', async () => {
		// 200 MB of distinct chunks, hashed while written to n8n's binary storage.
		const block = randomBytes(CHUNK);
		const hash = createHash('sha256');
		function* chunks() {
			for (let i = 0; i < SIZE / CHUNK; i++) {
				block.writeUInt32BE(i, 0);
				const chunk = Buffer.from(block);
				hash.update(chunk);
				yield chunk;
			}
		}
		const service = Container.get(BinaryDataService) as BinaryDataService;
		const binary = await service.store(
			{ type: 'execution', workflowId: 'test-wf', executionId: 'test-exec' } as never,
			readableFrom(chunks()),
			{ data: '', mimeType: 'video/mp4', fileName: 'big.mp4' },
		);
		const sha256 = hash.digest('hex');
		expect(binary.id).toMatch(/^filesystem/);
		expect(binary.bytes).toBe(SIZE);

		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, 'tok-big'),
		});
		let memory: RssSample = { baseline: 0, peak: Infinity, growth: Infinity };
		const sampler = startRssSampler();
		let result;
		try {
			result = await runNode(
				{
					authentication: 'accessToken',
					resource: 'media',
					operation: 'upload',
					binaryPropertyName: 'data',
				},
				{ credentials, input: [{ json: {}, binary: { data: binary } }] },
			);
		} finally {
			memory = sampler.stop();
		}

		expect(result.error).toBeUndefined();
		const mediaId = Object.keys(sim.uploads)[0];
		expect(result.items).toEqual([
			{
				json: { media_id: mediaId, media_type: 'video', status: 'succeeded' },
				pairedItem: { item: 0 },
			},
		]);
		expect(sim.uploads[mediaId]).toMatchObject({
			ok: true,
			fileBytes: SIZE,
			sha256,
			fileWasLast: true,
			authorizationHeaderSeen: false,
		});
		expect(memory.growth).toBeLessThan(MAX_GROWTH);
	});
});
