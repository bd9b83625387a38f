import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { warn } from '../../helpers/system';
import * as openapi from '../../../tools/simulator/openapi';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator, installAds } from '../../../tools/simulator';
import { openapiSkipNote } from '../../helpers/openapiNote';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Advertising against the simulator (ads extension)', () => {
	const sim: Simulator = createSimulator({ accessTokens: ['sim-ads-token'] });
	const ads = installAds(sim, { accessTokens: ['sim-ads-token'], reportPolls: 3 });
	let baseUrl = '';

	beforeAll(async () => {
		({ url: baseUrl } = await sim.start(0));
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => ads.reset());

	const credentials = () =>
		makeCredentials({ pinterestApi: tokenCredential(baseUrl, 'sim-ads-token') });

	it('daily campaign report: create → 3 polls → download (no token) → rows', async () => {
		const seeded = ads.seed();
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'report',
				operation: 'create',
				adAccount: rl(seeded.account.id),
				level: 'CAMPAIGN',
				dateRange: 'yesterday',
				granularity: 'DAY',
				columns: 'CAMPAIGN_ID,CAMPAIGN_NAME,SPEND_IN_DOLLAR,PAID_IMPRESSION',
				waitOptions: { pollInterval: 0.01 },
			},
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(ads.counters).toEqual({ reportPolls: 3, downloads: 1 });
		const report = Object.values(ads.state.reports)[0] as {
			downloadAuthorization: string | null;
			body: object;
		};
		expect(report.downloadAuthorization).toBeNull();
		expect(report.body).toMatchObject({
			level: 'CAMPAIGN',
			report_format: 'CSV',
			columns: ['CAMPAIGN_ID', 'CAMPAIGN_NAME', 'SPEND_IN_DOLLAR', 'PAID_IMPRESSION'],
		});
		// The simulator's report covers every campaign of the account, in creation order.
		expect(
			items.map((item) => [
				item.json.CAMPAIGN_ID,
				item.json.CAMPAIGN_NAME,
				item.json.SPEND_IN_DOLLAR,
				item.pairedItem,
			]),
		).toEqual([
			[seeded.campaigns[0].id, 'Spring sale', 10, { item: 0 }],
			[seeded.campaigns[1].id, 'Fall sale', 11, { item: 0 }],
			[expect.any(String), 'Old', 12, { item: 0 }],
		]);
	});

	it('pause ad groups: Get Many (Active and Paused by default) then Update Status per item', async () => {
		const seeded = ads.seed();
		const credentials_ = await credentials();
		const groups = await runNode(
			{
				authentication: 'accessToken',
				resource: 'adGroup',
				operation: 'getAll',
				adAccount: rl(seeded.account.id),
				returnAll: true,
				entityStatuses: ['ACTIVE', 'PAUSED'],
				filters: { campaignIds: seeded.campaigns[0].id },
			},
			{ credentials: credentials_ },
		);
		expect(groups.items.map((item) => item.json.name)).toEqual(['Shoes']);
		const paused = await runNode(
			{
				authentication: 'accessToken',
				resource: 'adGroup',
				operation: 'updateStatus',
				adAccount: rl(seeded.account.id),
				adGroup: rl('={{ $json.id }}'),
				status: 'PAUSED',
			},
			{ credentials: credentials_, input: groups.items.map(({ json }) => ({ json })) },
		);
		expect(paused.error).toBeUndefined();
		expect(paused.items).toEqual([
			{
				json: expect.objectContaining({ id: seeded.adGroup.id, status: 'PAUSED' }),
				pairedItem: { item: 0 },
			},
		]);
		expect(ads.state.adGroups.find((g) => g.id === seeded.adGroup.id)?.status).toBe('PAUSED');
	});

	it('catalog sync: feeds of the catalog, then ingest the feed', async () => {
		const seeded = ads.seed();
		const credentials_ = await credentials();
		const feeds = await runNode(
			{
				authentication: 'accessToken',
				resource: 'catalog',
				operation: 'getFeeds',
				options: { catalogId: seeded.catalog.id },
			},
			{ credentials: credentials_ },
		);
		expect(feeds.items.map((item) => item.json.id)).toEqual([seeded.feed.id]);
		const ingested = await runNode(
			{
				authentication: 'accessToken',
				resource: 'catalog',
				operation: 'ingestFeed',
				feed: rl(seeded.feed.id),
			},
			{ credentials: credentials_ },
		);
		expect(ingested.items).toEqual([
			{
				json: {
					id: expect.any(String),
					feed_id: seeded.feed.id,
					created_at: expect.any(String),
					status: 'PROCESSING',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('the extension answers what the official OpenAPI file describes', async () => {
		if (!openapi.specAvailable()) {
			warn(openapiSkipNote("the ads simulator's answers"));
			return;
		}
		const s = ads.seed();
		const a = s.account.id;
		const calls: Array<[string, string, string, unknown?]> = [
			['ad_accounts/list', 'GET', '/ad_accounts'],
			['ad_accounts/get', 'GET', `/ad_accounts/${a}`],
			['campaigns/list', 'GET', `/ad_accounts/${a}/campaigns`],
			['campaigns/get', 'GET', `/ad_accounts/${a}/campaigns/${s.campaigns[0].id}`],
			[
				'campaigns/update',
				'PATCH',
				`/ad_accounts/${a}/campaigns`,
				[{ id: s.campaigns[0].id, ad_account_id: a, status: 'PAUSED' }],
			],
			['ad_groups/list', 'GET', `/ad_accounts/${a}/ad_groups`],
			['ad_groups/get', 'GET', `/ad_accounts/${a}/ad_groups/${s.adGroup.id}`],
			[
				'ad_groups/update',
				'PATCH',
				`/ad_accounts/${a}/ad_groups`,
				[{ id: s.adGroup.id, status: 'PAUSED' }],
			],
			['ads/list', 'GET', `/ad_accounts/${a}/ads`],
			['ads/get', 'GET', `/ad_accounts/${a}/ads/${s.ad.id}`],
			['ads/update', 'PATCH', `/ad_accounts/${a}/ads`, [{ id: s.ad.id, status: 'PAUSED' }]],
			[
				'analytics/create_report',
				'POST',
				`/ad_accounts/${a}/reports`,
				{
					start_date: '2025-01-01',
					end_date: '2025-01-02',
					granularity: 'DAY',
					level: 'CAMPAIGN',
					columns: ['SPEND_IN_DOLLAR'],
				},
			],
			['catalogs/list', 'GET', '/catalogs'],
			['feeds/list', 'GET', '/catalogs/feeds'],
			['feeds/ingest', 'POST', `/catalogs/feeds/${s.feed.id}/ingest`],
			['catalogs_product_groups/list', 'GET', '/catalogs/product_groups'],
		];
		const headers = { authorization: 'Bearer sim-ads-token', 'content-type': 'application/json' };
		let token = '';
		for (const [operationId, method, path, body] of calls) {
			const response = await fetch(baseUrl + path, {
				method,
				headers,
				body: body ? JSON.stringify(body) : undefined,
			});
			const json = (await response.json()) as { token?: string };
			if (operationId === 'analytics/create_report') token = String(json.token);
			expect([
				operationId,
				openapi.validateResponse(operationId, response.status, json).errors ?? [],
			]).toEqual([operationId, []]);
		}
		for (let poll = 0; poll < 3; poll++) {
			const response = await fetch(`${baseUrl}/ad_accounts/${a}/reports?token=${token}`, {
				headers,
			});
			const json = await response.json();
			expect(
				openapi.validateResponse('analytics/get_report', response.status, json).errors ?? [],
			).toEqual([]);
		}
	});
});
