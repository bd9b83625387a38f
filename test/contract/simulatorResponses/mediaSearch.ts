/*
 * Contract test: media and search.
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import type { MediaRegistration, Page } from '../../simulator/helpers';
import type { PinView } from '../../../tools/simulator';
import type { ContractContext } from './setup';
import { MISSING } from './setup';

export function mediaAndSearchTests(ctx: ContractContext): void {
	const { check, ids } = ctx;

	test('media', async () => {
		const reg = await check<MediaRegistration>(
			'media/create',
			'POST',
			'/media',
			{ body: { media_type: 'video' } },
			201,
		);
		await check('media/create', 'POST', '/media', { body: { media_type: 'audio' } }, 400, false);
		await check('media/get', 'GET', `/media/${reg.body.media_id}`, {}, 200);
		await check('media/get', 'GET', `/media/${MISSING}`, {}, 404);
		await check('media/list', 'GET', '/media', { query: { page_size: 1 } }, 200);
		await check('media/list', 'GET', '/media', { query: { page_size: 300 } }, 400, false);
	});

	test('search', async () => {
		const r = await check<Page<PinView>>(
			'search_user_pins/list',
			'GET',
			'/search/pins',
			{ query: { query: 'zebra' } },
			200,
		);
		expect(r.body.items.map((p) => p.id)).toContain(ids.pin);
		await check(
			'search_user_pins/list',
			'GET',
			'/search/pins',
			{ query: { query: `${ids.pin},${ids.pin2}` } },
			200,
		);
		await check('search_user_pins/list', 'GET', '/search/pins', {}, 400, false);
		await check(
			'search_user_boards/get',
			'GET',
			'/search/boards',
			{ query: { query: 'contract', page_size: 5 } },
			200,
		);
		await check(
			'search_user_boards/get',
			'GET',
			'/search/boards',
			{ query: { page_size: 0 } },
			400,
			false,
		);
		await check(
			'search_partner_pins',
			'GET',
			'/search/partner/pins',
			{ query: { term: 'lamp', country_code: 'US', limit: 4, locale: 'en-US' } },
			200,
		);
		await check(
			'search_partner_pins',
			'GET',
			'/search/partner/pins',
			{ query: { term: 'lamp' } },
			400,
			false,
		);
	});
}
