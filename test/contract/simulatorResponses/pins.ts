/*
 * Contract test: pins (create with each media_source, get, update, delete, save, analytics).
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import { isoDay } from '../../simulator/helpers';
import type { ContractContext } from './setup';
import { dates, MISSING } from './setup';

export function pinTests(ctx: ContractContext): void {
	const { check, ids } = ctx;

	test('pins', async () => {
		await check(
			'pins/list',
			'GET',
			'/pins',
			{ query: { pin_filter: 'exclude_repins', pin_metrics: true, page_size: 50 } },
			200,
		);
		await check('pins/list', 'GET', '/pins', { query: { pin_filter: 'nope' } }, 400, false);
		const variants = [
			{ source_type: 'image_url', url: 'https://example.com/a.jpg', is_standard: true },
			{ source_type: 'image_base64', content_type: 'image/png', data: 'iVBORw0KGgo=' },
			{
				source_type: 'multiple_image_urls',
				items: [{ url: 'https://a.test/1.jpg', title: 't' }, { url: 'https://a.test/2.jpg' }],
				index: 0,
			},
			{
				source_type: 'multiple_image_base64',
				items: [
					{ content_type: 'image/jpeg', data: 'AAAA' },
					{ content_type: 'image/png', data: 'BBBB' },
				],
			},
			{
				source_type: 'video_id',
				media_id: ids.media,
				cover_image_url: 'https://example.com/c.jpg',
			},
			{ source_type: 'video_id', media_id: ids.media, cover_image_key_frame_time: 2 },
			{ source_type: 'pin_url', is_affiliate_link: false },
		];
		for (const media_source of variants) {
			await check(
				'pins/create',
				'POST',
				'/pins',
				{
					body: {
						board_id: ids.board,
						title: 'T',
						description: 'D',
						link: 'https://x.test',
						alt_text: 'a',
						media_source,
					},
				},
				201,
			);
		}
		await check(
			'pins/create',
			'POST',
			'/pins',
			{
				body: {
					board_id: ids.board,
					media_source: {
						source_type: 'multiple_image_urls',
						items: [{ url: 'https://a.test/1.jpg' }],
					},
				},
			},
			400,
			false,
		);
		await check(
			'pins/create',
			'POST',
			'/pins',
			{ body: { board_id: MISSING, media_source: variants[0] } },
			404,
		);
		await check('pins/get', 'GET', `/pins/${ids.pin}`, { query: { pin_metrics: true } }, 200);
		await check('pins/get', 'GET', `/pins/${MISSING}`, {}, 404);
		await check(
			'pins/update',
			'PATCH',
			`/pins/${ids.pin}`,
			{ body: { title: 'Updated', alt_text: null, carousel_slots: [] } },
			200,
		);
		await check(
			'pins/update',
			'PATCH',
			`/pins/${ids.pin}`,
			{ body: { description: 'x'.repeat(801) } },
			400,
			false,
		);
		await check('pins/delete', 'DELETE', `/pins/${ids.deleteMe}`, {}, 204);
		await check('pins/delete', 'DELETE', `/pins/${ids.deleteMe}`, {}, 404);
		await check(
			'pins/save',
			'POST',
			`/pins/${ids.pin}/save`,
			{ body: { board_id: ids.board, board_section_id: ids.section } },
			201,
		);
		await check(
			'pins/save',
			'POST',
			`/pins/${ids.pin}/save`,
			{ body: { board_id: ids.board, board_section_id: MISSING } },
			404,
		);
		await check(
			'pins/analytics',
			'GET',
			`/pins/${ids.pin}/analytics`,
			{
				query: {
					...dates(),
					metric_types: 'IMPRESSION,SAVE,TOTAL_COMMENTS,VIDEO_START',
					split_field: 'APP_TYPE',
					app_types: 'ALL',
				},
			},
			200,
		);
		await check(
			'pins/analytics',
			'GET',
			`/pins/${ids.pin}/analytics`,
			{ query: { ...dates(), metric_types: 'IMPRESSIONS' } },
			400,
			false,
		);
		await check(
			'pins/analytics',
			'GET',
			`/pins/${MISSING}/analytics`,
			{ query: { ...dates(), metric_types: 'IMPRESSION' } },
			404,
		);
		await check(
			'multi_pins/analytics',
			'GET',
			'/pins/analytics',
			{ query: { ...dates(), pin_ids: [ids.pin, ids.pin2], metric_types: 'IMPRESSION,SAVE_RATE' } },
			200,
		);
		await check(
			'multi_pins/analytics',
			'GET',
			'/pins/analytics',
			{
				query: {
					...dates(),
					pin_ids: [ids.pin],
					metric_types: 'IMPRESSION',
					end_date: isoDay(-30),
				},
			},
			400,
			true,
		);
		await check(
			'multi_pins/analytics',
			'GET',
			'/pins/analytics',
			{ query: { ...dates(), pin_ids: [MISSING], metric_types: 'IMPRESSION' } },
			404,
		);
	});
}
