import type {
	Analytics,
	ApiResponse,
	CallOptions,
	ErrorBody,
	Page,
	PinAnalyticsBlock,
	Sim,
	TopPins,
} from './helpers';
import { call, carouselMedia, imageMedia, isoDay, must, startSim } from './helpers';
import type {
	AccountView,
	BoardView,
	InterestView,
	MediaSource,
	PinView,
	SectionView,
	UserView,
} from '../../tools/simulator';

const img = (url = 'https://example.com/a.jpg') => ({ source_type: 'image_url', url });

describe('simulator: boards and sections', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	test('board CRUD, validation and privacy filter', async () => {
		expect((await call(sim, 'POST', '/boards', { body: {} })).body).toMatchObject({ code: 1 });
		expect(
			(await call(sim, 'POST', '/boards', { body: { name: 'x', privacy: 'HIDDEN' } })).status,
		).toBe(400);
		const created = await call<BoardView>(sim, 'POST', '/boards', {
			body: { name: 'Recipes', description: 'food', privacy: 'SECRET' },
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			name: 'Recipes',
			description: 'food',
			privacy: 'SECRET',
			pin_count: 0,
			owner: { username: 'demo_user' },
		});
		expect(created.body.id).toMatch(/^\d{18,19}$/);
		expect(Number(created.body.id)).toBeGreaterThan(2 ** 53);
		const id = created.body.id;
		await call(sim, 'POST', '/boards', { body: { name: 'Public one' } });
		await call(sim, 'POST', '/boards', { body: { name: 'ads', is_ads_only: true } });
		const names = async (privacy?: string) =>
			(
				await call<Page<BoardView>>(sim, 'GET', '/boards', { query: privacy ? { privacy } : {} })
			).body.items.map((b) => b.name);
		expect(await names()).toEqual(['Ad-only Pins', 'Public one', 'Recipes']);
		expect(await names('SECRET')).toEqual(['Recipes']);
		expect(await names('PROTECTED')).toEqual(['Ad-only Pins']);
		expect(await names('PUBLIC_AND_SECRET')).toEqual(['Public one', 'Recipes']);
		expect((await call(sim, 'GET', '/boards', { query: { privacy: 'secret' } })).status).toBe(400);

		expect(
			(await call(sim, 'PATCH', `/boards/${id}`, { body: { privacy: 'PROTECTED' } })).status,
		).toBe(400);
		const upd = await call(sim, 'PATCH', `/boards/${id}`, {
			body: { name: 'Dinners', privacy: 'PUBLIC', description: null },
		});
		expect(upd.body).toMatchObject({ name: 'Dinners', privacy: 'PUBLIC', description: null });
		expect((await call<BoardView>(sim, 'GET', `/boards/${id}`)).body.name).toBe('Dinners');
		const missing = await call(sim, 'GET', '/boards/1234567890123456789');
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({ code: 40, message: 'Board not found.' });
		expect((await call(sim, 'GET', '/boards/abc')).status).toBe(400);
	});

	test('delete board removes its pins and sections', async () => {
		const b = sim.addBoard({ name: 'b' });
		const s = sim.addSection(b.id, { name: 's' });
		const p = sim.addPin({ board_id: b.id, board_section_id: s.id });
		const del = await call(sim, 'DELETE', `/boards/${b.id}`);
		expect(del.status).toBe(204);
		expect(del.text).toBe('');
		expect(sim.state.pins[p.id]).toBeUndefined();
		expect(sim.state.sections[s.id]).toBeUndefined();
		expect((await call<ErrorBody>(sim, 'DELETE', `/boards/${b.id}`)).body.code).toBe(40);
		expect((await call<ErrorBody>(sim, 'GET', `/pins/${p.id}`)).body.code).toBe(50);
	});

	test('sections CRUD and error codes', async () => {
		const b = sim.addBoard({ name: 'b' });
		const other = sim.addBoard({ name: 'o' });
		expect(
			(await call(sim, 'POST', `/boards/${b.id}/sections`, { body: { name: '' } })).status,
		).toBe(400);
		expect(
			(await call(sim, 'POST', `/boards/${b.id}/sections`, { body: { name: 'x'.repeat(181) } }))
				.status,
		).toBe(400);
		const c = await call<SectionView>(sim, 'POST', `/boards/${b.id}/sections`, {
			body: { name: 'x'.repeat(180) },
		});
		expect(c.status).toBe(201);
		expect(Object.keys(c.body).sort()).toEqual(['id', 'name']);
		const sid = c.body.id;
		expect(
			(
				await call<ErrorBody>(sim, 'POST', '/boards/1111111111111111111/sections', {
					body: { name: 'a' },
				})
			).body.code,
		).toBe(40);
		const upd = await call(sim, 'PATCH', `/boards/${b.id}/sections/${sid}`, {
			body: { name: 'Europe' },
		});
		expect(upd.body).toEqual({ id: sid, name: 'Europe' });
		const wrongBoard = await call(sim, 'PATCH', `/boards/${other.id}/sections/${sid}`, {
			body: { name: 'x' },
		});
		expect(wrongBoard.status).toBe(404);
		expect(wrongBoard.body).toEqual({
			code: 2031,
			message: "Sorry! We couldn't find this board section.",
		});
		const pin = await call<PinView>(sim, 'POST', '/pins', {
			body: { board_id: b.id, board_section_id: sid, media_source: img() },
		});
		expect(pin.status).toBe(201);
		sim.addPin({ board_id: b.id });
		const sectionPins = await call<Page<PinView>>(
			sim,
			'GET',
			`/boards/${b.id}/sections/${sid}/pins`,
		);
		expect(sectionPins.body.items.map((p) => p.id)).toEqual([pin.body.id]);
		expect(
			(await call<Page<SectionView>>(sim, 'GET', `/boards/${b.id}/sections`)).body.items,
		).toEqual([{ id: sid, name: 'Europe' }]);
		expect((await call(sim, 'DELETE', `/boards/${b.id}/sections/${sid}`)).status).toBe(204);
		expect(
			(await call<ErrorBody>(sim, 'DELETE', `/boards/${b.id}/sections/${sid}`)).body.code,
		).toBe(2031);
		expect(
			(await call<ErrorBody>(sim, 'GET', `/boards/${b.id}/sections/${sid}/pins`)).body.code,
		).toBe(2031);
	});
});

