import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_catalog_test_token';
const ACCOUNT = '549755885175';
const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

describe('Catalog, Audience, Keyword, Conversion Tag and Customer List through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const params = (resource: string, operation: string, extra: Record<string, unknown> = {}) => ({
		authentication: 'accessToken',
		resource,
		operation,
		...extra,
	});
	const paired = (...objects: object[]) =>
		objects.map((json) => ({ json, pairedItem: { item: 0 } }));

	it('Catalog → Get Many lists /catalogs, with the Business ad account when set', async () => {
		nock(BASE)
			.get('/catalogs')
			.query({ ad_account_id: ACCOUNT, page_size: 2 })
			.reply(200, {
				items: [
					{ id: '1', name: 'Shop' },
					{ id: '2', name: 'Hotels' },
				],
				bookmark: 'more',
			});
		const { items } = await runNode(
			params('catalog', 'getAll', { limit: 2, options: { adAccountId: ACCOUNT } }),
			{
				credentials: await token(),
			},
		);
		expect(items).toEqual(paired({ id: '1', name: 'Shop' }, { id: '2', name: 'Hotels' }));
	});

	it('Catalog → Get Feeds and Get Product Groups filter by catalog and feed', async () => {
		const credentials = await token();
		nock(BASE)
			.get('/catalogs/feeds')
			.query({ catalog_id: '77', page_size: 250 })
			.reply(200, { items: [{ id: '5', name: 'Main feed' }], bookmark: null });
		const feeds = await runNode(
			params('catalog', 'getFeeds', { returnAll: true, options: { catalogId: '77' } }),
			{ credentials },
		);
		expect(feeds.items).toEqual(paired({ id: '5', name: 'Main feed' }));
		nock(BASE)
			.get('/catalogs/product_groups')
			.query({ feed_id: '5', page_size: 50 })
			.reply(200, { items: [{ id: '8', name: 'Shoes' }], bookmark: null });
		const groups = await runNode(
			params('catalog', 'getProductGroups', { options: { feedId: '5' } }),
			{ credentials },
		);
		expect(groups.items).toEqual(paired({ id: '8', name: 'Shoes' }));
	});

	it('Catalog → Get Products lists the products of a product group, with pin metrics', async () => {
		nock(BASE)
			.get('/catalogs/product_groups/8/products')
			.query({ pin_metrics: 'true', page_size: 50 })
			.reply(200, {
				items: [{ metadata: { item_id: 'sku-1' }, pin: { id: '99' } }],
				bookmark: null,
			});
		const { items } = await runNode(
			params('catalog', 'getProducts', {
				productGroup: rl('8', 'list'),
				options: { pinMetrics: true },
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual(paired({ metadata: { item_id: 'sku-1' }, pin: { id: '99' } }));
	});

	it('Catalog → Ingest Feed POSTs /catalogs/feeds/{id}/ingest; Get Feed Processing Results lists runs', async () => {
		const credentials = await token();
		const ingestion = {
			id: '300',
			feed_id: '5',
			created_at: '2025-05-01T10:00:00Z',
			status: 'PROCESSING',
		};
		nock(BASE).post('/catalogs/feeds/5/ingest').reply(200, ingestion);
		const ingested = await runNode(params('catalog', 'ingestFeed', { feed: rl('5') }), {
			credentials,
		});
		expect(ingested.items).toEqual(paired(ingestion));
		nock(BASE)
			.get('/catalogs/feeds/5/processing_results')
			.query({ page_size: 10 })
			.reply(200, { items: [{ id: '301', status: 'COMPLETED' }], bookmark: null });
		const results = await runNode(
			params('catalog', 'getFeedProcessingResults', { feed: rl('5'), limit: 10 }),
			{ credentials },
		);
		expect(results.items).toEqual(paired({ id: '301', status: 'COMPLETED' }));
	});

	it('a catalog 403 names the catalogs scope', async () => {
		nock(BASE).post('/catalogs/feeds/5/ingest').reply(403, { code: 3, message: 'Not authorized.' });
		const { error } = await runNode(params('catalog', 'ingestFeed', { feed: rl('5') }), {
			credentials: await token(),
		});
		expect(error?.description).toContain('This operation needs the catalogs:write scope.');
	});

	it('Audience → Get Many (ownership filter) and Get', async () => {
		const credentials = await token();
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/audiences`)
			.query({ ownership_type: 'RECEIVED', page_size: 50 })
			.reply(200, { items: [{ id: '41', name: 'Visitors' }], bookmark: null });
		const many = await runNode(
			params('audience', 'getAll', {
				adAccount: rl(ACCOUNT),
				filters: { ownershipType: 'RECEIVED' },
			}),
			{ credentials },
		);
		expect(many.items).toEqual(paired({ id: '41', name: 'Visitors' }));
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/audiences/41`)
			.reply(200, { id: '41', name: 'Visitors' });
		const one = await runNode(
			params('audience', 'get', { adAccount: rl(ACCOUNT), audienceId: '41' }),
			{ credentials },
		);
		expect(one.items).toEqual(paired({ id: '41', name: 'Visitors' }));
	});

	it('Keyword → Get Many with ad group and match type filters', async () => {
		let raw = '';
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/keywords`)
			.query({ ad_group_id: '21', match_types: ['EXACT', 'PHRASE'], page_size: 50 })
			.reply(function (uri) {
				raw = uri;
				return [
					200,
					{ items: [{ id: '51', value: 'shoes', match_type: 'EXACT' }], bookmark: null },
				];
			});
		const { items } = await runNode(
			params('keyword', 'getAll', {
				adAccount: rl(ACCOUNT),
				filters: { adGroupId: '21', matchTypes: ['EXACT', 'PHRASE'] },
			}),
			{ credentials: await token() },
		);
		expect(raw).toContain('match_types=EXACT&match_types=PHRASE');
		expect(items).toEqual(paired({ id: '51', value: 'shoes', match_type: 'EXACT' }));
	});

	it('Conversion Tag → Get Many is one request without page_size; Get reads one tag', async () => {
		const credentials = await token();
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/conversion_tags`)
			.query({ filter_deleted: 'true' })
			.reply(200, {
				items: [
					{ id: '61', name: 'Tag' },
					{ id: '62', name: 'Old' },
				],
			});
		const many = await runNode(
			params('conversionTag', 'getAll', {
				adAccount: rl(ACCOUNT),
				limit: 1,
				filters: { filterDeleted: true },
			}),
			{ credentials },
		);
		expect(many.items).toEqual(paired({ id: '61', name: 'Tag' }));
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/conversion_tags/61`)
			.reply(200, { id: '61', name: 'Tag' });
		const one = await runNode(
			params('conversionTag', 'get', { adAccount: rl(ACCOUNT), conversionTagId: '61' }),
			{ credentials },
		);
		expect(one.items).toEqual(paired({ id: '61', name: 'Tag' }));
	});

	it('Customer List → Get Many (order) and Get; a bad ID fails before any request and is paired under Continue On Fail', async () => {
		const credentials = await token();
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/customer_lists`)
			.query({ order: 'DESCENDING', page_size: 50 })
			.reply(200, { items: [{ id: '71', name: 'Buyers' }], bookmark: null });
		const many = await runNode(
			params('customerList', 'getAll', {
				adAccount: rl(ACCOUNT),
				filters: { order: 'DESCENDING' },
			}),
			{ credentials },
		);
		expect(many.items).toEqual(paired({ id: '71', name: 'Buyers' }));
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/customer_lists/71`)
			.reply(200, { id: '71', name: 'Buyers' });
		const one = await runNode(
			params('customerList', 'get', { adAccount: rl(ACCOUNT), customerListId: '={{ $json.id }}' }),
			{
				credentials,
				continueOnFail: true,
				input: [{ json: { id: 'list-71' } }, { json: { id: '71' } }],
			},
		);
		expect(one.items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: 'Customer List ID must contain digits only' }, { item: 0 }],
			[{ id: '71', name: 'Buyers' }, { item: 1 }],
		]);
	});
});
