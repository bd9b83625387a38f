import nock from 'nock';

import {
	NODE_TYPE,
	loadOptionsContext,
	loadPackage,
	makeCredentials,
	runNode,
	tokenCredential,
} from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_pin_test_token';
const AUTH = `Bearer ${TOKEN}`;
const BOARD = '549755885175';
const SECTION = '5195983897218399787';
const PIN = '813744226420795884';

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

function apiPin(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		created_at: '2026-01-02T03:04:05',
		title: 'Lemon tart',
		description: 'Zesty',
		link: 'https://example.com/tart',
		alt_text: null,
		board_id: BOARD,
		board_section_id: null,
		board_owner: { username: 'maker' },
		creative_type: 'REGULAR',
		dominant_color: '#6E7874',
		is_owner: true,
		media: {
			media_type: 'image',
			images: {
				'150x150': { width: 150, height: 150, url: 'https://i.pinimg.com/150x150/a.jpg' },
				'600x': { width: 600, height: 800, url: 'https://i.pinimg.com/600x/a.jpg' },
				'1200x': { width: 1200, height: 1600, url: 'https://i.pinimg.com/1200x/a.jpg' },
			},
		},
		...extra,
	};
}

function simplified(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		title: 'Lemon tart',
		description: 'Zesty',
		link: 'https://example.com/tart',
		alt_text: null,
		board_id: BOARD,
		board_section_id: null,
		created_at: '2026-01-02T03:04:05',
		creative_type: 'REGULAR',
		dominant_color: '#6E7874',
		media_type: 'image',
		image_url: 'https://i.pinimg.com/1200x/a.jpg',
		video_cover_url: null,
		pin_url: `https://www.pinterest.com/pin/${id}/`,
		...extra,
	};
}

// 1x1 PNG and a few JPEG bytes: content does not matter, only that it is sent as raw base64.
const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
	'hex',
);
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