describe('simulator: pins', () => {
	let sim: Sim;
	let board: BoardView;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		board = sim.addBoard({ name: 'b' });
	});

	test('create with image_url stores media, owner and increasing created_at', async () => {
		const a = await call<PinView>(sim, 'POST', '/pins', {
			body: {
				board_id: board.id,
				title: 'T',
				description: 'D',
				link: 'https://x.test',
				alt_text: 'alt',
				media_source: img(),
			},
		});
		expect(a.status).toBe(201);
		expect(a.body).toMatchObject({
			board_id: board.id,
			title: 'T',
			creative_type: 'REGULAR',
			is_owner: true,
			board_owner: { username: 'demo_user' },
			parent_pin_id: null,
			board_section_id: null,
		});
		expect(a.body.media).toEqual({
			media_type: 'image',
			images: {
				'150x150': { width: 150, height: 150, url: 'https://example.com/a.jpg' },
				'400x300': { width: 400, height: 300, url: 'https://example.com/a.jpg' },
				'600x': { width: 600, height: 600, url: 'https://example.com/a.jpg' },
				'1200x': { width: 1200, height: 1200, url: 'https://example.com/a.jpg' },
			},
		});
		const b = await call<PinView>(sim, 'POST', '/pins', {
			body: { board_id: board.id, media_source: img() },
		});
		expect(b.body.created_at > a.body.created_at).toBe(true);
		expect(new Date(b.body.created_at).toISOString()).toBe(b.body.created_at);
		expect((await call<BoardView>(sim, 'GET', `/boards/${board.id}`)).body.pin_count).toBe(2);
	});

	test('media_source variants are validated as the spec says', async () => {
		const post = <T = ErrorBody>(
			media_source: MediaSource | undefined,
			extra: Record<string, unknown> = {},
		) => call<T>(sim, 'POST', '/pins', { body: { board_id: board.id, media_source, ...extra } });
		const cases: Array<[MediaSource | undefined, number]> = [
			[undefined, 400],
			[{ source_type: 'image_url' }, 400],
			[{ source_type: 'image_url', url: 'not a url' }, 400],
			[{ source_type: 'image_base64', content_type: 'image/gif', data: 'AAAA' }, 400],
			[
				{
					source_type: 'image_base64',
					content_type: 'image/png',
					data: 'data:image/png;base64,AAAA',
				},
				400,
			],
			[{ source_type: 'image_base64', content_type: 'image/png', data: 'AA AA' }, 400],
			[{ source_type: 'image_base64', content_type: 'image/png', data: 'iVBORw0KGgo=' }, 201],
			[{ source_type: 'multiple_image_urls', items: [{ url: 'https://a.test/1.jpg' }] }, 400],
			[
				{
					source_type: 'multiple_image_urls',
					items: Array(6).fill({ url: 'https://a.test/1.jpg' }),
				},
				400,
			],
			[
				{
					source_type: 'multiple_image_urls',
					items: [{ url: 'https://a.test/1.jpg', title: 'one' }, { url: 'https://a.test/2.jpg' }],
				},
				201,
			],
			[
				{
					source_type: 'multiple_image_base64',
					items: [{ content_type: 'image/jpeg', data: 'AAAA' }],
				},
				400,
			],
			[
				{
					source_type: 'multiple_image_base64',
					items: [
						{ content_type: 'image/jpeg', data: 'AAAA' },
						{ content_type: 'image/png', data: 'BBBB' },
					],
				},
				201,
			],
			[{ source_type: 'video_id' }, 400],
			[{ source_type: 'video_id', media_id: '123' }, 400],
			[{ source_type: 'pin_url' }, 201],
			[{ source_type: 'gif_url', url: 'https://a.test' }, 400],
		];
		for (const [ms, status] of cases) {
			const res = await post(ms);
			expect([JSON.stringify(ms), res.status]).toEqual([JSON.stringify(ms), status]);
			if (status === 400) expect(res.body.code).toBe(1);
		}
		const carousel = must(
			Object.values(sim.state.pins).find((p) => p.creative_type === 'CAROUSEL'),
			'carousel pin',
		);
		const view = must(sim.getPinView(carousel.id), 'carousel pin view');
		expect(view.media.media_type).toBe('multiple_images');
		const carouselItems = carouselMedia(view.media).items;
		expect(carouselItems).toHaveLength(2);
		expect(carouselItems[0]).toMatchObject({ item_type: 'image', title: 'one' });
		// registered (not uploaded) media cannot be used
		const m = sim.addMedia();
		expect((await post({ source_type: 'video_id', media_id: m.media_id })).status).toBe(400);
		const ready = sim.addMedia({ status: 'succeeded' });
		const vid = await post<PinView>({
			source_type: 'video_id',
			media_id: ready.media_id,
			cover_image_url: 'https://a.test/c.jpg',
		});
		expect(vid.status).toBe(201);
		expect(vid.body.creative_type).toBe('VIDEO');
		expect(vid.body.media).toMatchObject({
			media_type: 'video',
			cover_image_url: 'https://a.test/c.jpg',
		});
	});

	test('max lengths, board and section checks', async () => {
		const post = (extra: Record<string, unknown>) =>
			call<ErrorBody>(sim, 'POST', '/pins', {
				body: { board_id: board.id, media_source: img(), ...extra },
			});
		for (const [field, max] of [
			['title', 100],
			['description', 800],
			['link', 2048],
			['alt_text', 500],
		] as Array<[string, number]>) {
			expect((await post({ [field]: 'x'.repeat(max + 1) })).status).toBe(400);
			expect((await post({ [field]: 'x'.repeat(max) })).status).toBe(201);
		}
		expect((await post({ board_id: '999999999999999999' })).body).toEqual({
			code: 40,
			message: 'Board not found.',
		});
		expect((await post({ board_id: undefined })).status).toBe(400);
		const other = sim.addBoard({ name: 'o' });
		const s = sim.addSection(other.id, { name: 's' });
		expect((await post({ board_section_id: s.id })).body.code).toBe(2031);
		expect((await post({ board_id: other.id, board_section_id: s.id })).status).toBe(201);
	});

	test('get, update, delete, save and list filters', async () => {
		const p = (
			await call<PinView>(sim, 'POST', '/pins', {
				body: { board_id: board.id, title: 'orig', media_source: img() },
			})
		).body;
		expect((await call<PinView>(sim, 'GET', `/pins/${p.id}`)).body.title).toBe('orig');
		expect(
			(await call<PinView>(sim, 'GET', `/pins/${p.id}`, { query: { pin_metrics: true } })).body
				.pin_metrics,
		).toHaveProperty('90d');
		expect(
			(await call(sim, 'GET', `/pins/${p.id}`, { query: { pin_metrics: 'yes' } })).status,
		).toBe(400);
		const other = sim.addBoard({ name: 'other' });
		const upd = await call(sim, 'PATCH', `/pins/${p.id}`, {
			body: { title: 'new', board_id: other.id },
		});
		expect(upd.body).toMatchObject({ title: 'new', board_id: other.id });
		expect(
			(await call(sim, 'PATCH', `/pins/${p.id}`, { body: { title: 'x'.repeat(101) } })).status,
		).toBe(400);
		expect(
			(await call<ErrorBody>(sim, 'PATCH', '/pins/1234567890123456789', { body: { title: 'x' } }))
				.body.code,
		).toBe(50);
		const saved = await call<PinView>(sim, 'POST', `/pins/${p.id}/save`, {
			body: { board_id: board.id },
		});
		expect(saved.status).toBe(201);
		expect(saved.body).toMatchObject({ parent_pin_id: p.id, board_id: board.id, title: 'new' });
		expect(saved.body.id).not.toBe(p.id);
		expect(
			(await call<ErrorBody>(sim, 'POST', `/pins/${p.id}/save`, { body: { board_id: '1' } })).body
				.code,
		).toBe(40);
		expect(
			(await call<ErrorBody>(sim, 'POST', '/pins/1/save', { body: { board_id: board.id } })).body
				.code,
		).toBe(50);
		const ids = async (q: CallOptions['query']) =>
			(await call<Page<PinView>>(sim, 'GET', '/pins', { query: q })).body.items.map((x) => x.id);
		expect(await ids({ pin_filter: 'exclude_repins' })).toEqual([p.id]);
		expect(await ids({ pin_filter: 'exclude_native' })).toEqual([saved.body.id]);
		expect(await ids({ creative_types: ['VIDEO'] })).toEqual([]);
		expect((await call(sim, 'GET', '/pins', { query: { creative_types: 'GIF' } })).status).toBe(
			400,
		);
		const secret = sim.addBoard({ name: 's', privacy: 'SECRET' });
		const sp = sim.addPin({ board_id: secret.id });
		expect(await ids({ pin_type: 'PRIVATE' })).toEqual([sp.id]);
		const prot = sim.addBoard({ name: 'p', privacy: 'PROTECTED' });
		const pp = sim.addPin({ board_id: prot.id });
		expect(await ids({})).not.toContain(pp.id);
		expect(await ids({ include_protected_pins: true })).toContain(pp.id);
		expect((await call(sim, 'DELETE', `/pins/${p.id}`)).status).toBe(204);
		expect((await call(sim, 'GET', `/pins/${p.id}`)).body).toEqual({
			code: 50,
			message: 'Pin not found.',
		});
	});
});

