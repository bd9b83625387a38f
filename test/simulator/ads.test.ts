import type { AdsSimulator, Campaign } from '../../tools/simulator';
import { installAds } from '../../tools/simulator';
import type { ErrorBody, Page, Sim } from './helpers';
import { call, collectAll, startSim } from './helpers';

describe('simulator: ads lists page with the shared paginator', () => {
	let sim: Sim;
	let ads: AdsSimulator;
	let accountId: string;
	beforeAll(async () => {
		sim = await startSim();
		ads = installAds(sim, { accessTokens: ['tok-1'] });
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		ads.reset();
		accountId = ads.addAdAccount({ name: 'Shop' }).id;
		for (let i = 0; i < 7; i++) ads.addCampaign(accountId, { name: `C${i}` });
	});
	const campaigns = () => `/ad_accounts/${accountId}/campaigns`;
	const names = (items: Campaign[]) => items.map((c) => c.name);

	test('bookmarks walk the list in the order campaigns were added, and backwards with DESCENDING', async () => {
		const up = await collectAll<Campaign>(sim, campaigns(), { page_size: 3 });
		expect(up.pages).toBe(3);
		expect(names(up.items)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
		const down = await collectAll<Campaign>(sim, campaigns(), {
			page_size: 2,
			order: 'DESCENDING',
		});
		expect(down.pages).toBe(4);
		expect(names(down.items)).toEqual(['C6', 'C5', 'C4', 'C3', 'C2', 'C1', 'C0']);
	});

	test('a bookmark stays valid when the last item of the page drops out of the filter', async () => {
		const first = await call<Page<Campaign>>(sim, 'GET', campaigns(), { query: { page_size: 3 } });
		expect(names(first.body.items)).toEqual(['C0', 'C1', 'C2']);
		ads.state.campaigns[2].status = 'ARCHIVED';
		ads.addCampaign(accountId, { name: 'C7' });
		const bookmark = first.body.bookmark ?? '';
		const next = await call<Page<Campaign>>(sim, 'GET', campaigns(), {
			query: { page_size: 3, bookmark },
		});
		expect(next.status).toBe(200);
		expect(names(next.body.items)).toEqual(['C3', 'C4', 'C5']);
	});

	test('bad page_size and bookmarks of another list, of another order or garbled answer 400 code 1', async () => {
		for (const pageSize of ['0', '251', 'x']) {
			const res = await call<ErrorBody>(sim, 'GET', campaigns(), {
				query: { page_size: pageSize },
			});
			expect(res.status).toBe(400);
			expect(res.body.code).toBe(1);
			expect(res.body.message).toContain("Parameter 'page_size'");
		}
		const first = await call<Page<Campaign>>(sim, 'GET', campaigns(), { query: { page_size: 2 } });
		const bookmark = first.body.bookmark ?? '';
		const cases: Array<[string, Record<string, string>]> = [
			[`/ad_accounts/${accountId}/ad_groups`, { bookmark }],
			[campaigns(), { bookmark, order: 'DESCENDING' }],
			[campaigns(), { bookmark: 'Mg' }],
			[campaigns(), { bookmark: '!!' }],
			['/catalogs', { bookmark }],
		];
		for (const [path, query] of cases) {
			const res = await call<ErrorBody>(sim, 'GET', path, { query });
			expect(res.status).toBe(400);
			expect(res.body.code).toBe(1);
			expect(res.body.message).toMatch(/^Invalid bookmark/);
		}
		const empty = await call<Page<Campaign>>(sim, 'GET', campaigns(), { query: { bookmark: '' } });
		expect(empty.body.items).toHaveLength(7);
		expect(empty.body.bookmark).toBeNull();
	});

	test('catalogs, feeds and product groups page the same way', async () => {
		for (let i = 0; i < 3; i++) ads.addCatalog({ name: `Cat${i}` });
		const catalogs = await collectAll<{ name: string }>(sim, '/catalogs', { page_size: 2 });
		expect(catalogs.items.map((c) => c.name)).toEqual(['Cat0', 'Cat1', 'Cat2']);
		expect(catalogs.pages).toBe(2);
		const feeds = await collectAll(sim, '/catalogs/feeds', { page_size: 1 });
		expect(feeds.pages).toBe(3);
		const groups = await collectAll(sim, '/catalogs/product_groups', { page_size: 250 });
		expect(groups.items).toHaveLength(3);
		expect(groups.pages).toBe(1);
	});
});