function binaryItem(
	binaries: Record<string, { bytes: Buffer; mimeType: string; fileName?: string }>,
) {
	const binary: Record<string, { data: string; mimeType: string; fileName?: string }> = {};
	for (const [name, b] of Object.entries(binaries)) {
		binary[name] = { data: b.bytes.toString('base64'), mimeType: b.mimeType, fileName: b.fileName };
	}
	return { json: {}, binary };
}

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const create = (extra: Record<string, unknown>) => ({
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: rl(BOARD),
		...extra,
	});

	function capture(method: 'post' | 'patch', path: string, status: number, reply: unknown) {
		const seen: Array<{ body: unknown; auth: unknown; query: string }> = [];
		const scope = nock(BASE);
		const interceptor =
			method === 'post' ? scope.post(path, () => true) : scope.patch(path, () => true);
		interceptor.query(true).reply(status, function (uri, body) {
			seen.push({
				body,
				auth: this.req.headers.authorization,
				query: new URL(uri, 'http://x').search,
			});
			return reply as nock.Body;
		});
		return seen;
	}

	it('Create from an image URL: board, section, every text field, simplified output', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN, { board_section_id: SECTION }));
		const { items, error } = await runNode(
			create({
				section: rl(SECTION),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/tart.jpg',
				title: 'Lemon tart',
				additionalFields: {
					description: 'Zesty',
					link: 'https://example.com/tart',
					altText: 'A lemon tart on a plate',
					dominantColor: '#6E7874',
				},
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(seen).toEqual([
			{
				auth: AUTH,
				query: '',
				body: {
					board_id: BOARD,
					board_section_id: SECTION,
					title: 'Lemon tart',
					description: 'Zesty',
					link: 'https://example.com/tart',
					alt_text: 'A lemon tart on a plate',
					dominant_color: '#6E7874',
					media_source: { source_type: 'image_url', url: 'https://example.com/tart.jpg' },
				},
			},
		]);
		expect(items).toEqual([
			{ json: simplified(PIN, { board_section_id: SECTION }), pairedItem: { item: 0 } },
		]);
	});

	it('Create with Simplify off returns the raw pin; an empty section is left out', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { items } = await runNode(
			create({
				section: rl(''),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/tart.jpg',
				simplify: false,
			}),
			{ credentials: await credentials() },
		);
		expect(seen[0].body).toEqual({
			board_id: BOARD,
			media_source: { source_type: 'image_url', url: 'https://example.com/tart.jpg' },
		});
		expect(items).toEqual([{ json: apiPin(PIN), pairedItem: { item: 0 } }]);
	});

	it('Create from a binary image sends raw base64 with its content type (image/jpg folded to image/jpeg)', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { items, error } = await runNode(
			create({ mediaSource: 'imageBinary', binaryPropertyName: 'photo', title: 'T' }),
			{
				credentials: await credentials(),
				input: [binaryItem({ photo: { bytes: JPEG, mimeType: 'image/jpg', fileName: 'a.jpg' } })],
			},
		);
		expect(error).toBeUndefined();
		expect(seen[0].body).toEqual({
			board_id: BOARD,
			title: 'T',
			media_source: {
				source_type: 'image_base64',
				content_type: 'image/jpeg',
				data: JPEG.toString('base64'),
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('Create rejects a GIF binary, a missing binary property and an empty one before any request', async () => {
		const c = await credentials();
		const gif = await runNode(create({ mediaSource: 'imageBinary', binaryPropertyName: 'data' }), {
			credentials: c,
			input: [binaryItem({ data: { bytes: Buffer.from('GIF89a'), mimeType: 'image/gif' } })],
		});
		expect(gif.error?.message).toBe('Binary property "data" is image/gif, not a JPEG or PNG image');
		expect(gif.error?.description).toMatch(/only image\/jpeg and image\/png/);

		const missing = await runNode(
			create({ mediaSource: 'imageBinary', binaryPropertyName: 'image' }),
			{
				credentials: c,
				input: [
					binaryItem({
						data: { bytes: PNG, mimeType: 'image/png' },
						thumb: { bytes: PNG, mimeType: 'image/png' },
					}),
				],
			},
		);
		expect(missing.error?.message).toBe(
			'Binary property "image" (Input Binary Field) not found on the input item',
		);
		expect(missing.error?.description).toBe(
			'This item has these binary properties: "data", "thumb". Set the property name to one of them.',
		);

		const none = await runNode(create({ mediaSource: 'imageBinary', binaryPropertyName: 'data' }), {
			credentials: c,
		});
		expect(none.error?.description).toMatch(/^This item has no binary data at all/);

		const empty = await runNode(
			create({ mediaSource: 'imageBinary', binaryPropertyName: 'data' }),
			{
				credentials: c,
				input: [binaryItem({ data: { bytes: Buffer.alloc(0), mimeType: 'image/png' } })],
			},
		);
		expect(empty.error?.message).toBe('Binary property "data" is empty (0 bytes)');
	});

	it('Create a carousel from image URLs with per-image title, description and link', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN, { creative_type: 'CAROUSEL' }));
		await runNode(
			create({
				mediaSource: 'carousel',
				carouselImages: {
					images: [
						{
							source: 'url',
							url: 'https://example.com/1.jpg',
							title: 'One',
							link: 'https://example.com/1',
						},
						{ source: 'url', url: 'https://example.com/2.jpg', description: 'Second' },
					],
				},
			}),
			{ credentials: await credentials() },
		);
		expect(seen[0].body).toEqual({
			board_id: BOARD,
			media_source: {
				source_type: 'multiple_image_urls',
				items: [
					{ url: 'https://example.com/1.jpg', title: 'One', link: 'https://example.com/1' },
					{ url: 'https://example.com/2.jpg', description: 'Second' },
				],
			},
		});
	});

	it('Create a carousel from binary images', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN, { creative_type: 'CAROUSEL' }));
		const { error } = await runNode(
			create({
				mediaSource: 'carousel',
				carouselImages: {
					images: [
						{ source: 'binary', binaryPropertyName: 'a', title: 'A' },
						{ source: 'binary', binaryPropertyName: 'b' },
						{ source: 'binary', binaryPropertyName: 'c' },
					],
				},
			}),
			{
				credentials: await credentials(),
				input: [
					binaryItem({
						a: { bytes: PNG, mimeType: 'image/png' },
						b: { bytes: JPEG, mimeType: 'image/jpeg' },
						c: { bytes: PNG, mimeType: 'image/png' },
					}),
				],
			},
		);
		expect(error).toBeUndefined();
		expect(seen[0].body).toEqual({
			board_id: BOARD,
			media_source: {
				source_type: 'multiple_image_base64',
				items: [
					{ content_type: 'image/png', data: PNG.toString('base64'), title: 'A' },
					{ content_type: 'image/jpeg', data: JPEG.toString('base64') },
					{ content_type: 'image/png', data: PNG.toString('base64') },
				],
			},
		});
	});

	it('Create refuses carousels of 1 or 6 images and mixed URL/binary carousels', async () => {
		const c = await credentials();
		const url = (n: number) => ({ source: 'url', url: `https://example.com/${n}.jpg` });
		const one = await runNode(
			create({ mediaSource: 'carousel', carouselImages: { images: [url(1)] } }),
			{ credentials: c },
		);
		expect(one.error?.message).toBe('A carousel needs 2 to 5 images (got 1)');
		const six = await runNode(
			create({ mediaSource: 'carousel', carouselImages: { images: [1, 2, 3, 4, 5, 6].map(url) } }),
			{ credentials: c },
		);
		expect(six.error?.message).toBe('A carousel needs 2 to 5 images (got 6)');
		const mixed = await runNode(
			create({
				mediaSource: 'carousel',
				carouselImages: { images: [url(1), { source: 'binary', binaryPropertyName: 'data' }] },
			}),
			{ credentials: c, input: [binaryItem({ data: { bytes: PNG, mimeType: 'image/png' } })] },
		);
		expect(mixed.error?.message).toBe('Carousel images mix URLs and binary files');
		expect(mixed.error?.description).toBe(
			'Pinterest requires all carousel images to be the same kind: make them all Image URL or all Binary File.',
		);
	});

	it.each([
		['title 101', { title: 'x'.repeat(101) }, 'Title is too long (101 characters)'],
		[
			'description 801',
			{ additionalFields: { description: 'x'.repeat(801) } },
			'Description is too long (801 characters)',
		],
		[
			'alt text 501',
			{ additionalFields: { altText: 'x'.repeat(501) } },
			'Alt Text is too long (501 characters)',
		],
		[
			'link 2054',
			{ additionalFields: { link: `https://e.com/${'x'.repeat(2040)}` } },
			'Link is too long (2054 characters)',
		],
		[
			'ftp link',
			{ additionalFields: { link: 'ftp://example.com/file' } },
			'Link is not a valid web address',
		],
		[
			'link without scheme',
			{ additionalFields: { link: 'example.com' } },
			'Link is not a valid web address',
		],
		[
			'color name',
			{ additionalFields: { dominantColor: 'red' } },
			'Dominant Color is not a hex color',
		],
		['bad image URL', { imageUrl: 'not a url' }, 'Image URL is not a valid web address'],
		['board ID', { board: rl("={{ 'my-board' }}") }, 'Board must contain digits only'],
		['section ID', { section: rl("={{ 'abc' }}") }, 'Board Section must contain digits only'],
	])('Create checks the %s before any request', async (_label, extra, message) => {
		const { error, items } = await runNode(
			create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg', ...extra }),
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe(message);
		expect(items).toEqual([]);
	});

	it('Create accepts the limits exactly (100/800/500 characters)', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { error } = await runNode(
			create({
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: 't'.repeat(100),
				additionalFields: { description: 'd'.repeat(800), altText: 'a'.repeat(500) },
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect((seen[0].body as Record<string, string>).title).toHaveLength(100);
	});

	it('Continue On Fail: 3 items, the middle title too long → paired error, no request for it', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		nock.cleanAll();
		const bodies: unknown[] = [];
		nock(BASE)
			.post('/pins')
			.times(2)
			.reply(201, (_uri, body) => {
				bodies.push(body);
				const title = (body as { title: string }).title;
				return apiPin(title === 'first' ? '1001' : '1003', { title });
			});
		const { items, error } = await runNode(
			create({
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: '={{ $json.title }}',
			}),
			{
				credentials: await credentials(),
				continueOnFail: true,
				input: [
					{ json: { title: 'first' } },
					{ json: { title: 'y'.repeat(150) } },
					{ json: { title: 'third' } },
				],
			},
		);
		expect(seen).toEqual([]);
		expect(error).toBeUndefined();
		expect(bodies.map((b) => (b as { title: string }).title)).toEqual(['first', 'third']);
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual({
			json: simplified('1001', { title: 'first' }),
			pairedItem: { item: 0 },
		});
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json).toEqual({ error: 'Title is too long (150 characters)' });
		expect((items[1].error as unknown as { description: string }).description).toBe(
			'Pinterest allows at most 100 characters for Title. Shorten it, e.g. with {{ $json.text.slice(0, 100) }}.',
		);
		expect(items[2]).toEqual({
			json: simplified('1003', { title: 'third' }),
			pairedItem: { item: 2 },
		});
	});

	it('Get by URL with pin metrics: pin_metrics=true, simplified output keeps pin_metrics', async () => {
		const metrics = { '90d': { impression: 10 }, lifetime_metrics: { comment: 1 } };
		nock(BASE)
			.get(`/pins/${PIN}`)
			.query({ pin_metrics: 'true' })
			.matchHeader('authorization', AUTH)
			.reply(200, apiPin(PIN, { pin_metrics: metrics }));
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'get',
				pin: rl(`https://www.pinterest.com/pin/${PIN}/`, 'url'),
				pinMetrics: true,
			},
			{ credentials: await credentials() },
		);
		expect(items).toEqual([
			{ json: simplified(PIN, { pin_metrics: metrics }), pairedItem: { item: 0 } },
		]);
	});

	it('Get without metrics sends no query; a carousel and a video pin simplify to their largest image / cover', async () => {
		const carousel = apiPin('1', {
			creative_type: 'CAROUSEL',
			media: {
				media_type: 'multiple_images',
				items: [
					{
						item_type: 'image',
						images: { '1200x': { width: 1200, height: 1200, url: 'https://i/1.jpg' } },
					},
				],
			},
		});
		const video = apiPin('2', {
			creative_type: 'VIDEO',
			media: { media_type: 'video', cover_image_url: 'https://i/cover.jpg', duration: 5000 },
		});
		nock(BASE).get('/pins/1').query({}).reply(200, carousel);
		nock(BASE).get('/pins/2').query({}).reply(200, video);
		const c = await credentials();
		const get = (id: string) =>
			runNode(
				{ authentication: 'accessToken', resource: 'pin', operation: 'get', pin: rl(id) },
				{ credentials: c },
			);
		expect((await get('1')).items[0].json).toEqual(
			simplified('1', {
				creative_type: 'CAROUSEL',
				media_type: 'multiple_images',
				image_url: 'https://i/1.jpg',
			}),
		);
		expect((await get('2')).items[0].json).toEqual(
			simplified('2', {
				creative_type: 'VIDEO',
				media_type: 'video',
				image_url: 'https://i/cover.jpg',
				video_cover_url: 'https://i/cover.jpg',
			}),
		);
	});

	it('Get with a pin ID that is not digits fails before any request', async () => {
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'get',
				pin: rl("={{ '12ab' }}"),
			},
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe('Pin must contain digits only');
	});

	it('Get Many: every filter in the query (creative_types repeated), pages to the limit', async () => {
		const paths: string[] = [];
		nock(BASE)
			.get('/pins')
			.query(true)
			.times(2)
			.matchHeader('authorization', AUTH)
			.reply(200, (uri) => {
				paths.push(uri);
				const bookmark = new URL(uri, 'http://x').searchParams.get('bookmark');
				return bookmark
					? { items: [apiPin('3')], bookmark: 'more' }
					: { items: [apiPin('1'), apiPin('2')], bookmark: 'b1' };
			});
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
				pinMetrics: true,
				filters: {
					creativeTypes: ['REGULAR', 'VIDEO'],
					includeProtectedPins: true,
					pinFilter: 'exclude_repins',
					pinType: 'PRIVATE',
				},
				simplify: false,
			},
			{ credentials: await credentials() },
		);
		expect(paths).toEqual([
			'/v5/pins?creative_types=REGULAR&creative_types=VIDEO&include_protected_pins=true&pin_filter=exclude_repins&pin_type=PRIVATE&pin_metrics=true&page_size=3',
			'/v5/pins?creative_types=REGULAR&creative_types=VIDEO&include_protected_pins=true&pin_filter=exclude_repins&pin_type=PRIVATE&pin_metrics=true&page_size=1&bookmark=b1',
		]);
		expect(items).toEqual([
			{ json: apiPin('1'), pairedItem: { item: 0 } },
			{ json: apiPin('2'), pairedItem: { item: 0 } },
			{ json: apiPin('3'), pairedItem: { item: 0 } },
		]);
	});

	it('Get Many with defaults asks for 50 and simplifies', async () => {
		nock(BASE)
			.get('/pins')
			.query({ page_size: 50 })
			.reply(200, { items: [apiPin('1')], bookmark: null });
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAll',
				returnAll: false,
				limit: 50,
			},
			{ credentials: await credentials() },
		);
		expect(items).toEqual([{ json: simplified('1'), pairedItem: { item: 0 } }]);
	});

	it('Update: PATCH with the changed texts and a move to another board and section', async () => {
		const seen = capture(
			'patch',
			`/pins/${PIN}`,
			200,
			apiPin(PIN, { title: 'New', board_id: '42', board_section_id: '43' }),
		);
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'update',
				pin: rl(PIN),
				updateFields: {
					title: 'New',
					description: 'Desc',
					link: 'https://example.com/new',
					altText: 'Alt',
				},
				moveToBoard: true,
				board: rl('42'),
				section: rl('43'),
			},
			{ credentials: await credentials() },
		);
		expect(seen).toEqual([
			{
				auth: AUTH,
				query: '',
				body: {
					title: 'New',
					description: 'Desc',
					link: 'https://example.com/new',
					alt_text: 'Alt',
					board_id: '42',
					board_section_id: '43',
				},
			},
		]);
		expect(items).toEqual([
			{
				json: simplified(PIN, { title: 'New', board_id: '42', board_section_id: '43' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Update with nothing to change, or a bad link, fails before any request', async () => {
		const c = await credentials();
		const base = {
			authentication: 'accessToken',
			resource: 'pin',
			operation: 'update',
			pin: rl(PIN),
		};
		const nothing = await runNode({ ...base, updateFields: {} }, { credentials: c });
		expect(nothing.error?.message).toBe('Nothing to update');
		const badLink = await runNode(
			{ ...base, updateFields: { link: 'javascript:alert(1)' } },
			{ credentials: c },
		);
		expect(badLink.error?.message).toBe('Link is not a valid web address');
	});

	it('Delete answers {deleted: true, id}', async () => {
		nock(BASE).delete(`/pins/${PIN}`).matchHeader('authorization', AUTH).reply(204);
		const { items } = await runNode(
			{ authentication: 'accessToken', resource: 'pin', operation: 'delete', pin: rl(PIN) },
			{ credentials: await credentials() },
		);
		expect(items).toEqual([{ json: { deleted: true, id: PIN }, pairedItem: { item: 0 } }]);
	});

	it('Save: POST /pins/{id}/save with board and section', async () => {
		const seen = capture(
			'post',
			`/pins/${PIN}/save`,
			201,
			apiPin('999', { board_id: '42', board_section_id: '43' }),
		);
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'save',
				pin: rl(PIN),
				board: rl('42'),
				section: rl('43'),
			},
			{ credentials: await credentials() },
		);
		expect(seen).toEqual([
			{ auth: AUTH, query: '', body: { board_id: '42', board_section_id: '43' } },
		]);
		expect(items).toEqual([
			{
				json: simplified('999', { board_id: '42', board_section_id: '43' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Save without a section sends only the board', async () => {
		const seen = capture('post', `/pins/${PIN}/save`, 201, apiPin('999'));
		await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'save',
				pin: rl(PIN),
				board: rl('42'),
			},
			{ credentials: await credentials() },
		);
		expect(seen[0].body).toEqual({ board_id: '42' });
	});

	it('searchPins lists one page of my pins, filtered by title, with the bookmark as pagination token', async () => {
		nock(BASE)
			.get('/pins')
			.query({ page_size: 250, bookmark: 'bm0' })
			.reply(200, {
				items: [
					apiPin('1', { title: 'Lemon tart' }),
					apiPin('2', { title: 'Apple pie' }),
					apiPin('3', { title: null, description: 'lemon cake' }),
				],
				bookmark: 'bm1',
			});
		const pkg = await loadPackage();
		const nodeType = pkg.nodeTypes.getByName(NODE_TYPE) as unknown as {
			methods: {
				listSearch: Record<
					string,
					(this: unknown, filter?: string, token?: string) => Promise<unknown>
				>;
			};
		};
		const context = await loadOptionsContext(
			{ authentication: 'accessToken' },
			await credentials(),
		);
		const result = await nodeType.methods.listSearch.searchPins.call(context, 'LEMON', 'bm0');
		expect(result).toEqual({
			results: [
				{ name: 'Lemon tart', value: '1', url: 'https://www.pinterest.com/pin/1/' },
				{ name: 'lemon cake', value: '3', url: 'https://www.pinterest.com/pin/3/' },
			],
			paginationToken: 'bm1',
		});
	});
});