describe('simulator: follows, interests, search', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		sim.seedDemo();
	});

	test('demo data has the documented shape', async () => {
		const acct = (await call(sim, 'GET', '/user_account')).body;
		expect(acct).toMatchObject({
			board_count: 5,
			pin_count: 60,
			follower_count: 30,
			following_count: 8,
		});
		const boards = (await call<Page<BoardView>>(sim, 'GET', '/boards')).body.items;
		expect(boards.filter((b) => b.privacy === 'SECRET')).toHaveLength(1);
		const withSections: BoardView[] = [];
		for (const b of boards)
			if (
				(await call<Page<SectionView>>(sim, 'GET', `/boards/${b.id}/sections`)).body.items
					.length === 2
			)
				withSections.push(b);
		expect(withSections).toHaveLength(1);
		const pin = (await call<Page<PinView>>(sim, 'GET', '/pins', { query: { page_size: 1 } })).body
			.items[0];
		const url = imageMedia(pin.media).images['150x150'].url;
		expect(url.startsWith(`http://127.0.0.1:${sim.port}/__img/`)).toBe(true);
		const res = await fetch(url);
		expect(res.headers.get('content-type')).toBe('image/jpeg');
		const buf = Buffer.from(await res.arrayBuffer());
		expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
		expect(buf.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
	});

	test('followers, following (feed_type, explicit_following), following boards, follow user', async () => {
		expect(
			(
				await call<Page<UserView>>(sim, 'GET', '/user_account/followers', {
					query: { page_size: 250 },
				})
			).body.items,
		).toHaveLength(30);
		const all = (await call<Page<UserView>>(sim, 'GET', '/user_account/following')).body.items;
		expect(all).toHaveLength(8);
		expect(all[0]).toEqual({ type: 'user', username: 'style_notes' });
		expect(
			(
				await call<Page<UserView>>(sim, 'GET', '/user_account/following', {
					query: { feed_type: 'CREATOR_ONLY' },
				})
			).body.items,
		).toHaveLength(4);
		expect(
			(
				await call<Page<UserView>>(sim, 'GET', '/user_account/following', {
					query: { explicit_following: true },
				})
			).body.items,
		).toHaveLength(7);
		expect(
			(await call(sim, 'GET', '/user_account/following', { query: { feed_type: 'NEW' } })).status,
		).toBe(400);
		const fb = (await call<Page<BoardView>>(sim, 'GET', '/user_account/following/boards')).body
			.items;
		expect(fb).toHaveLength(3);
		expect(fb[0].owner.username).toBe('travel_diaries');
		const follow = await call(sim, 'POST', '/user_account/following/new_friend', {
			body: { auto_follow: false },
		});
		expect(follow.status).toBe(200);
		expect(follow.body).toEqual({ type: 'user', username: 'new_friend' });
		expect((await call<AccountView>(sim, 'GET', '/user_account')).body.following_count).toBe(9);
		const missing = await call(sim, 'POST', '/user_account/following/missing_bob', { body: {} });
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({ code: 30, message: 'User not found.' });
		const interests = await call<Page<InterestView>>(
			sim,
			'GET',
			'/users/demo_user/interests/follow',
		);
		expect(interests.body.items).toHaveLength(5);
		expect(interests.body.items[0]).toMatchObject({
			name: 'DIY and crafts',
			key: 'diy and crafts',
		});
		expect((await call<ErrorBody>(sim, 'GET', '/users/missing_x/interests/follow')).body.code).toBe(
			30,
		);
	});

	test('search pins by words or ids, search boards', async () => {
		expect((await call(sim, 'GET', '/search/pins')).status).toBe(400);
		const tulips = (
			await call<Page<PinView>>(sim, 'GET', '/search/pins', { query: { query: 'tulip' } })
		).body.items;
		expect(tulips.length).toBe(2);
		expect(tulips.every((p) => /tulip/i.test(String(p.title)))).toBe(true);
		const ids = tulips.map((p) => p.id);
		const byIds = (
			await call<Page<PinView>>(sim, 'GET', '/search/pins', { query: { query: ids.join(',') } })
		).body.items.map((p) => p.id);
		expect(byIds.sort()).toEqual([...ids].sort());
		expect(
			(
				await call<Page<BoardView>>(sim, 'GET', '/search/boards', { query: { query: 'travel' } })
			).body.items.map((b) => b.name),
		).toEqual(['Travel Ideas']);
		expect((await call<Page<BoardView>>(sim, 'GET', '/search/boards')).body.items).toHaveLength(5);
		expect((await call(sim, 'GET', '/search/partner/pins', { query: { term: 'x' } })).status).toBe(
			400,
		);
		expect(
			(
				await call(sim, 'GET', '/search/partner/pins', {
					query: { term: 'x', country_code: 'USA' },
				})
			).status,
		).toBe(400);
	});
});

