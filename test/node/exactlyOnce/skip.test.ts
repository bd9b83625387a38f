/**
 * Pin → Create → Options → Skip If Already Pinned, through n8n-core's RoutingNode against the
 * simulator: a pin with the same link on the board (or section) is returned marked skipped.
 */
import type { IDataObject } from 'n8n-workflow';

import { normalizeLink } from '../../../nodes/Pinterest/exactlyOnce/links';
import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import type { Simulator } from '../../../tools/simulator';
import { createSimulator } from '../../../tools/simulator';

const TOKEN = 'pina_skip_token';

describe('Skip If Already Pinned', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 78 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => sim.reset());

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const requests = (method: string, path: string) =>
		sim.requests.filter((r) => r.method === method && r.path === path);
	const createPin = (boardId: string, options: IDataObject, extra: IDataObject = {}) => ({
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: { __rl: true, mode: 'id', value: boardId },
		mediaSource: 'imageUrl',
		imageUrl: 'https://images.example.com/tart.jpg',
		title: '={{ $json.title }}',
		additionalFields: { link: '={{ $json.link }}' },
		options,
		...extra,
	});
	const seedPin = (boardId: string, link: string, extra: IDataObject = {}) =>
		sim.addPin({
			board_id: boardId,
			title: 'Already there',
			link,
			media_source: { source_type: 'image_url', url: 'https://images.example.com/old.jpg' },
			...extra,
		});

	it('normalises scheme, host case, www, trailing slash, fragment and parameter order', () => {
		const plain = normalizeLink('https://shop.example.com/p/1?a=1&b=2');
		expect(normalizeLink('http://WWW.Shop.Example.com/p/1/?b=2&a=1#reviews')).toBe(plain);
		expect(normalizeLink('https://shop.example.com/p/1?a=1&b=2&utm_source=x', true)).toBe(plain);
		expect(normalizeLink('https://shop.example.com/p/1?a=1&b=2&utm_source=x')).not.toBe(plain);
		expect(normalizeLink('https://shop.example.com/P/1?a=1&b=2')).not.toBe(plain); // paths keep case
		expect(normalizeLink('  ')).toBeUndefined();
	});

	it('returns the pin with the same link, marked skipped, without creating or uploading', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		const existing = seedPin(board.id, 'https://www.shop.example.com/tart/?utm_source=feed');
		const { items, error } = await runNode(createPin(board.id, { skipIfAlreadyPinned: true }), {
			credentials: await credentials(),
			input: [
				{ json: { title: 'Lemon tart', link: 'http://shop.example.com/tart?utm_campaign=b' } },
			],
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: existing.id, title: 'Already there', skipped: true });
		expect(requests('POST', '/v5/pins')).toHaveLength(0);
		expect(requests('GET', `/v5/boards/${board.id}/pins`)).toHaveLength(1);
	});

	it('with Ignore Tracking Parameters off, other utm_* tags make another link', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		seedPin(board.id, 'https://shop.example.com/tart?utm_source=feed');
		const { items } = await runNode(
			createPin(board.id, { skipIfAlreadyPinned: true, ignoreTrackingParameters: false }),
			{
				credentials: await credentials(),
				input: [
					{ json: { title: 'Lemon tart', link: 'https://shop.example.com/tart?utm_source=sheet' } },
				],
			},
		);
		expect(items[0].json.skipped).toBeUndefined();
		expect(requests('POST', '/v5/pins')).toHaveLength(1);
	});

	it('two items of a run with the same new link: one pin, the other item skips to it', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		const link = 'https://shop.example.com/new';
		const { items } = await runNode(createPin(board.id, { skipIfAlreadyPinned: true }), {
			credentials: await credentials(),
			input: [
				{ json: { title: 'First', link } },
				{ json: { title: 'Second', link: `${link}/` } },
				{ json: { title: 'Other', link: 'https://shop.example.com/other' } },
			],
		});
		const pins = Object.values(sim.state.pins);
		expect(pins.map((pin) => pin.title).sort()).toEqual(['First', 'Other']);
		expect(items.map((item) => [item.json.title, item.json.skipped])).toEqual([
			['First', undefined],
			['First', true],
			['Other', undefined],
		]);
		// The board's pins were read once for the whole run.
		expect(requests('GET', `/v5/boards/${board.id}/pins`)).toHaveLength(1);
	});

	it('a pin without a link is always created; off by default, nothing is read', async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		seedPin(board.id, 'https://shop.example.com/tart');
		const withoutLink = await runNode(
			createPin(board.id, { skipIfAlreadyPinned: true }, { additionalFields: {} }),
			{ credentials: await credentials(), input: [{ json: { title: 'No link' } }] },
		);
		expect(withoutLink.items[0].json.skipped).toBeUndefined();
		const byDefault = await runNode(createPin(board.id, {}), {
			credentials: await credentials(),
			input: [{ json: { title: 'Default', link: 'https://shop.example.com/tart' } }],
		});
		expect(byDefault.items[0].json.skipped).toBeUndefined();
		expect(requests('GET', `/v5/boards/${board.id}/pins`)).toHaveLength(0);
		expect(requests('POST', '/v5/pins')).toHaveLength(2);
	});

	it("in a section, only the section's pins count", async () => {
		const board = sim.addBoard({ name: 'Desserts' });
		const section = sim.addSection(board.id, { name: 'Tarts' });
		const link = 'https://shop.example.com/tart';
		seedPin(board.id, link); // on the board, outside the section
		const { items } = await runNode(
			createPin(
				board.id,
				{ skipIfAlreadyPinned: true },
				{
					section: { __rl: true, mode: 'id', value: section.id },
				},
			),
			{ credentials: await credentials(), input: [{ json: { title: 'In section', link } }] },
		);
		expect(items[0].json).toMatchObject({ title: 'In section', board_section_id: section.id });
		expect(items[0].json.skipped).toBeUndefined();
		expect(requests('GET', `/v5/boards/${board.id}/sections/${section.id}/pins`)).toHaveLength(1);
	});
});
