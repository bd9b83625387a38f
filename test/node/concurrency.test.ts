/**
 * Max Parallel Requests bounds every request of a node run, those of hooks included: video
 * uploads (register, storage upload, status polls), board URL lookups and pin creates. Run
 * against a slow simulator, the peak of requests in flight equals the option exactly.
 */
import { randomBytes } from 'crypto';
import type { INodeExecutionData } from 'n8n-workflow';

import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';

const TOKEN = 'tok-parallel';
const ITEMS = 4;
const VIDEO = randomBytes(256 * 1024);

function videoItems(): INodeExecutionData[] {
	return Array.from({ length: ITEMS }, (_, i) => ({
		json: { i },
		binary: {
			data: { data: VIDEO.toString('base64'), mimeType: 'video/mp4', fileName: `clip-${i}.mp4` },
		},
	}));
}

describe.each([1, 2])(
	'Max Parallel Requests %i against a slow Pinterest (120 ms a request)',
	(maxParallel) => {
		let sim: Simulator;
		beforeAll(async () => {
			sim = createSimulator({
				accessTokens: [TOKEN],
				seed: 11,
				username: 'parallel_user',
				mediaProcessingPolls: 1,
				latencyMs: 120,
			});
			await sim.start(0);
		});
		afterAll(async () => {
			await sim.stop();
		});
		beforeEach(() => sim.reset());

		const credentials = () =>
			makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
		const rateLimit = { maxParallel };

		it(`Media → Upload of ${ITEMS} videos: register, upload and polls never exceed ${maxParallel} at once`, async () => {
			const { items, error } = await runNode(
				{
					authentication: 'accessToken',
					resource: 'media',
					operation: 'upload',
					binaryPropertyName: 'data',
					rateLimit,
				},
				{ credentials: await credentials(), input: videoItems() },
			);
			expect(error).toBeUndefined();
			expect(items.map((item) => [item.json.status, item.pairedItem])).toEqual(
				Array.from({ length: ITEMS }, (_, i) => ['succeeded', { item: i }]),
			);
			expect(sim.requests.filter((r) => r.path.startsWith('/__upload/'))).toHaveLength(ITEMS);
			expect(sim.stats.peakInFlight).toBe(maxParallel);
		});

		it(`Pin → Create from ${ITEMS} video files: the uploads in the hook and the creates share the ${maxParallel} slot(s)`, async () => {
			const board = sim.addBoard({ name: 'Parallel videos' });
			const { items, error } = await runNode(
				{
					authentication: 'accessToken',
					resource: 'pin',
					operation: 'create',
					board: { __rl: true, mode: 'id', value: board.id },
					mediaSource: 'videoBinary',
					binaryPropertyName: 'data',
					coverImageSource: 'url',
					coverImageUrl: 'https://example.com/cover.jpg',
					title: 'Clip',
					rateLimit,
				},
				{ credentials: await credentials(), input: videoItems() },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(ITEMS);
			expect(sim.requests.filter((r) => r.method === 'POST' && r.path === '/v5/pins')).toHaveLength(
				ITEMS,
			);
			expect(sim.stats.peakInFlight).toBe(maxParallel);
		});

		it(`Pin → Create on a board given by URL: one shared board lookup, within the limit too`, async () => {
			const board = sim.addBoard({ name: 'Parallel by URL' });
			const url = 'https://www.pinterest.com/parallel_user/parallel-by-url/';
			const { items, error } = await runNode(
				{
					authentication: 'accessToken',
					resource: 'pin',
					operation: 'create',
					board: { __rl: true, mode: 'url', value: url },
					mediaSource: 'imageUrl',
					imageUrl: 'https://example.com/image.jpg',
					title: 'By URL',
					rateLimit,
				},
				{
					credentials: await credentials(),
					input: Array.from({ length: ITEMS }, (_, i) => ({ json: { i } })),
				},
			);
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.board_id)).toEqual(Array(ITEMS).fill(board.id));
			// The account's boards are read once per run, inside a slot like every request.
			expect(sim.requests.filter((r) => r.method === 'GET' && r.path === '/v5/boards').length).toBe(
				1,
			);
			expect(sim.stats.peakInFlight).toBe(maxParallel);
		});
	},
);
