import type { AdsSimulator } from '../../tools/simulator';
import { installAds } from '../../tools/simulator';
import type { ErrorBody, Page, Sim } from './helpers';
import { call, collectAll, startSim } from './helpers';

interface Named {
	id: string;
	name: string;
	status?: string;
}

describe('simulator: catalog writes, processing runs and scopes (ads extension)', () => {
	let sim: Sim;
	let ads: AdsSimulator;
	beforeAll(async () => {
		sim = await startSim({ accessTokens: ['tok-1', 'tok-read'] });
		ads = installAds(sim, { tokenScopes: { 'tok-read': ['catalogs:read'] } });
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		ads.reset();
	});

	const feedBody = (name: string, location = 'https://shop.example.com/feed.csv') => ({
		name,
		format: 'CSV',
		location,
		default_country: 'US',
		default_locale: 'en-US',
	});

	test('a token without catalogs:write reads but may not write: 401 code 3', async () => {
		ads.addCatalog({ name: 'Shop' });
		const read = await call<Page<Named>>(sim, 'GET', '/catalogs/feeds', { token: 'tok-read' });
		expect(read.status).toBe(200);
		const write = await call<ErrorBody>(sim, 'POST', '/catalogs/feeds', {
			token: 'tok-read',
			body: feedBody('No'),
		});
		expect([write.status, write.body.code]).toEqual([401, 3]);
		expect(ads.state.feeds).toHaveLength(1);
		const adAccounts = await call<ErrorBody>(sim, 'GET', '/ad_accounts', { token: 'tok-read' });
		expect([adAccounts.status, adAccounts.body.code]).toEqual([401, 3]);
	});

	test('a new feed is processed: PROCESSING, then COMPLETED on the second read; unreachable ones fail', async () => {
		const ok = await call<Named>(sim, 'POST', '/catalogs/feeds', { body: feedBody('A') });
		expect(ok.status).toBe(201);
		const bad = await call<Named>(sim, 'POST', '/catalogs/feeds', {
			body: feedBody('B', 'ftp://files.example.com/unreachable/feed.csv'),
		});
		const runs = async (id: string) =>
			(await call<Page<Named>>(sim, 'GET', `/catalogs/feeds/${id}/processing_results`)).body.items;
		expect((await runs(ok.body.id)).map((r) => r.status)).toEqual(['PROCESSING']);
		expect((await runs(ok.body.id)).map((r) => r.status)).toEqual(['COMPLETED']);
		await runs(bad.body.id);
		expect((await runs(bad.body.id)).map((r) => r.status)).toEqual(['FAILED']);
		await call(sim, 'POST', `/catalogs/feeds/${ok.body.id}/ingest`);
		expect((await runs(ok.body.id)).map((r) => r.status)).toEqual(['PROCESSING', 'COMPLETED']);
	});

	test('deleted feeds and groups leave the lists, and bookmarks keep working', async () => {
		const created: Named[] = [];
		for (const name of ['F1', 'F2', 'F3', 'F4'])
			created.push(
				(await call<Named>(sim, 'POST', '/catalogs/feeds', { body: feedBody(name) })).body,
			);
		const first = await call<Page<Named>>(sim, 'GET', '/catalogs/feeds', {
			query: { page_size: 2 },
		});
		expect(first.body.items.map((f) => f.name)).toEqual(['F1', 'F2']);
		expect((await call(sim, 'DELETE', `/catalogs/feeds/${created[0].id}`)).status).toBe(204);
		const next = await call<Page<Named>>(sim, 'GET', '/catalogs/feeds', {
			query: { page_size: 2, bookmark: first.body.bookmark ?? '' },
		});
		expect(next.body.items.map((f) => f.name)).toEqual(['F3', 'F4']);
		const all = await collectAll<Named>(sim, '/catalogs/feeds', { page_size: 1 });
		expect(all.items.map((f) => f.name)).toEqual(['F2', 'F3', 'F4']);
		const gone = await call<ErrorBody>(sim, 'GET', `/catalogs/feeds/${created[0].id}`);
		expect([gone.status, gone.body.code]).toEqual([404, 4161]);
	});

	test('product groups: duplicates refused, filters checked', async () => {
		const feed = (await call<Named>(sim, 'POST', '/catalogs/feeds', { body: feedBody('F') })).body;
		const group = (name: string, filters: unknown) =>
			call<ErrorBody & Named>(sim, 'POST', '/catalogs/product_groups', {
				body: { name, feed_id: feed.id, filters },
			});
		const brand = { all_of: [{ BRAND: { values: ['acme'] } }] };
		expect((await group('G', brand)).status).toBe(201);
		expect((await group('G', { any_of: [{ ITEM_ID: { values: ['1'] } }] })).body.code).toBe(4179);
		expect((await group('H', brand)).body.code).toBe(4178);
		expect((await group('I', { all_of: [] })).body.code).toBe(4183);
		expect((await group('J', { all_of: [{ brand: {} }] })).body.code).toBe(4183);
	});
});
