/*
 * Contract test: the simulator's responses (and the requests these tests send) are validated against
 * Pinterest's official OpenAPI description with ajv. The OpenAPI file is not part of the project:
 * PINTEREST_OPENAPI or ../shared/pinterest/openapi-v5.yaml (relative to the repo root).
 */
import type {
	ApiResponse,
	CallOptions,
	MediaRegistration,
	Page,
	Sim,
	TokenResponse,
	TopPins,
} from '../simulator/helpers';
import { basic, call, isoDay, startSim } from '../simulator/helpers';
import * as oa from '../../tools/simulator/openapi';
import type { SpecOperation } from '../../tools/simulator/openapi';
import { report, warn } from '../../tools/simulator/report';
import type { PinView } from '../../tools/simulator';

const available: boolean = oa.specAvailable();
if (!available) {
	warn(
		`[simulator contract test] SKIPPED: OpenAPI file not found at ${oa.specPath()} ` +
			"(set PINTEREST_OPENAPI to the path of Pinterest's v5 openapi.yaml to run it).",
	);
}
const describeIfSpec = available ? describe : describe.skip;

describeIfSpec('simulator contract vs. official OpenAPI (Pinterest v5)', () => {
	let sim: Sim;
	const ids: Record<string, string> = {};
	const coverage = new Map<string, Set<string>>();

	beforeAll(async () => {
		oa.loadSpec();
		sim = await startSim();
		sim.seedDemo();
		const board = sim.addBoard({ name: 'Contract board', description: 'contract' });
		const section = sim.addSection(board.id, { name: 'Contract section' });
		ids.board = board.id;
		ids.section = section.id;
		ids.pin = sim.addPin({
			board_id: board.id,
			board_section_id: section.id,
			title: 'contract pin',
			description: 'zebra',
		}).id;
		ids.pin2 = sim.addPin({ board_id: board.id, title: 'second' }).id;
		ids.media = sim.addMedia({ status: 'succeeded' }).media_id;
		ids.deleteMe = sim.addPin({ board_id: board.id }).id;
		ids.deleteBoard = sim.addBoard({ name: 'to delete' }).id;
		ids.deleteSection = sim.addSection(board.id, { name: 'to delete' }).id;
	}, 30000);
	afterAll(async () => {
		if (sim) await sim.stop();
	});

	const MISSING = '1234567890123456789';

	/** requestValid: true = the request must be spec-valid, false = it must be spec-invalid, undefined = not checked */
	async function check<T = unknown>(
		operationId: string,
		method: string,
		path: string,
		opts: CallOptions,
		expected: number,
		requestValid: boolean | undefined = expected < 300 ? true : undefined,
	): Promise<ApiResponse<T>> {
		const res = await call<T>(sim, method, path, opts);
		expect([operationId, res.status, res.status >= 300 ? res.body : 'ok']).toEqual([
			operationId,
			expected,
			res.status >= 300 ? res.body : 'ok',
		]);
		const v = oa.validateResponse(
			operationId,
			res.status,
			res.status === 204 ? undefined : res.body,
		);
		expect([operationId, expected, v.errors]).toEqual([operationId, expected, []]);
		expect(v.valid).toBe(true);
		// the requests sent here are themselves checked against the spec (valid ones succeed, invalid ones give 400)
		const rq = oa.validateRequest({
			method,
			path: `/v5${path}`,
			query: opts.query,
			body: opts.form ?? opts.body,
		});
		if (requestValid === true)
			expect([operationId, 'request', rq.errors]).toEqual([operationId, 'request', []]);
		if (requestValid === false)
			expect([operationId, 'request-invalid', rq.valid]).toEqual([
				operationId,
				'request-invalid',
				false,
			]);
		const set = coverage.get(operationId) || new Set<string>();
		set.add(res.status < 300 ? 'success' : 'error');
		coverage.set(operationId, set);
		return res;
	}
	const dates = () => ({ start_date: isoDay(-7), end_date: isoDay(0) });

	test('the validator is not vacuous', () => {
		const pin = sim.getPinView(ids.pin);
		expect(oa.validateResponse('pins/get', 200, pin).valid).toBe(true);
		expect(oa.validateResponse('pins/get', 200, { ...pin, id: 123 }).valid).toBe(false);
		expect(oa.validateResponse('pins/get', 200, { ...pin, creative_type: 'GIF' }).valid).toBe(
			false,
		);
		expect(oa.validateResponse('pins/get', 200, { ...pin, title: null }).valid).toBe(true); // nullable
		const brokenMedia = {
			...pin,
			media: { media_type: 'image', images: { '150x150': { width: 1, height: 1 } } },
		};
		expect(oa.validateResponse('pins/get', 200, brokenMedia).valid).toBe(false);
		expect(
			oa.validateResponse('boards/list', 200, { items: [{ id: '1' }], bookmark: null }).valid,
		).toBe(false); // name required
		expect(oa.validateResponse('boards/list', 200, { items: [], bookmark: 5 }).valid).toBe(false);
		expect(oa.validateResponse('boards/get', 404, { code: '40', message: 'x' }).valid).toBe(false);
		expect(oa.validateResponse('boards/delete', 204, { x: 1 }).valid).toBe(false);
		expect(
			oa.validateResponse({ method: 'GET', path: '/v5/pins/analytics' }, 200, {}).operationId,
		).toBe('multi_pins/analytics');
		expect(
			oa.validateResponse({ method: 'GET', path: `/v5/pins/${ids.pin}` }, 200, pin).operationId,
		).toBe('pins/get');
		expect(
			oa.validateRequest({ method: 'GET', path: '/v5/boards', query: { page_size: '251' } }).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/boards',
				query: { page_size: '25', privacy: 'SECRET' },
			}).valid,
		).toBe(true);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/pins',
				query: { creative_types: 'VIDEO,REGULAR' },
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/pins',
				query: { creative_types: ['VIDEO', 'REGULAR'] },
			}).valid,
		).toBe(true);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: `/v5/pins/${ids.pin}/analytics`,
				query: { ...dates(), metric_types: ['IMPRESSION', 'SAVE'] },
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'POST',
				path: '/v5/pins',
				body: {
					board_id: '1',
					media_source: { source_type: 'image_base64', content_type: 'image/gif', data: 'AA' },
				},
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'POST',
				path: '/v5/pins',
				body: {
					board_id: '1',
					title: 'x'.repeat(101),
					media_source: { source_type: 'image_url', url: 'https://a' },
				},
			}).valid,
		).toBe(false);
	});

	test('oauth/token', async () => {
		const auth = { authorization: basic('app-id', 'app-secret') };
		const ok = await check<TokenResponse>(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: {
					grant_type: 'authorization_code',
					code: 'demo-code',
					redirect_uri: 'https://x.test/cb',
				},
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'refresh_token', refresh_token: ok.body.refresh_token },
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'client_credentials', scope: 'pins:read' },
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: { authorization: basic('app-id', 'bad') },
				form: { grant_type: 'refresh_token', refresh_token: 'x' },
			},
			401,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'refresh_token', refresh_token: ok.body.refresh_token },
			},
			400,
		);
	});

	test('user_account operations', async () => {
		await check('user_account/get', 'GET', '/user_account', {}, 200);
		await check('user_account/get', 'GET', '/user_account', { token: 'bad' }, 401);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: dates() },
			200,
		);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: { ...dates(), split_field: 'SOURCE', metric_types: 'IMPRESSION,SAVE_RATE' } },
			200,
		);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: { start_date: isoDay(-100), end_date: isoDay(0) } },
			400,
			true,
		);
		await check(
			'user_account/analytics/top_pins',
			'GET',
			'/user_account/analytics/top_pins',
			{ query: { ...dates(), sort_by: 'IMPRESSION', num_of_pins: 5 } },
			200,
		);
		await check(
			'user_account/analytics/top_pins',
			'GET',
			'/user_account/analytics/top_pins',
			{ query: dates() },
			400,
			false,
		);
		const b = sim.addBoard({ name: 'videos' });
		sim.addPin({
			board_id: b.id,
			media_source: { source_type: 'video_id', media_id: ids.media },
			title: 'vid',
		});
		const tv = await check<TopPins>(
			'user_account/analytics/top_video_pins',
			'GET',
			'/user_account/analytics/top_video_pins',
			{ query: { ...dates(), sort_by: 'VIDEO_START' } },
			200,
		);
		expect(tv.body.pins.length).toBe(1);
		await check(
			'user_account/analytics/top_video_pins',
			'GET',
			'/user_account/analytics/top_video_pins',
			{ query: { ...dates(), sort_by: 'PIN_CLICK' } },
			400,
			false,
		);
		await check(
			'followers/list',
			'GET',
			'/user_account/followers',
			{ query: { page_size: 10 } },
			200,
		);
		await check(
			'followers/list',
			'GET',
			'/user_account/followers',
			{ query: { page_size: 0 } },
			400,
			false,
		);
		await check(
			'user_following/get',
			'GET',
			'/user_account/following',
			{ query: { feed_type: 'CREATOR_ONLY', explicit_following: true } },
			200,
		);
		await check(
			'user_following/get',
			'GET',
			'/user_account/following',
			{ query: { feed_type: 'X' } },
			400,
			false,
		);
		await check(
			'boards_user_follows/list',
			'GET',
			'/user_account/following/boards',
			{ query: { explicit_following: false } },
			200,
		);
		await check(
			'boards_user_follows/list',
			'GET',
			'/user_account/following/boards',
			{ query: { bookmark: 'garbage!' } },
			400,
			true,
		);
		await check(
			'follow_user/update',
			'POST',
			'/user_account/following/some_creator',
			{ body: { auto_follow: false } },
			200,
		);
		await check(
			'follow_user/update',
			'POST',
			'/user_account/following/missing_person',
			{ body: {} },
			404,
		);
		await check(
			'user_account/followed_interests',
			'GET',
			'/users/demo_user/interests/follow',
			{},
			200,
		);
		await check(
			'user_account/followed_interests',
			'GET',
			'/users/missing_x/interests/follow',
			{},
			404,
		);
	});

	test('boards and sections', async () => {
		await check(
			'boards/list',
			'GET',
			'/boards',
			{ query: { privacy: 'PUBLIC_AND_SECRET', page_size: 2 } },
			200,
		);
		await check('boards/list', 'GET', '/boards', { query: { page_size: 'abc' } }, 400, false);
		await check(
			'boards/create',
			'POST',
			'/boards',
			{ body: { name: 'New', description: null, privacy: 'SECRET' } },
			201,
		);
		await check(
			'boards/create',
			'POST',
			'/boards',
			{ body: { description: 'no name' } },
			400,
			false,
		);
		await check('boards/get', 'GET', `/boards/${ids.board}`, {}, 200);
		await check('boards/get', 'GET', `/boards/${MISSING}`, {}, 404);
		await check(
			'boards/update',
			'PATCH',
			`/boards/${ids.board}`,
			{ body: { privacy: 'SECRET', description: 'upd' } },
			200,
		);
		await check(
			'boards/update',
			'PATCH',
			`/boards/${ids.board}`,
			{ body: { privacy: 'PROTECTED' } },
			400,
			false,
		);
		await check('boards/delete', 'DELETE', `/boards/${ids.deleteBoard}`, {}, 204);
		await check('boards/delete', 'DELETE', `/boards/${ids.deleteBoard}`, {}, 404);
		await check(
			'boards/list_pins',
			'GET',
			`/boards/${ids.board}/pins`,
			{ query: { pin_metrics: true, creative_types: ['REGULAR'] } },
			200,
		);
		await check('boards/list_pins', 'GET', `/boards/${MISSING}/pins`, {}, 404);
		await check(
			'board_sections/list',
			'GET',
			`/boards/${ids.board}/sections`,
			{ query: { page_size: 1 } },
			200,
		);
		await check('board_sections/list', 'GET', `/boards/${MISSING}/sections`, {}, 404);
		await check(
			'board_sections/create',
			'POST',
			`/boards/${ids.board}/sections`,
			{ body: { name: 'Another' } },
			201,
		);
		await check(
			'board_sections/create',
			'POST',
			`/boards/${ids.board}/sections`,
			{ body: { name: '' } },
			400,
			false,
		);
		await check(
			'board_sections/update',
			'PATCH',
			`/boards/${ids.board}/sections/${ids.section}`,
			{ body: { name: 'Renamed' } },
			200,
		);
		await check(
			'board_sections/update',
			'PATCH',
			`/boards/${ids.board}/sections/${MISSING}`,
			{ body: { name: 'x' } },
			404,
		);
		await check(
			'board_sections/delete',
			'DELETE',
			`/boards/${ids.board}/sections/${ids.deleteSection}`,
			{},
			204,
		);
		await check(
			'board_sections/delete',
			'DELETE',
			`/boards/${ids.board}/sections/${ids.deleteSection}`,
			{},
			404,
		);
		await check(
			'board_sections/list_pins',
			'GET',
			`/boards/${ids.board}/sections/${ids.section}/pins`,
			{},
			200,
		);
		await check(
			'board_sections/list_pins',
			'GET',
			`/boards/${ids.board}/sections/${MISSING}/pins`,
			{},
			404,
		);
	});

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

	test('fault responses (429/500/503) match the documented error schema', async () => {
		sim.failNext(1, { status: 429 });
		await check('boards/list', 'GET', '/boards', {}, 429, true);
		sim.failNext(1, { status: 500 });
		await check('pins/list', 'GET', '/pins', {}, 500, true);
		sim.failNext(1, { status: 503 });
		await check('boards/create', 'POST', '/boards', { body: { name: 'x' } }, 503, true);
	});

	test('every implemented operation exists in the spec and was exercised with success and error statuses', () => {
		const specOps = new Map(
			oa.listOperations().map((o): [string, SpecOperation] => [o.operationId, o]),
		);
		for (const op of sim.operations) {
			expect([op.operationId, specOps.get(op.operationId)]).toEqual([
				op.operationId,
				{ operationId: op.operationId, method: op.method, path: op.path },
			]);
			expect([op.operationId, [...(coverage.get(op.operationId) || [])].sort()]).toEqual([
				op.operationId,
				['error', 'success'],
			]);
		}
		expect(sim.operations.length).toBe(35);
		report(
			`[simulator contract test] ${sim.operations.length} operations validated against ${oa.specPath()}`,
		);
	});
});
