/**
 * Videos from a URL (Pin → Create "Video URL", Media → Upload "URL") and a video cover from a
 * binary file, through n8n-core's RoutingNode against the simulator, which also plays the video
 * host (/__video/<bytes>). The file is streamed from the host into the upload.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator } from '../../../tools/simulator';

const TOKEN = 'pina_video_url_token';
// A 1x1 JPEG, for the cover.
const JPEG =
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////' +
	'////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

describe('videos from a URL', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 12, mediaProcessingPolls: 0 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => sim.reset());

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const video = (path: string) => `${sim.origin}/__video/${path}`;
	const upload = (url: string) => ({
		authentication: 'accessToken',
		resource: 'media',
		operation: 'upload',
		source: 'url',
		videoUrl: url,
	});
	const posts = (path: string) =>
		sim.requests.filter((r) => r.method === 'POST' && r.path === path);

	it('Media → Upload streams the file from the URL into the upload', async () => {
		const { items, error } = await runNode(upload(video('3000000.mp4')), {
			credentials: await credentials(),
		});
		expect(error).toBeUndefined();
		const mediaId = String(items[0].json.media_id);
		expect(items[0].json.status).toBe('succeeded');
		expect(sim.uploads[mediaId]).toMatchObject({
			ok: true,
			fileBytes: 3_000_000,
			filename: '3000000.mp4',
			contentType: 'video/mp4',
			fileWasLast: true,
			authorizationHeaderSeen: false,
		});
	});

	it('Pin → Create from a Video URL with a cover image from a binary file', async () => {
		const board = sim.addBoard({ name: 'Clips' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: { __rl: true, mode: 'id', value: board.id },
				mediaSource: 'videoUrl',
				videoUrl: video('250000.mov?type=video/quicktime'),
				coverImageSource: 'binary',
				coverBinaryPropertyName: 'cover',
				title: 'A clip',
			},
			{
				credentials: await credentials(),
				input: [
					{
						json: {},
						binary: { cover: { data: JPEG, mimeType: 'image/jpeg', fileName: 'cover.jpg' } },
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items[0].json.media_type).toBe('video');
		const create = posts('/v5/pins')[0];
		const source = (create.body as IDataObject).media_source as IDataObject;
		expect(source).toMatchObject({
			source_type: 'video_id',
			cover_image_content_type: 'image/jpeg',
			cover_image_data: JPEG,
		});
		expect(sim.uploads[String(source.media_id)]).toMatchObject({ ok: true, fileBytes: 250_000 });
	});

	it('a generic content type is taken on a .mp4 path', async () => {
		const { error } = await runNode(upload(video('1000.mp4?type=application/octet-stream')), {
			credentials: await credentials(),
		});
		expect(error).toBeUndefined();
	});

	it.each([
		['a 404', '10.mp4?status=404', /^Video URL answered HTTP 404$/],
		['a web page', '10.html?type=text/html', /^Video URL is text\/html, not a video$/],
		['no size', '10.mp4?length=omit', /^Video URL: the server did not say how big the video is$/],
		['octet-stream without a video name', '10.bin?type=application/octet-stream', /not a video$/],
	])('%s fails before anything is registered at Pinterest', async (_, path, message) => {
		const { items } = await runNode(upload(video(path)), {
			credentials: await credentials(),
			continueOnFail: true,
		});
		expect(String(items[0].json.error)).toMatch(message);
		expect(posts('/v5/media')).toHaveLength(0);
	});
});