describe('simulator: analytics', () => {
	let sim: Sim;
	let pinId: string;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		const b = sim.addBoard({ name: 'b' });
		pinId = sim.addPin({ board_id: b.id }).id;
	});

	test('date window validation', async () => {
		const q = (start_date?: string, end_date?: string) =>
			call<ErrorBody>(sim, 'GET', '/user_account/analytics', {
				query: { ...(start_date ? { start_date } : {}), ...(end_date ? { end_date } : {}) },
			});
		const expect400 = async (p: Promise<ApiResponse<ErrorBody>>, re: RegExp) => {
			const r = await p;
			expect(r.status).toBe(400);
			expect(r.body.code).toBe(1);
			expect(r.body.message).toMatch(re);
		};
		await expect400(q(undefined, isoDay()), /start_date.*required/);
		await expect400(q(isoDay(-3)), /end_date.*required/);
		await expect400(q('2025-02-30', isoDay()), /start_date.*YYYY-MM-DD/);
		await expect400(q('20250101', isoDay()), /start_date.*YYYY-MM-DD/);
		await expect400(q(isoDay(-91), isoDay(-80)), /90 days back from today/);
		await expect400(q(isoDay(-5), isoDay(-6)), /cannot be before/);
		await expect400(q(isoDay(-10), isoDay(81)), /90 days past/);
		expect((await q(isoDay(-90), isoDay(-1))).status).toBe(200);
		expect((await q(isoDay(-10), isoDay(80))).status).toBe(200);
	});

	test('user analytics: metrics, split, deterministic numbers', async () => {
		const query = {
			start_date: isoDay(-2),
			end_date: isoDay(0),
			metric_types: 'IMPRESSION,SAVE_RATE',
		};
		const a = await call<Analytics>(sim, 'GET', '/user_account/analytics', { query });
		expect(a.status).toBe(200);
		expect(Object.keys(a.body)).toEqual(['all']);
		expect(a.body.all.daily_metrics).toHaveLength(3);
		expect(a.body.all.daily_metrics[0]).toMatchObject({ date: isoDay(-2), data_status: 'READY' });
		expect(Object.keys(a.body.all.daily_metrics[0].metrics).sort()).toEqual([
			'IMPRESSION',
			'SAVE_RATE',
		]);
		const sum = a.body.all.daily_metrics.reduce((s, d) => s + d.metrics.IMPRESSION, 0);
		expect(a.body.all.summary_metrics.IMPRESSION).toBe(sum);
		expect((await call(sim, 'GET', '/user_account/analytics', { query })).body).toEqual(a.body);
		const split = await call<Analytics>(sim, 'GET', '/user_account/analytics', {
			query: { ...query, split_field: 'APP_TYPE' },
		});
		expect(Object.keys(split.body).sort()).toEqual(['MOBILE', 'TABLET', 'WEB']);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, metric_types: 'IMPRESSION,CLICKS' },
				})
			).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, metric_types: ['IMPRESSION', 'SAVE'] },
				})
			).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics', {
					query: { ...query, split_field: 'DEVICE' },
				})
			).status,
		).toBe(400);
	});

	test('pin, multi-pin and top pins analytics', async () => {
		const base = { start_date: isoDay(-1), end_date: isoDay(0) };
		expect((await call(sim, 'GET', `/pins/${pinId}/analytics`, { query: base })).status).toBe(400); // metric_types required
		const one = await call<Analytics<PinAnalyticsBlock>>(sim, 'GET', `/pins/${pinId}/analytics`, {
			query: { ...base, metric_types: 'IMPRESSION,TOTAL_COMMENTS' },
		});
		expect(one.status).toBe(200);
		expect(Object.keys(one.body.all.daily_metrics[0].metrics)).toEqual(['IMPRESSION']);
		expect(Object.keys(one.body.all.lifetime_metrics)).toEqual(['TOTAL_COMMENTS']);
		expect(
			(
				await call<ErrorBody>(sim, 'GET', '/pins/1234567890123456789/analytics', {
					query: { ...base, metric_types: 'IMPRESSION' },
				})
			).body.code,
		).toBe(50);
		const b = sim.addBoard({ name: 'c' });
		const p2 = sim.addPin({ board_id: b.id }).id;
		const multi = await call<Analytics<PinAnalyticsBlock>>(sim, 'GET', '/pins/analytics', {
			query: { ...base, pin_ids: [pinId, p2], metric_types: 'SAVE' },
		});
		expect(multi.status).toBe(200);
		expect(Object.keys(multi.body).sort()).toEqual([pinId, p2].sort());
		expect(
			(
				await call<ErrorBody>(sim, 'GET', '/pins/analytics', {
					query: { ...base, pin_ids: [pinId, '1'], metric_types: 'SAVE' },
				})
			).body.code,
		).toBe(50);
		const top = await call<TopPins>(sim, 'GET', '/user_account/analytics/top_pins', {
			query: { ...base, sort_by: 'SAVE', num_of_pins: 1 },
		});
		expect(top.status).toBe(200);
		expect(top.body.sort_by).toBe('SAVE');
		expect(top.body.pins).toHaveLength(1);
		expect(top.body.date_availability.is_realtime).toBe(false);
		expect(
			(await call(sim, 'GET', '/user_account/analytics/top_pins', { query: base })).status,
		).toBe(400);
		expect(
			(
				await call(sim, 'GET', '/user_account/analytics/top_pins', {
					query: { ...base, sort_by: 'SAVE', num_of_pins: 51 },
				})
			).status,
		).toBe(400);
		const vid = await call<TopPins>(sim, 'GET', '/user_account/analytics/top_video_pins', {
			query: { ...base, sort_by: 'VIDEO_START' },
		});
		expect(vid.body.pins).toEqual([]);
	});
});
