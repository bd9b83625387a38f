import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, AUTH, PIN, rl, apiPin, simplified, credentials } from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

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
});
