import nock from 'nock';

import { loadOptionsContext, makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { searchBoards, searchSections } from '../../nodes/Pinterest/methods/listSearch';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_section_test_token';
const BOARD = { __rl: true, mode: 'id', value: '500' };
const SECTION = { __rl: true, mode: 'id', value: '600' };

describe('Board Section resource through RoutingNode', () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const params = (operation: string, extra: Record<string, unknown> = {}) => ({
		authentication: 'accessToken',
		resource: 'boardSection',
		operation,
		board: BOARD,
		...extra,
	});

	it('creates a section with its name', async () => {
		nock(BASE)
			.post('/boards/500/sections', { name: 'Desserts' })
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(201, { id: '600', name: 'Desserts' });
		const { items } = await runNode(params('create', { name: 'Desserts' }), {
			credentials: await credentials(),
		});
		expect(items).toEqual([{ json: { id: '600', name: 'Desserts' }, pairedItem: { item: 0 } }]);
	});

	it('lists sections with Return All across pages', async () => {
		nock(BASE)
			.get('/boards/500/sections')
			.query({ page_size: 250 })
			.reply(200, { items: [{ id: '1', name: 'a' }], bookmark: 'n' });
		nock(BASE)
			.get('/boards/500/sections')
			.query({ page_size: 250, bookmark: 'n' })
			.reply(200, { items: [{ id: '2', name: 'b' }], bookmark: null });
		const { items } = await runNode(params('getAll', { returnAll: true }), {
			credentials: await credentials(),
		});
		expect(items.map((i) => i.json.id)).toEqual(['1', '2']);
	});

	it('renames, lists pins of and deletes a section', async () => {
		nock(BASE)
			.patch('/boards/500/sections/600', { name: 'Cakes' })
			.reply(200, { id: '600', name: 'Cakes' });
		nock(BASE)
			.get('/boards/500/sections/600/pins')
			.query({ page_size: 2 })
			.reply(200, { items: [{ id: '7' }, { id: '8' }], bookmark: 'more' });
		nock(BASE).delete('/boards/500/sections/600').reply(204);
		const c = await credentials();
		const renamed = await runNode(params('update', { section: SECTION, name: 'Cakes' }), {
			credentials: c,
		});
		expect(renamed.items[0].json).toEqual({ id: '600', name: 'Cakes' });
		const pins = await runNode(
			params('getPins', { section: SECTION, returnAll: false, limit: 2 }),
			{ credentials: c },
		);
		expect(pins.items.map((i) => i.json.id)).toEqual(['7', '8']);
		const deleted = await runNode(params('delete', { section: SECTION }), { credentials: c });
		expect(deleted.items).toEqual([
			{ json: { deleted: true, id: '600' }, pairedItem: { item: 0 } },
		]);
	});

	it('resolves a section URL on its board', async () => {
		nock(BASE)
			.get('/boards/500/sections')
			.query({ page_size: 250 })
			.reply(200, {
				items: [
					{ id: '601', name: 'Main Dishes' },
					{ id: '602', name: 'Sides' },
				],
				bookmark: null,
			});
		nock(BASE).delete('/boards/500/sections/601').reply(204);
		const { items } = await runNode(
			params('delete', {
				section: {
					__rl: true,
					mode: 'url',
					value: 'https://www.pinterest.com/maker/food/main-dishes/',
				},
			}),
			{ credentials: await credentials() },
		);
		expect(items[0].json).toEqual({ deleted: true, id: '601' });
	});

	it('refuses a section name over 180 characters before any request', async () => {
		const { error, items } = await runNode(params('create', { name: 'x'.repeat(181) }), {
			credentials: await credentials(),
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe('Name is too long (181 characters)');
		expect(String(error?.description)).toContain('at most 180 characters');
	});

	it("lists boards and the chosen board's sections for the resource locators", async () => {
		nock(BASE)
			.get('/boards')
			.query({ privacy: 'ALL', page_size: 250 })
			.reply(200, {
				items: [
					{ id: '500', name: 'Food Ideas', owner: { username: 'maker' } },
					{ id: '501', name: 'Travel', owner: { username: 'maker' } },
				],
				bookmark: 'b2',
			});
		const c = await credentials();
		const boards = await searchBoards.call(
			await loadOptionsContext({ authentication: 'accessToken' }, c),
			'food',
		);
		expect(boards).toEqual({
			results: [
				{ name: 'Food Ideas', value: '500', url: 'https://www.pinterest.com/maker/food-ideas/' },
			],
			paginationToken: 'b2',
		});
		nock(BASE)
			.get('/boards/500')
			.reply(200, { id: '500', name: 'Food Ideas', owner: { username: 'maker' } });
		nock(BASE)
			.get('/boards/500/sections')
			.query({ page_size: 250, bookmark: 'p2' })
			.reply(200, { items: [{ id: '600', name: 'Desserts' }], bookmark: null });
		const sections = await searchSections.call(
			await loadOptionsContext({ authentication: 'accessToken', board: BOARD }, c),
			undefined,
			'p2',
		);
		expect(sections).toEqual({
			results: [
				{
					name: 'Desserts',
					value: '600',
					url: 'https://www.pinterest.com/maker/food-ideas/desserts/',
				},
			],
			paginationToken: undefined,
		});
	});

	it('the board list search also matches a pasted board ID, and only that board', async () => {
		nock(BASE)
			.get('/boards')
			.query({ privacy: 'ALL', page_size: 250 })
			.reply(200, {
				items: [
					{ id: '500', name: 'Food Ideas', owner: { username: 'maker' } },
					{ id: '501', name: 'Travel', owner: { username: 'maker' } },
				],
				bookmark: null,
			});
		const boards = await searchBoards.call(
			await loadOptionsContext({ authentication: 'accessToken' }, await credentials()),
			'501',
		);
		expect(boards).toEqual({
			results: [{ name: 'Travel', value: '501', url: 'https://www.pinterest.com/maker/travel/' }],
			paginationToken: undefined,
		});
	});
});
