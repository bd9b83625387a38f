import type { ErrorBody, Page, Sim } from './helpers';
import { call, collectAll, must, startSim } from './helpers';
import type { PinView, UserView } from '../../tools/simulator';

/** A pin of the partner search (a summary, not a PinView). */
interface PartnerPin {
	id: string;
	media: unknown;
}

describe('simulator: bookmark pagination', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	test('page_size bounds and type are validated with code 1', async () => {
		sim.seed({ followers: 3 });
		for (const bad of ['0', '251', '-1', '3e', 'abc', '']) {
			const res = await call<ErrorBody>(sim, 'GET', '/user_account/followers', {
				query: { page_size: bad },
			});
			if (bad === '') {
				expect(res.status).toBe(200);
				continue;
			}
			expect(res.status).toBe(400);
			expect(res.body.code).toBe(1);
			expect(res.body.message).toContain("Parameter 'page_size'");
		}
		expect(
			(await call<ErrorBody>(sim, 'GET', '/user_account/followers', { query: { page_size: '3e' } }))
				.body.message,
		).toBe("Parameter 'page_size' was not numeric (was 3e)");
		expect(
			(await call(sim, 'GET', '/user_account/followers', { query: { page_size: [1, 2] } })).status,
		).toBe(400);
		for (const ok of ['1', '250']) {
			expect(
				(await call(sim, 'GET', '/user_account/followers', { query: { page_size: ok } })).status,
			).toBe(200);
		}
	});

	test('default page size is 25, last page has bookmark null, newest first', async () => {
		sim.seed({ followers: 30 });
		const p1 = await call<Page<UserView>>(sim, 'GET', '/user_account/followers');
		expect(p1.body.items).toHaveLength(25);
		expect(p1.body.items[0]).toEqual({ type: 'user', username: 'follower_0030' });
		expect(typeof p1.body.bookmark).toBe('string');
		expect(p1.body.bookmark).not.toMatch(/^\d+$/);
		const p2 = await call<Page<UserView>>(sim, 'GET', '/user_account/followers', {
			query: { bookmark: must(p1.body.bookmark, 'bookmark of page 1') },
		});
		expect(p2.body.items).toHaveLength(5);
		expect(p2.body.items[4].username).toBe('follower_0001');
		expect(p2.body.bookmark).toBeNull();
		const exact = await call<Page<UserView>>(sim, 'GET', '/user_account/followers', {
			query: { page_size: 30 },
		});
		expect(exact.body.items).toHaveLength(30);
		expect(exact.body.bookmark).toBeNull();
		sim.reset();
		const empty = await call(sim, 'GET', '/user_account/followers');
		expect(empty.body).toEqual({ items: [], bookmark: null });
	});

	test('garbled, numeric or foreign bookmarks are rejected with 400 code 1', async () => {
		sim.seed({ boards: 1, pinsPerBoard: 3, followers: 3 });
		for (const bm of ['25', 'not a bookmark', 'eyJmb28iOjF9', '!!!']) {
			const res = await call<ErrorBody>(sim, 'GET', '/pins', { query: { bookmark: bm } });
			expect(res.status).toBe(400);
			expect(res.body.code).toBe(1);
		}
		const followersBm = must(
			(
				await call<Page<UserView>>(sim, 'GET', '/user_account/followers', {
					query: { page_size: 1 },
				})
			).body.bookmark,
			'followers bookmark',
		);
		expect((await call(sim, 'GET', '/pins', { query: { bookmark: followersBm } })).status).toBe(
			400,
		);
	});

	test('a 600-item chain returns each item exactly once at every page size', async () => {
		const b = sim.addBoard({ name: 'big' });
		for (let i = 0; i < 600; i++) sim.addPin({ board_id: b.id, title: `p${i}` });
		const ids = Object.keys(sim.state.pins).sort();
		for (const size of [250, 7]) {
			const { items, pages } = await collectAll<PinView>(sim, '/pins', { page_size: size });
			// +1: GET /pins gives a bookmark on its last page, then an empty page (REAL-API.md).
			expect(pages).toBe(Math.ceil(600 / size) + 1);
			expect(items).toHaveLength(600);
			expect(new Set(items.map((p) => p.id)).size).toBe(600);
			expect(items.map((p) => p.id).sort()).toEqual(ids);
			// Newest first: created_at never increases (whole seconds, so ties), ids strictly decrease.
			for (let i = 1; i < items.length; i++) {
				expect(items[i - 1].created_at >= items[i].created_at).toBe(true);
				expect(BigInt(items[i - 1].id) > BigInt(items[i].id)).toBe(true);
			}
		}
		const boardPins = await collectAll<PinView>(sim, `/boards/${b.id}/pins`, { page_size: 100 });
		expect(boardPins.items).toHaveLength(600);
	});

	test('bookmarks stay valid when items are inserted and removed between pages', async () => {
		for (let i = 0; i < 600; i++) sim.addFollower(`user_${String(i).padStart(3, '0')}`);
		const original = new Set(Object.values(sim.state.followers).map((u) => u.username));
		const removed: string[] = [];
		const { items } = await collectAll<UserView>(
			sim,
			'/user_account/followers',
			{ page_size: 50 },
			(page) => {
				// new followers arrive (newest first, so they sort before the cursor) ...
				for (let k = 0; k < 5; k++) sim.addFollower(`late_${page}_${k}`);
				// ... and one not-yet-seen follower leaves
				const victim = `user_${String(600 - 1 - page * 60).padStart(3, '0')}`;
				if (page * 60 < 600 && sim.removeFollower(victim)) removed.push(victim);
			},
		);
		const names = items.map((u) => u.username);
		expect(new Set(names).size).toBe(names.length); // no duplicates
		expect(names.filter((n) => n.startsWith('late_'))).toEqual([]); // inserted newer items are not replayed
		expect(removed.length).toBeGreaterThanOrEqual(9);
		expect([...names].sort()).toEqual([...original].filter((n) => !removed.includes(n)).sort());
	});

	test('search/pins ignores page_size (fixed 25) and partner search uses limit 1..50', async () => {
		const b = sim.addBoard({ name: 'b' });
		for (let i = 0; i < 30; i++)
			sim.addPin({ board_id: b.id, title: `Blue vase ${i}`, description: 'ceramic' });
		sim.addPin({ board_id: b.id, title: 'Red chair' });
		const p1 = await call<Page<PinView>>(sim, 'GET', '/search/pins', {
			query: { query: 'blue VASE', page_size: 5 },
		});
		expect(p1.body.items).toHaveLength(25);
		const p2 = await call<Page<PinView>>(sim, 'GET', '/search/pins', {
			query: { query: 'blue vase', bookmark: must(p1.body.bookmark, 'search bookmark') },
		});
		expect(p2.body.items).toHaveLength(5);
		// Search gives a bookmark on its last page too; it asks for an empty page (REAL-API.md).
		const p3 = await call<Page<PinView>>(sim, 'GET', '/search/pins', {
			query: { query: 'blue vase', bookmark: must(p2.body.bookmark, 'trailing bookmark') },
		});
		expect(p3.body).toEqual({ items: [], bookmark: null });
		const partner = await call<Page<PartnerPin>>(sim, 'GET', '/search/partner/pins', {
			query: { term: 'cats', country_code: 'US', limit: 3 },
		});
		expect(partner.status).toBe(200);
		expect(partner.body.items).toHaveLength(3);
		expect(partner.body.items[0]).toHaveProperty('media');
		expect(
			(
				await call(sim, 'GET', '/search/partner/pins', {
					query: { term: 'cats', country_code: 'US', limit: 51 },
				})
			).status,
		).toBe(400);
		const all = await collectAll<PartnerPin>(sim, '/search/partner/pins', {
			term: 'cats',
			country_code: 'US',
			limit: 50,
		});
		expect(new Set(all.items.map((p) => p.id)).size).toBe(all.items.length);
	});
});
