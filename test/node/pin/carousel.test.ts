import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import {
	BOARD,
	PIN,
	apiPin,
	PNG,
	JPEG,
	binaryItem,
	credentials,
	create,
	capture,
} from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

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
});
