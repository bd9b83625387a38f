import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import {
	AUTH,
	BOARD,
	SECTION,
	PIN,
	rl,
	apiPin,
	simplified,
	PNG,
	JPEG,
	binaryItem,
	credentials,
	create,
	capture,
} from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

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
});
