import nock from 'nock';

import { makeCredentials, oauth2Credential, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_board_test_token';

function board(id: string, name: string, extra: Record<string, unknown> = {}) {
	return { id, name, description: null, privacy: 'PUBLIC', owner: { username: 'maker' }, ...extra };
}

describe('Board resource through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

	it('creates a board with name, description and privacy in the JSON body', async () => {
		let seen: { body: unknown; auth: string | undefined } | undefined;
		nock(BASE)
			.post('/boards', (body) => {
				seen = { body, auth: undefined };
				return true;
			})
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(
				201,
				board('9000000000000000001', 'Recipes', { description: 'Tasty', privacy: 'SECRET' }),
			);
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'create',
				name: 'Recipes',
				additionalFields: { description: 'Tasty', privacy: 'SECRET' },
			},
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(seen?.body).toEqual({ name: 'Recipes', description: 'Tasty', privacy: 'SECRET' });
		expect(items).toEqual([
			{
				json: board('9000000000000000001', 'Recipes', { description: 'Tasty', privacy: 'SECRET' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('gets, updates and deletes a board by ID, keeping IDs as strings', async () => {
		const id = '9007199254740993123';
		nock(BASE).get(`/boards/${id}`).reply(200, board(id, 'A'));
		nock(BASE)
			.patch(`/boards/${id}`, { name: 'B', privacy: 'SECRET' })
			.reply(200, board(id, 'B', { privacy: 'SECRET' }));
		nock(BASE).delete(`/boards/${id}`).reply(204);
		const credentials = await token();
		const locator = { __rl: true, mode: 'id', value: id };
		const got = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'get', board: locator },
			{ credentials },
		);
		expect(got.items[0].json.id).toBe(id);
		const updated = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'update',
				board: locator,
				updateFields: { name: 'B', privacy: 'SECRET' },
			},
			{ credentials },
		);
		expect(updated.items).toEqual([
			{ json: board(id, 'B', { privacy: 'SECRET' }), pairedItem: { item: 0 } },
		]);
		const deleted = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'delete', board: locator },
			{ credentials },
		);
		expect(deleted.items).toEqual([{ json: { deleted: true, id }, pairedItem: { item: 0 } }]);
	});

	it('resolves a board URL by matching the slug among the account boards', async () => {
		nock(BASE)
			.get('/boards')
			.query({ privacy: 'ALL', page_size: 250 })
			.reply(200, {
				items: [board('11', 'Other'), board('22', 'Summer Recipes!')],
				bookmark: null,
			});
		nock(BASE).get('/boards/22').reply(200, board('22', 'Summer Recipes!'));
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: {
					__rl: true,
					mode: 'url',
					value: 'https://www.pinterest.com/maker/summer-recipes/',
				},
			},
			{ credentials: await token() },
		);
		expect(items.map((i) => i.json.id)).toEqual(['22']);
	});

	it('Get Many with a limit of 300 asks for 250 then 50 and stops', async () => {
		const page = (from: number, n: number) =>
			Array.from({ length: n }, (_, k) => board(String(1000 + from + k), `b${from + k}`));
		nock(BASE)
			.get('/boards')
			.query({ privacy: 'SECRET', page_size: 250 })
			.reply(200, { items: page(0, 250), bookmark: 'bm-1' });
		nock(BASE)
			.get('/boards')
			.query({ privacy: 'SECRET', page_size: 50, bookmark: 'bm-1' })
			.reply(200, { items: page(250, 50), bookmark: 'bm-2' });
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'getAll',
				returnAll: false,
				limit: 300,
				filters: { privacy: 'SECRET' },
			},
			{ credentials: await token() },
		);
		expect(items).toHaveLength(300);
		expect(items[299]).toEqual({ json: board('1299', 'b299'), pairedItem: { item: 0 } });
	});

	it('Return All follows the bookmark until it is null: ceil(N/250) requests', async () => {
		let requests = 0;
		const total = 1001;
		const scope = nock(BASE)
			.get('/boards')
			.query(true)
			.times(5)
			.reply(200, (uri) => {
				requests++;
				const url = new URL(uri, 'http://x');
				expect(url.searchParams.get('page_size')).toBe('250');
				const from = Number(url.searchParams.get('bookmark') ?? 0);
				const n = Math.min(250, total - from);
				const next = from + n < total ? String(from + n) : null;
				return {
					items: Array.from({ length: n }, (_, k) => board(String(from + k + 1), 'x')),
					bookmark: next,
				};
			});
		const { items } = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'getAll', returnAll: true },
			{ credentials: await token() },
		);
		expect(scope.isDone()).toBe(true);
		expect(requests).toBe(Math.ceil(total / 250));
		expect(items).toHaveLength(total);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(total);
	});

	it('Get Pins of a board pages with the default limit of 50', async () => {
		nock(BASE)
			.get('/boards/77/pins')
			.query({ page_size: 50 })
			.reply(200, { items: [{ id: '1', title: 'p' }], bookmark: null });
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'getPins',
				board: { __rl: true, mode: 'id', value: '77' },
				returnAll: false,
				limit: 50,
			},
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: { id: '1', title: 'p' }, pairedItem: { item: 0 } }]);
	});

	it('refreshes an expired OAuth2 token with Basic auth, retries, and keeps the rotated tokens', async () => {
		const credentials = await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: 'pina_old',
				refresh_token: 'pinr_old',
			}),
		});
		let tokenRequest: { body: string; auth?: string } | undefined;
		// The transport sees the 401 first, then sends the request the normal way so that n8n's
		// refresh-on-401 runs: two tries with the old token.
		nock(BASE)
			.get('/user_account')
			.matchHeader('authorization', 'Bearer pina_old')
			.times(2)
			.reply(401, { code: 2, message: 'Authentication failed.' });
		nock(BASE)
			.post('/oauth/token')
			.reply(200, function (_uri, body) {
				tokenRequest = { body: String(body), auth: this.req.headers.authorization as string };
				return {
					access_token: 'pina_new',
					refresh_token: 'pinr_new',
					token_type: 'bearer',
					expires_in: 2592000,
					refresh_token_expires_in: 5184000,
					scope: 'user_accounts:read',
					response_type: 'refresh_token',
				};
			});
		nock(BASE)
			.get('/user_account')
			.matchHeader('authorization', 'Bearer pina_new')
			.reply(200, { username: 'maker', account_type: 'BUSINESS' });
		const { items, error } = await runNode(
			{ resource: 'account', operation: 'get' },
			{ credentials },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { username: 'maker', account_type: 'BUSINESS' }, pairedItem: { item: 0 } },
		]);
		expect(tokenRequest?.auth).toBe(`Basic ${Buffer.from('app-id:app-secret').toString('base64')}`);
		expect(new URLSearchParams(tokenRequest?.body).get('grant_type')).toBe('refresh_token');
		expect(new URLSearchParams(tokenRequest?.body).get('refresh_token')).toBe('pinr_old');
		expect(credentials.updates).toHaveLength(1);
		const saved = credentials.store.pinterestOAuth2Api.oauthTokenData as Record<string, unknown>;
		expect(saved.access_token).toBe('pina_new');
		expect(saved.refresh_token).toBe('pinr_new');
	});
});
