/* Simulator: pins (create with each media_source, limits, get, update, delete, save, list filters). */
import type { CallOptions, ErrorBody, Page, Sim } from './helpers';
import { call, carouselMedia, must, startSim } from './helpers';
import type { BoardView, MediaSource, PinView } from '../../tools/simulator';

const img = (url = 'https://example.com/a.jpg') => ({ source_type: 'image_url', url });

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
		// UTC without zone or fraction, as Pinterest writes it (REAL-API.md); ids grow with time.
		expect(b.body.created_at >= a.body.created_at).toBe(true);
		expect(b.body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		expect(BigInt(b.body.id) > BigInt(a.body.id)).toBe(true);
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
