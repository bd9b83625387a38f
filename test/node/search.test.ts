import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_search_test_token';

const pin = (id: string) => ({ id, title: `pin ${id}` });

describe('Search resource through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const search = (parameters: Record<string, unknown>) => ({
		authentication: 'accessToken',
		resource: 'search',
		...parameters,
	});

	it('Search My Pins sends the query without page_size, follows the bookmark and stops at the Limit', async () => {
		nock(BASE)
			.get('/search/pins')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ query: 'plants' })
			.reply(200, { items: [pin('1'), pin('2')], bookmark: 'b1' });
		nock(BASE)
			.get('/search/pins')
			.query({ query: 'plants', bookmark: 'b1' })
			.reply(200, { items: [pin('3'), pin('4')], bookmark: 'b2' });
		const { items, error } = await runNode(
			search({ operation: 'searchPins', query: 'plants', returnAll: false, limit: 3 }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual(
			['1', '2', '3'].map((id) => ({ json: pin(id), pairedItem: { item: 0 } })),
		);
	});

	it('Search My Pins refuses an empty query before any request', async () => {
		const { error } = await runNode(search({ operation: 'searchPins', query: '={{ "" }}' }), {
			credentials: await token(),
		});
		expect(error?.message).toBe('Query is empty');
	});

	it('Search My Boards leaves an empty query out and sends the limit as page_size', async () => {
		const board = { id: '9007199254740993777', name: 'Recipes', privacy: 'SECRET' };
		nock(BASE)
			.get('/search/boards')
			.query({ page_size: 50 })
			.reply(200, { items: [board], bookmark: null });
		const { items } = await runNode(
			search({ operation: 'searchBoards', query: '', returnAll: false, limit: 50 }),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: board, pairedItem: { item: 0 } }]);
	});

	it('Search My Boards with a query and Return All', async () => {
		nock(BASE)
			.get('/search/boards')
			.query({ query: 'cakes', page_size: 250 })
			.reply(200, { items: [{ id: '1' }], bookmark: 'n' });
		nock(BASE)
			.get('/search/boards')
			.query({ query: 'cakes', page_size: 250, bookmark: 'n' })
			.reply(200, { items: [{ id: '2' }], bookmark: null });
		const { items } = await runNode(
			search({ operation: 'searchBoards', query: 'cakes', returnAll: true }),
			{ credentials: await token() },
		);
		expect(items).toEqual([
			{ json: { id: '1' }, pairedItem: { item: 0 } },
			{ json: { id: '2' }, pairedItem: { item: 0 } },
		]);
	});

	it('Search Partner Pins sends term, upper-cased country_code, locale, and pages with limit 50 then the rest', async () => {
		const page = (from: number, n: number) =>
			Array.from({ length: n }, (_, k) => pin(String(from + k)));
		nock(BASE)
			.get('/search/partner/pins')
			.query({ term: 'summer dresses', country_code: 'DE', locale: 'de-DE', limit: 50 })
			.reply(200, { items: page(0, 50), bookmark: 'p2' });
		nock(BASE)
			.get('/search/partner/pins')
			.query({
				term: 'summer dresses',
				country_code: 'DE',
				locale: 'de-DE',
				limit: 10,
				bookmark: 'p2',
			})
			.reply(200, { items: page(50, 10), bookmark: 'p3' });
		const { items, error } = await runNode(
			search({
				operation: 'searchPartnerPins',
				term: 'summer dresses',
				countryCode: 'de',
				returnAll: false,
				limit: 60,
				options: { locale: 'de-DE' },
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(60);
		expect(items[0]).toEqual({ json: pin('0'), pairedItem: { item: 0 } });
		expect(items[59]).toEqual({ json: pin('59'), pairedItem: { item: 0 } });
	});

	it('with Continue On Fail, a bad country code becomes a paired error and the other items go on', async () => {
		nock(BASE)
			.get('/search/partner/pins')
			.query({ term: 'lamps', country_code: 'US', limit: 1 })
			.reply(200, { items: [pin('7')], bookmark: null });
		nock(BASE)
			.get('/search/partner/pins')
			.query({ term: 'lamps', country_code: 'FR', limit: 1 })
			.reply(200, { items: [pin('8')], bookmark: null });
		const input = ['us', 'USA', 'fr'].map((country) => ({ json: { country } }));
		const { items, error } = await runNode(
			search({
				operation: 'searchPartnerPins',
				term: 'lamps',
				countryCode: '={{ $json.country }}',
				returnAll: false,
				limit: 1,
			}),
			{ credentials: await token(), input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json, i.pairedItem])).toEqual([
			[pin('7'), { item: 0 }],
			[{ error: 'Country Code "USA" is not a two-letter code' }, { item: 1 }],
			[pin('8'), { item: 2 }],
		]);
	});
});
