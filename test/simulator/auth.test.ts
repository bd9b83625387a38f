import type { AccountView } from '../../tools/simulator';
import type { ErrorBody, Sim, TokenResponse } from './helpers';
import { basic, call, startSim } from './helpers';

describe('simulator: bearer auth', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	test('missing, malformed, unknown and expired tokens give 401 code 2', async () => {
		const none = await call(sim, 'GET', '/user_account', { token: null });
		expect(none.status).toBe(401);
		expect(none.body).toEqual({ code: 2, message: 'Authentication failed.', status: 'failure' });
		const basicAuth = await call(sim, 'GET', '/user_account', {
			token: null,
			headers: { authorization: basic('app-id', 'app-secret') },
		});
		expect(basicAuth.status).toBe(401);
		expect((await call(sim, 'GET', '/user_account', { token: 'nope' })).status).toBe(401);
		expect((await call(sim, 'GET', '/user_account')).status).toBe(200);
		expect(sim.expireAccessToken('tok-1')).toBe(true);
		const expired = await call<ErrorBody>(sim, 'GET', '/user_account');
		expect(expired.status).toBe(401);
		expect(expired.body.code).toBe(2);
	});

	test('issueTokens gives a working pair; request log records headers and status', async () => {
		const { access_token, refresh_token } = sim.issueTokens();
		expect(access_token).toMatch(/^pina_/);
		expect(refresh_token).toMatch(/^pinr_/);
		const res = await call(sim, 'GET', '/user_account', { token: access_token });
		expect(res.status).toBe(200);
		const last = sim.requests[sim.requests.length - 1];
		expect(last).toMatchObject({ method: 'GET', path: '/v5/user_account', status: 200 });
		expect(last.headers.authorization).toBe(`Bearer ${access_token}`);
	});

	test('account counts are live counts of the state', async () => {
		const b = sim.addBoard({ name: 'x' });
		sim.addPin({ board_id: b.id });
		sim.addPin({ board_id: b.id });
		sim.addFollower('f1');
		sim.addFollowing('g1');
		let res = await call<AccountView>(sim, 'GET', '/user_account');
		expect(res.body).toMatchObject({
			username: 'demo_user',
			account_type: 'BUSINESS',
			board_count: 1,
			pin_count: 2,
			follower_count: 1,
			following_count: 1,
		});
		expect(res.body.id).toMatch(/^\d{18,19}$/);
		sim.removeBoard(b.id);
		sim.removeFollower('f1');
		res = await call(sim, 'GET', '/user_account');
		expect(res.body).toMatchObject({ board_count: 0, pin_count: 0, follower_count: 0 });
	});

	test('unknown path 404, wrong method 405 code 5', async () => {
		const nf = await call(sim, 'GET', '/nothing/here');
		expect(nf.status).toBe(404);
		expect(nf.body).toEqual({ code: 404, message: 'Not found' });
		const na = await call<ErrorBody>(sim, 'PUT', '/boards');
		expect(na.status).toBe(405);
		expect(na.body.code).toBe(5);
	});
});

describe('simulator: OAuth token endpoint', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	const token = <T = TokenResponse>(
		form: Record<string, string>,
		auth = basic('app-id', 'app-secret'),
	) =>
		call<T>(sim, 'POST', '/oauth/token', { token: null, form, headers: { authorization: auth } });

	test('client authentication is HTTP Basic only', async () => {
		const form = {
			grant_type: 'authorization_code',
			code: 'demo-code',
			redirect_uri: 'http://localhost/cb',
		};
		expect((await token(form, basic('app-id', 'wrong'))).status).toBe(401);
		const noAuth = await call<ErrorBody>(sim, 'POST', '/oauth/token', {
			token: null,
			form: { ...form, client_id: 'app-id', client_secret: 'app-secret' },
		});
		expect(noAuth.status).toBe(401);
		expect(noAuth.body.code).toBe(2);
		const json = await call(sim, 'POST', '/oauth/token', {
			token: null,
			body: form,
			headers: { authorization: basic('app-id', 'app-secret') },
		});
		expect(json.status).toBe(400);
	});

	test('authorization_code exchange returns the OauthAccessTokenResponse shape', async () => {
		const code = sim.issueAuthCode({ redirectUri: 'http://localhost/cb' });
		const res = await token({
			grant_type: 'authorization_code',
			code,
			redirect_uri: 'http://localhost/cb',
		});
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			token_type: 'bearer',
			response_type: 'authorization_code',
			expires_in: 2592000,
			refresh_token_expires_in: 5184000,
		});
		expect(typeof res.body.refresh_token_expires_at).toBe('number');
		expect(res.body.scope).toContain('pins:read');
		expect((await call(sim, 'GET', '/user_account', { token: res.body.access_token })).status).toBe(
			200,
		);
		// codes are single use; redirect_uri must match
		expect(
			(await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://localhost/cb' }))
				.status,
		).toBe(400);
		const code2 = sim.issueAuthCode({ redirectUri: 'http://localhost/cb' });
		expect(
			(
				await token({
					grant_type: 'authorization_code',
					code: code2,
					redirect_uri: 'http://evil/cb',
				})
			).status,
		).toBe(400);
		expect((await token({ grant_type: 'authorization_code', code: 'demo-code' })).status).toBe(400); // redirect_uri required
		expect(
			(await token({ grant_type: 'authorization_code', code: 'demo-code', redirect_uri: 'x' }))
				.status,
		).toBe(200);
		expect((await token({ grant_type: 'password' })).status).toBe(400);
	});

	test('refresh rotates both tokens and invalidates the old ones', async () => {
		const first = (
			await token({
				grant_type: 'authorization_code',
				code: 'demo-code',
				redirect_uri: 'http://localhost/cb',
			})
		).body;
		const r1 = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
		expect(r1.status).toBe(200);
		expect(r1.body.response_type).toBe('refresh_token');
		expect(r1.body.refresh_token).not.toBe(first.refresh_token);
		expect(r1.body.access_token).not.toBe(first.access_token);
		// old access token dead, new one alive
		expect((await call(sim, 'GET', '/user_account', { token: first.access_token })).status).toBe(
			401,
		);
		expect((await call(sim, 'GET', '/user_account', { token: r1.body.access_token })).status).toBe(
			200,
		);
		// old refresh token rejected after rotation
		const reuse = await token<ErrorBody>({
			grant_type: 'refresh_token',
			refresh_token: first.refresh_token,
		});
		expect(reuse.status).toBe(400);
		expect(reuse.body.code).toBe(1);
		const r2 = await token({ grant_type: 'refresh_token', refresh_token: r1.body.refresh_token });
		expect(r2.status).toBe(200);
		expect(sim.isRefreshTokenValid(r1.body.refresh_token)).toBe(false);
		expect(sim.isRefreshTokenValid(r2.body.refresh_token)).toBe(true);
	});

	test('token endpoint is exempt from faults unless includeOAuth', async () => {
		sim.failNext(1, { status: 503 });
		const ok = await token({
			grant_type: 'authorization_code',
			code: 'demo-code',
			redirect_uri: 'x',
		});
		expect(ok.status).toBe(200);
		expect((await call(sim, 'GET', '/user_account')).status).toBe(503);
		sim.failNext(1, { status: 429, includeOAuth: true });
		expect(
			(await token({ grant_type: 'authorization_code', code: 'demo-code', redirect_uri: 'x' }))
				.status,
		).toBe(429);
	});
});
