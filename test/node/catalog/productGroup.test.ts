/**
 * Product Group → Create, Get, Update, Delete through n8n-core's RoutingNode against the simulator:
 * filters built from the Conditions form plus raw JSON, exactly as sent; only the given fields on
 * update; { deleted: true, id } on delete.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { AdsSimulator, CatalogSeed, Simulator } from '../../../tools/simulator';
import { createSimulator, installAds } from '../../../tools/simulator';

const TOKEN = 'pina_groups1';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('the Product Group resource through RoutingNode', () => {
	const sim: Simulator = createSimulator({ accessTokens: [TOKEN] });
	const ads: AdsSimulator = installAds(sim);
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

	const run = async (parameters: IDataObject) =>
		await runNode(
			{ authentication: 'accessToken', resource: 'productGroup', ...parameters },
			{ credentials: await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) }) },
		);
	const lastBody = (method: string) =>
		sim.requests.filter((r) => r.method === method && r.path.includes('/product_groups')).pop()
			?.body;

	it('Create builds the filters from the form and the JSON, and returns the group', async () => {
		const { items, error } = await run({
			operation: 'create',
			name: 'Cheap acme shoes',
			feed: rl(seeded.feed.id),
			filterMatch: 'all_of',
			filterConditions: {
				conditions: [
					{ field: 'BRAND', values: 'acme, globex' },
					{ field: 'MAX_PRICE', values: '49.90', inclusion: false },
					{ field: 'CURRENCY', values: 'usd' },
					{ field: 'CUSTOM_LABEL_1', values: 'sale', operator: 'CONTAINS' },
					{ field: 'GENDER', values: 'female,unisex', negated: true },
				],
			},
			filtersJson: '[{"PRODUCT_TYPE_0": {"values": [["shoes", "sneakers"]]}}]',
			additionalFields: { description: 'For the summer campaign' },
		});
		expect(error).toBeUndefined();
		const filters = {
			all_of: [
				{ BRAND: { values: ['acme', 'globex'] } },
				{ MAX_PRICE: { values: 49.9, inclusion: false } },
				{ CURRENCY: { values: 'USD' } },
				{ CUSTOM_LABEL_1: { values: ['sale'], filter_operator_type: 'CONTAINS' } },
				{ GENDER: { values: ['FEMALE', 'UNISEX'], negated: true } },
				{ PRODUCT_TYPE_0: { values: [['shoes', 'sneakers']] } },
			],
		};
		expect(lastBody('POST')).toEqual({
			name: 'Cheap acme shoes',
			feed_id: seeded.feed.id,
			filters,
			description: 'For the summer campaign',
		});
		expect(items).toEqual([
			{
				json: expect.objectContaining({
					name: 'Cheap acme shoes',
					feed_id: seeded.feed.id,
					filters,
					type: 'MERCHANT_CREATED',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Create takes a whole filter object (any_of) from an expression', async () => {
		const filters = {
			any_of: [{ ITEM_ID: { values: ['sku-1'] } }, { MEDIA_TYPE: { values: ['VIDEO'] } }],
		};
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'productGroup',
				operation: 'create',
				name: 'Two items',
				feed: rl(seeded.feed.id),
				filtersJson: '={{ $json.filters }}',
			},
			{
				credentials: await makeCredentials({
					pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
				}),
				input: [{ json: { filters } }],
			},
		);
		expect(error).toBeUndefined();
		expect(lastBody('POST')).toEqual({ name: 'Two items', feed_id: seeded.feed.id, filters });
	});

	it('Get reads one group; Update sends only what is given; Delete returns { deleted: true, id }', async () => {
		const id = seeded.productGroup.id;
		const got = await run({ operation: 'get', productGroup: rl(id) });
		expect(got.items).toEqual([
			{ json: expect.objectContaining({ id, name: 'All products' }), pairedItem: { item: 0 } },
		]);

		const renamed = await run({
			operation: 'update',
			productGroup: rl(id),
			updateFields: { name: 'Everything' },
		});
		expect(renamed.error).toBeUndefined();
		expect(lastBody('PATCH')).toEqual({ name: 'Everything' });
		expect(renamed.items[0].json).toMatchObject({ id, name: 'Everything' });

		const refiltered = await run({
			operation: 'update',
			productGroup: rl(id),
			replaceFilters: true,
			filterMatch: 'any_of',
			filterConditions: { conditions: [{ field: 'AVAILABILITY', values: 'IN_STOCK' }] },
		});
		expect(refiltered.error).toBeUndefined();
		expect(lastBody('PATCH')).toEqual({
			filters: { any_of: [{ AVAILABILITY: { values: ['IN_STOCK'] } }] },
		});

		const deleted = await run({ operation: 'delete', productGroup: rl(id) });
		expect(deleted.items).toEqual([{ json: { deleted: true, id }, pairedItem: { item: 0 } }]);
		const gone = await run({ operation: 'get', productGroup: rl(id) });
		expect(gone.error?.message).toMatch(/^Pinterest 404 \(code 4180\)/);
		expect(String(gone.error?.description)).toContain(`product group ${id}`);
	});

	it('Update with nothing to change is refused before any request', async () => {
		const before = sim.requests.length;
		const { error } = await run({
			operation: 'update',
			productGroup: rl(seeded.productGroup.id),
			updateFields: {},
			replaceFilters: false,
		});
		expect(error?.message).toBe('Nothing to update');
		expect(sim.requests.length).toBe(before);
	});

	it.each([
		[
			'JSON that does not parse',
			{ filtersJson: '[{"BRAND": ' },
			/^More Filters \(JSON\) is not valid JSON$/,
		],
		[
			'an unknown filter key',
			{ filtersJson: '[{"COLOR": {"values": ["red"]}}]' },
			/unknown filter key "COLOR"/,
		],
		[
			'a criteria field Pinterest does not take',
			{ filtersJson: '[{"BRAND": {"values": ["a"], "inclusion": true}}]' },
			/BRAND does not take "inclusion"/,
		],
		[
			'a price that is not a number',
			{ filterConditions: { conditions: [{ field: 'MIN_PRICE', values: 'cheap' }] } },
			/^Condition 1 \(MIN_PRICE\): "cheap" is not a price$/,
		],
		[
			'an excluded currency',
			{ filterConditions: { conditions: [{ field: 'CURRENCY', values: 'USD', negated: true }] } },
			/^Condition 1 \(CURRENCY\) cannot be excluded$/,
		],
		['no filters at all', {}, /^Filters are empty$/],
		[
			'JSON any_of with Match all_of and form conditions',
			{
				filterConditions: { conditions: [{ field: 'BRAND', values: 'a' }] },
				filtersJson: '{"any_of": [{"ITEM_ID": {"values": ["x"]}}]}',
			},
			/uses "any_of" but Match is "all_of"/,
		],
	])('Create refuses %s before any request', async (_name, extra, message) => {
		const before = sim.requests.length;
		const { error } = await run({
			operation: 'create',
			name: 'Bad',
			feed: rl(seeded.feed.id),
			...extra,
		});
		expect(error?.message).toMatch(message);
		expect(sim.requests.length).toBe(before);
	});
});
