/* Simulator: demo data, followers and following, interests, search. */
import type { ErrorBody, Page, Sim } from './helpers';
import { call, imageMedia, startSim } from './helpers';
import type {
	AccountView,
	BoardView,
	InterestView,
	PinView,
	SectionView,
	UserView,
} from '../../tools/simulator';

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
