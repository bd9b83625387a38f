import nock from 'nock';

import { describeTarget } from '../../nodes/Pinterest/transport/errors';
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_err_secret';

describe('errors and Continue On Fail', () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const getBoard = (value: unknown) => ({
		authentication: 'accessToken',
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value },
	});

	const cases: Array<[number, object, RegExp, RegExp]> = [
		[
			401,
			{ code: 2, message: 'Authentication failed.' },
			/^Pinterest 401 \(code 2\): Authentication failed\.$/,
			/reconnect/i,
		],
		[
			403,
			{
				code: 29,
				message:
					'Apps with Trial access may not create Pins in production https://api.pinterest.com - use API Sandbox https://api-sandbox.pinterest.com instead.',
			},
			/^Pinterest 403 \(code 29\): Apps with Trial access/,
			/set Environment to Sandbox/,
		],
		[
			403,
			{ code: 3, message: 'Your token does not have sufficient permissions.' },
			/^Pinterest 403 \(code 3\)/,
			/scope/,
		],
		[
			404,
			{ code: 40, message: 'Board not found.' },
			/^Pinterest 404 \(code 40\): Board not found\.$/,
			/could not find board 123/,
		],
		[
			429,
			{ code: 8, message: 'This request exceeded a rate limit.' },
			/^Pinterest 429 \(code 8\)/,
			/rate limit/i,
		],
		[503, { code: 503, message: 'Service unavailable' }, /^Pinterest 503/, /server problem/],
	];

	it.each(cases)(
		'maps HTTP %i to a NodeApiError with Pinterest code, message and advice',
		async (status, body, message, description) => {
			nock(BASE).get('/boards/123').reply(status, body);
			const { error, items } = await runNode(
				{ ...getBoard('123'), rateLimit: { maxAttempts: 1 } },
				{ credentials: await credentials() },
			);
			expect(items).toEqual([]);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toMatch(message);
			expect(String(error?.description)).toMatch(description);
			expect(String((error as { httpCode?: string }).httpCode)).toBe(String(status));
			// The token never travels with the error.
			expect(JSON.stringify(error)).not.toContain(TOKEN);
			expect(String(error?.stack)).not.toContain(TOKEN);
		},
	);

	it('names an unreachable server without leaking the token', async () => {
		const c = await makeCredentials({
			pinterestApi: tokenCredential('http://127.0.0.1:9/v5', TOKEN),
		});
		nock.enableNetConnect('127.0.0.1');
		const { error } = await runNode(getBoard('123'), { credentials: c });
		nock.disableNetConnect();
		// n8n may swap in its own wording for well-known network codes; the description is ours.
		expect(error?.message).toMatch(
			/^(Could not reach Pinterest|The service refused the connection - perhaps it is offline)$/,
		);
		expect(String(error?.description)).toBe(
			"GET http://127.0.0.1:9/v5/boards/123 failed before a response arrived (ECONNREFUSED). Check the credential's Environment / Custom Base URL and the network.",
		);
		expect(JSON.stringify(error)).not.toContain(TOKEN);
	});

	it('leaves a static ID that fails the locator regex to n8n, which refuses to run the workflow', async () => {
		await expect(runNode(getBoard('abc'), { credentials: await credentials() })).rejects.toThrow(
			'The workflow has issues',
		);
	});

	// Values from expressions are checked by the node, before any request. Without Continue On
	// Fail, RoutingNode wraps every error that is not an API error in a NodeApiError; message and
	// description are ours.
	it.each([
		['={{ "abc" }}', 'Board must contain digits only', '"abc" is not a Pinterest ID'],
		['={{ "" }}', 'Board is empty', 'pick it from the list'],
		['={{ null }}', 'Board is empty', 'check that the expression resolves'],
		['={{ 9007199254740993 }}', 'Board must be a string of digits', 'too large to be exact'],
	])('rejects the board ID %p before any request', async (value, message, description) => {
		const { error } = await runNode(getBoard(value), { credentials: await credentials() });
		expect(error?.message).toBe(message);
		expect(String(error?.description)).toContain(description);
	});

	it('with Continue On Fail, bad and failing items become paired errors and the rest go on', async () => {
		nock(BASE).get('/boards/1').reply(200, { id: '1', name: 'one' });
		nock(BASE).get('/boards/404').reply(404, { code: 40, message: 'Board not found.' });
		nock(BASE).get('/boards/3').reply(200, { id: '3', name: 'three' });
		const input = ['1', 'not-an-id', '404', '3'].map((id) => ({ json: { id } }));
		const { items, error } = await runNode(
			{ ...getBoard('={{ $json.id }}') },
			{ credentials: await credentials(), input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json, i.pairedItem, i.error?.description])).toEqual([
			[{ id: '1', name: 'one' }, { item: 0 }, undefined],
			[
				{ error: 'Board must contain digits only' },
				{ item: 1 },
				expect.stringContaining('"not-an-id" is not a Pinterest ID'),
			],
			[
				{ error: 'Pinterest 404 (code 40): Board not found.' },
				{ item: 2 },
				expect.stringContaining('could not find board 404'),
			],
			[{ id: '3', name: 'three' }, { item: 3 }, undefined],
		]);
	});

	it('pairs errors of list operations with their input item too', async () => {
		nock(BASE)
			.get('/boards/1/pins')
			.query({ page_size: 2 })
			.reply(200, { items: [{ id: 'a' }, { id: 'b' }], bookmark: 'x' });
		nock(BASE)
			.get('/boards/3/pins')
			.query({ page_size: 2 })
			.reply(200, { items: [{ id: 'c' }], bookmark: null });
		const input = ['1', 'bad', '3'].map((id) => ({ json: { id } }));
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'getPins',
				board: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				returnAll: false,
				limit: 2,
			},
			{ credentials: await credentials(), input, continueOnFail: true },
		);
		expect(items.map((i) => [i.json.id ?? i.json.error, i.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 0 }],
			['Board must contain digits only', { item: 1 }],
			['c', { item: 2 }],
		]);
	});

	it('refuses an update with no fields before any request', async () => {
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'update',
				board: { __rl: true, mode: 'id', value: '1' },
				updateFields: {},
			},
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe('Nothing to update');
	});
});

describe('404 texts name the object', () => {
	it.each([
		['/boards/1/sections/2/pins', 'board section 2 on board 1'],
		['/boards/1', 'board 1'],
		['/pins/5/analytics', 'pin 5'],
		['/media/9', 'media upload 9'],
		['/ad_accounts/7/campaigns/8', 'campaign 8 in ad account 7'],
		['/ad_accounts/7/ad_groups/8', 'ad group 8 in ad account 7'],
		['/ad_accounts/7/customer_lists/3', 'customer list 3 in ad account 7'],
		['/ad_accounts/7', 'ad account 7'],
		['/catalogs/feeds/4/ingest', 'catalog feed 4'],
		['/catalogs/product_groups/6/products', 'product group 6'],
	])('%s → %s', (url, text) => {
		expect(describeTarget(url)).toBe(text);
	});
});
