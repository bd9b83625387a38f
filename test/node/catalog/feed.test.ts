/**
 * Catalog → Create and Feed → Create, Get, Update, Delete through n8n-core's RoutingNode against
 * the simulator (ads extension): the exact request, the output paired with its item, the feed
 * password kept out of every output, only the given fields on update, the catalogs:write scope.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type {
	AdsSimulator,
	CatalogSeed,
	RequestLogEntry,
	Simulator,
} from '../../../tools/simulator';
import { createSimulator, installAds } from '../../../tools/simulator';

// Fake test values: long enough for the secrets check, not shaped like real tokens.
const TOKEN = 'pina_feeds1';
const READ_ONLY = 'pina_feedsro1';
const PASSWORD = 'feed-pass-7731';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Catalog → Create and the Feed resource through RoutingNode', () => {
	const sim: Simulator = createSimulator({ accessTokens: [TOKEN, READ_ONLY] });
	const ads: AdsSimulator = installAds(sim, {
		tokenScopes: { [READ_ONLY]: ['catalogs:read', 'user_accounts:read'] },
	});
	let seeded: CatalogSeed;

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		ads.reset();
		seeded = ads.addCatalog({ name: 'Shop' });
	});

	// The feed location's login lives in its own credential, next to the Pinterest one.
	const run = async (parameters: IDataObject, token = TOKEN) =>
		await runNode(
			{ authentication: 'accessToken', ...parameters },
			{
				credentials: await makeCredentials({
					pinterestApi: tokenCredential(sim.baseUrl, token),
					pinterestFeedLocationApi: { username: 'shop', password: PASSWORD },
				}),
			},
		);
	const sent = (method: string, path: RegExp): RequestLogEntry[] =>
		sim.requests.filter((r) => r.method === method && path.test(r.path));

	it('Catalog → Create POSTs the name and type and returns the catalog', async () => {
		const before = sim.requests.length;
		const { items, error } = await run({
			resource: 'catalog',
			operation: 'create',
			name: 'Hotels',
			catalogType: 'HOTEL',
		});
		expect(error).toBeUndefined();
		const [request] = sim.requests.slice(before);
		expect([request.method, request.path, request.body]).toEqual([
			'POST',
			'/v5/catalogs',
			{ name: 'Hotels', catalog_type: 'HOTEL' },
		]);
		expect(items).toEqual([
			{
				json: expect.objectContaining({ name: 'Hotels', catalog_type: 'HOTEL' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Feed → Create sends every field checked and shaped, and never outputs the password', async () => {
		const before = sim.requests.length;
		const { items, error } = await run({
			resource: 'feed',
			operation: 'create',
			catalogType: 'RETAIL',
			name: 'Main feed',
			format: 'XML',
			location: 'sftp://files.example.com/products.xml',
			defaultCountry: 'de',
			defaultLocale: 'de',
			protectedLocation: true,
			additionalFields: {
				defaultAvailability: 'PREORDER',
				defaultCurrency: 'eur',
				processingTime: '2:05',
				processingTimezone: 'europe/berlin',
				status: 'INACTIVE',
			},
		});
		expect(error).toBeUndefined();
		const [request] = sim.requests.slice(before);
		expect([request.method, request.path]).toEqual(['POST', '/v5/catalogs/feeds']);
		expect(request.body).toEqual({
			catalog_type: 'RETAIL',
			name: 'Main feed',
			format: 'XML',
			location: 'sftp://files.example.com/products.xml',
			default_availability: 'PREORDER',
			default_currency: 'EUR',
			preferred_processing_schedule: { time: '02:05', timezone: 'Europe/Berlin' },
			status: 'INACTIVE',
			default_country: 'DE',
			default_locale: 'de',
			credentials: { username: 'shop', password: PASSWORD },
		});
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			name: 'Main feed',
			catalog_type: 'RETAIL',
			credentials: { username: 'shop' },
		});
		expect(JSON.stringify(items)).not.toContain(PASSWORD);
		const feedId = String(items[0].json.id);

		// The password stays out of Get, Update and Catalog → Get Feeds as well.
		const got = await run({ resource: 'feed', operation: 'get', feed: rl(feedId) });
		expect(got.items[0].json).toMatchObject({ id: feedId, credentials: { username: 'shop' } });
		const updated = await run({
			resource: 'feed',
			operation: 'update',
			feed: rl(feedId),
			updateFields: { name: 'Main feed (DE)' },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Main feed (DE)', status: 'INACTIVE' });
		const listed = await run({ resource: 'catalog', operation: 'getFeeds', returnAll: true });
		expect(listed.items.map((item) => item.json.name)).toEqual(['Shop feed', 'Main feed (DE)']);
		for (const output of [got.items, updated.items, listed.items])
			expect(JSON.stringify(output)).not.toContain(PASSWORD);
	});

	it('Feed → Create of a hotel feed sends no country; Get reads one feed', async () => {
		const { items, error } = await run({
			resource: 'feed',
			operation: 'create',
			catalogType: 'HOTEL',
			name: 'Hotel feed',
			format: 'CSV',
			location: 'https://example.com/hotels.csv',
			defaultCountry: 'US',
			defaultLocale: 'en-GB',
		});
		expect(error).toBeUndefined();
		expect(sent('POST', /^\/v5\/catalogs\/feeds$/).pop()?.body).toEqual({
			catalog_type: 'HOTEL',
			name: 'Hotel feed',
			format: 'CSV',
			location: 'https://example.com/hotels.csv',
			default_locale: 'en-GB',
		});
		const got = await run({
			resource: 'feed',
			operation: 'get',
			feed: rl(String(items[0].json.id)),
		});
		expect(got.items).toEqual([
			{ json: expect.objectContaining({ catalog_type: 'HOTEL' }), pairedItem: { item: 0 } },
		]);
	});

	it('Feed → Update sends only the fields given (with the catalog type Pinterest reads it by)', async () => {
		const { items, error } = await run({
			resource: 'feed',
			operation: 'update',
			feed: rl(seeded.feed.id),
			updateFields: { location: 'https://example.com/new.csv', defaultCurrency: 'GBP' },
		});
		expect(error).toBeUndefined();
		expect(sent('PATCH', /^\/v5\/catalogs\/feeds\/\d+$/).pop()?.body).toEqual({
			catalog_type: 'RETAIL',
			location: 'https://example.com/new.csv',
			default_currency: 'GBP',
		});
		expect(items[0].json).toMatchObject({
			id: seeded.feed.id,
			location: 'https://example.com/new.csv',
			default_currency: 'GBP',
			name: 'Shop feed',
		});
	});

	it('Feed → Update with Protected Location alone sends the login of the credential', async () => {
		const { items, error } = await run({
			resource: 'feed',
			operation: 'update',
			feed: rl(seeded.feed.id),
			protectedLocation: true,
		});
		expect(error).toBeUndefined();
		expect(sent('PATCH', /^\/v5\/catalogs\/feeds\/\d+$/).pop()?.body).toEqual({
			catalog_type: 'RETAIL',
			credentials: { username: 'shop', password: PASSWORD },
		});
		expect(items[0].json.credentials).toEqual({ username: 'shop' });
	});

	it('Feed → Update with nothing to change is refused before any request', async () => {
		const before = sim.requests.length;
		const { error } = await run({
			resource: 'feed',
			operation: 'update',
			feed: rl(seeded.feed.id),
			updateFields: {},
		});
		expect(error?.message).toBe('Nothing to update');
		expect(sim.requests.length).toBe(before);
	});

	it('Feed → Delete returns { deleted: true, id } and the feed is gone', async () => {
		const { items, error } = await run({
			resource: 'feed',
			operation: 'delete',
			feed: rl(seeded.feed.id),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { deleted: true, id: seeded.feed.id }, pairedItem: { item: 0 } },
		]);
		const again = await run({ resource: 'feed', operation: 'get', feed: rl(seeded.feed.id) });
		expect(again.error?.message).toMatch(/^Pinterest 404 \(code 4161\)/);
		expect(String(again.error?.description)).toContain(`catalog feed ${seeded.feed.id}`);
	});

	it('a token without catalogs:write is refused by Pinterest (401, code 3) and the error names the scopes', async () => {
		const { error } = await run(
			{ resource: 'feed', operation: 'delete', feed: rl(seeded.feed.id) },
			READ_ONLY,
		);
		expect(error?.message).toMatch(/^Pinterest 401 \(code 3\)/);
		expect(String(error?.description)).toContain(
			'This operation needs the catalogs:read, catalogs:write scopes.',
		);
		// Reads still work with the read scope, and nothing was deleted.
		const { items } = await run(
			{ resource: 'feed', operation: 'get', feed: rl(seeded.feed.id) },
			READ_ONLY,
		);
		expect(items[0].json.id).toBe(seeded.feed.id);
		const created = await run(
			{ resource: 'catalog', operation: 'create', name: 'No', catalogType: 'RETAIL' },
			READ_ONLY,
		);
		expect(String(created.error?.description)).toContain('needs the catalogs:write scope.');
	});

	it('Catalog → Get Feed Processing Results shows a new feed PROCESSING, then COMPLETED', async () => {
		const { items } = await run({
			resource: 'feed',
			operation: 'create',
			name: 'Fresh feed',
			format: 'CSV',
			location: 'https://example.com/fresh.csv',
			defaultCountry: 'US',
			defaultLocale: 'en-US',
		});
		const feed = rl(String(items[0].json.id));
		const read = async () =>
			(await run({ resource: 'catalog', operation: 'getFeedProcessingResults', feed, limit: 1 }))
				.items;
		expect((await read()).map((item) => item.json.status)).toEqual(['PROCESSING']);
		const done = await read();
		expect(done[0].json).toMatchObject({
			status: 'COMPLETED',
			product_counts: { original: 12, ingested: 12 },
		});
	});
});
