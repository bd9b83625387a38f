import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_follow_test_token';

const user = (username: string) => ({ type: 'user', username });

describe('Follow resource through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const follow = (parameters: Record<string, unknown>) => ({
		authentication: 'accessToken',
		resource: 'follow',
		...parameters,
	});

	it('Get Followers with Limit 5 reads two pages (page_size 5, then the 2 still missing) and stops', async () => {
		nock(BASE)
			.get('/user_account/followers')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ page_size: 5 })
			.reply(200, { items: [user('a'), user('b'), user('c')], bookmark: 'bm-1' });
		nock(BASE)
			.get('/user_account/followers')
			.query({ page_size: 2, bookmark: 'bm-1' })
			.reply(200, { items: [user('d'), user('e')], bookmark: 'bm-2' });
		const { items, error } = await runNode(
			follow({ operation: 'getFollowers', returnAll: false, limit: 5 }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual(
			['a', 'b', 'c', 'd', 'e'].map((name) => ({ json: user(name), pairedItem: { item: 0 } })),
		);
	});

	it('Get Following Users sends feed_type and explicit_following; Return All pages with 250 until the bookmark is null', async () => {
		nock(BASE)
			.get('/user_account/following')
			.query({ page_size: 250, feed_type: 'CREATOR_ONLY', explicit_following: 'true' })
			.reply(200, { items: [user('x')], bookmark: 'next' });
		nock(BASE)
			.get('/user_account/following')
			.query({
				page_size: 250,
				feed_type: 'CREATOR_ONLY',
				explicit_following: 'true',
				bookmark: 'next',
			})
			.reply(200, { items: [user('y')], bookmark: null });
		const { items } = await runNode(
			follow({
				operation: 'getFollowingUsers',
				returnAll: true,
				filters: { feed_type: 'CREATOR_ONLY', explicit_following: true },
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual([
			{ json: user('x'), pairedItem: { item: 0 } },
			{ json: user('y'), pairedItem: { item: 0 } },
		]);
	});

	it('Get Following Boards sends explicit_following and the limit as page_size', async () => {
		const board = {
			id: '9007199254740993555',
			name: 'Followed',
			owner: { username: 'other' },
			privacy: 'PUBLIC',
		};
		nock(BASE)
			.get('/user_account/following/boards')
			.query({ page_size: 2, explicit_following: 'false' })
			.reply(200, { items: [board], bookmark: null });
		const { items } = await runNode(
			follow({
				operation: 'getFollowingBoards',
				returnAll: false,
				limit: 2,
				filters: { explicit_following: false },
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: board, pairedItem: { item: 0 } }]);
	});

	it('Get Followed Interests with an empty username reads the account first, then its interests', async () => {
		const interest = {
			id: '900719925474099',
			key: 'man cave',
			name: 'Man cave',
			canonical_url: 'man-cave',
		};
		const order: string[] = [];
		nock(BASE)
			.get('/user_account')
			.reply(200, () => {
				order.push('account');
				return { username: 'maker.studio', account_type: 'BUSINESS' };
			});
		nock(BASE)
			.get('/users/maker.studio/interests/follow')
			.query({ page_size: 50 })
			.reply(200, () => {
				order.push('interests');
				return { items: [interest], bookmark: null };
			});
		const { items, error } = await runNode(
			follow({ operation: 'getFollowedInterests', username: '', returnAll: false, limit: 50 }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(order).toEqual(['account', 'interests']);
		expect(items).toEqual([{ json: interest, pairedItem: { item: 0 } }]);
	});

	it('Get Followed Interests with a username ("@name") asks for that user directly', async () => {
		nock(BASE)
			.get('/users/pinterest/interests/follow')
			.query({ page_size: 250 })
			.reply(200, { items: [], bookmark: null });
		const { items, error } = await runNode(
			follow({ operation: 'getFollowedInterests', username: '@pinterest', returnAll: true }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});

	it('Follow User posts { auto_follow: false } by default and returns the user', async () => {
		let body: unknown;
		nock(BASE)
			.post('/user_account/following/pinterest', (b) => {
				body = b;
				return true;
			})
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, user('pinterest'));
		const { items, error } = await runNode(
			follow({ operation: 'followUser', username: 'pinterest' }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(body).toEqual({ auto_follow: false });
		expect(items).toEqual([{ json: user('pinterest'), pairedItem: { item: 0 } }]);
	});

	it('Follow User with Auto Follow sends auto_follow: true; a profile link is reduced to the username', async () => {
		nock(BASE)
			.post('/user_account/following/partner_shop', { auto_follow: true })
			.reply(200, user('partner_shop'));
		const { items } = await runNode(
			follow({
				operation: 'followUser',
				username: 'https://www.pinterest.com/partner_shop/',
				options: { auto_follow: true },
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: user('partner_shop'), pairedItem: { item: 0 } }]);
	});

	it('Follow User refuses a numeric user ID before any request', async () => {
		const { error } = await runNode(
			follow({ operation: 'followUser', username: '={{ "123456" }}' }),
			{ credentials: await token() },
		);
		expect(error?.message).toBe('Username "123456" is not a Pinterest username');
	});

	it('with Continue On Fail, an empty username and an unknown user become paired errors; the others go on', async () => {
		nock(BASE)
			.post('/user_account/following/alice', { auto_follow: false })
			.reply(200, user('alice'));
		nock(BASE)
			.post('/user_account/following/ghost', { auto_follow: false })
			.reply(404, { code: 50, message: 'User not found.' });
		nock(BASE).post('/user_account/following/bob', { auto_follow: false }).reply(200, user('bob'));
		const input = ['alice', '', 'ghost', 'bob'].map((name) => ({ json: { name } }));
		const { items, error } = await runNode(
			follow({ operation: 'followUser', username: '={{ $json.name }}' }),
			{ credentials: await token(), input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json, i.pairedItem])).toEqual([
			[user('alice'), { item: 0 }],
			[{ error: 'Username is empty' }, { item: 1 }],
			[
				{ error: 'Pinterest 404 (code 50): User not found. (not carried out: safe to run again)' },
				{ item: 2 },
			],
			[user('bob'), { item: 3 }],
		]);
		expect(String(items[2].error?.description)).toContain('could not find user ghost');
	});
});
