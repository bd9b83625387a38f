import nock from 'nock';

import { makeCredentials, oauth2Credential, runNode } from '../helpers/harness';
import { isRefusedRefresh } from '../../nodes/Pinterest/transport/refresh';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const REFUSED = { code: 1, message: 'Invalid refresh token.' };
const PAIR_B = {
	access_token: 'pina_b',
	refresh_token: 'pinr_b',
	token_type: 'bearer',
	expires_in: 60,
	scope: 'pins:write',
};

// Two executions (two queue-mode workers) find the same access token expired and both refresh;
// Pinterest rotates the refresh token, so the second refresh is refused.
describe('OAuth2: a refresh lost to another execution', () => {
	useStrictNock();

	const getBoard = {
		authentication: 'oAuth2',
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value: '42' },
	};
	const connected = async () =>
		await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: 'pina_a',
				refresh_token: 'pinr_a',
			}),
		});
	const expired = () =>
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_a')
			.times(2)
			.reply(401, { code: 2, message: 'Authentication failed.' });

	it('uses the token the winner saved, without refreshing again', async () => {
		const c = await connected();
		expired();
		nock(BASE)
			.post('/oauth/token', (body: Record<string, string>) => body.refresh_token === 'pinr_a')
			.reply(() => {
				// The other worker's refresh won and n8n saved its pair in the credential.
				c.store.pinterestOAuth2Api.oauthTokenData = { ...PAIR_B };
				return [400, REFUSED];
			});
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_b')
			.reply(200, { id: '42' });
		const { items, error } = await runNode(getBoard, { credentials: c });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: '42' });
		// This execution saved nothing: the rotated token is persisted once, by the winner.
		expect(c.updates).toHaveLength(0);
		expect(
			(c.store.pinterestOAuth2Api.oauthTokenData as Record<string, string>).refresh_token,
		).toBe('pinr_b');
	});

	it('recovers a refusal with an OAuth2 error body too, whatever the retry budget', async () => {
		const c = await connected();
		expired();
		// {"error":"invalid_grant"}: n8n's OAuth2 client throws an AuthError ("EAUTH") for it.
		nock(BASE)
			.post('/oauth/token')
			.reply(() => {
				c.store.pinterestOAuth2Api.oauthTokenData = { ...PAIR_B };
				return [400, { error: 'invalid_grant' }];
			});
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_b')
			.reply(200, { id: '42' });
		// One try in all: the recovery is not a retry of a failed request.
		const { items, error } = await runNode(
			{ ...getBoard, rateLimit: { maxAttempts: 1 } },
			{ credentials: c },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: '42' });
		expect(c.updates).toHaveLength(0);
	});

	it('waits for the winner to save: a request still refused at first is tried again', async () => {
		const c = await connected();
		expired();
		nock(BASE).post('/oauth/token').reply(400, REFUSED);
		// The first retry still has the old token (the winner has not saved yet).
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_a')
			.reply(() => {
				c.store.pinterestOAuth2Api.oauthTokenData = { ...PAIR_B };
				return [401, { code: 2, message: 'Authentication failed.' }];
			});
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_b')
			.reply(200, { id: '42' });
		const { items, error } = await runNode(getBoard, { credentials: c });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: '42' });
		expect(c.updates).toHaveLength(0);
	});

	it('a refresh token that is really dead fails after three tries, with no refresh in between', async () => {
		const c = await connected();
		expired();
		nock(BASE).post('/oauth/token').reply(400, REFUSED);
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_a')
			.times(3)
			.reply(401, { code: 2, message: 'Authentication failed.' });
		const started = Date.now();
		const { error } = await runNode(getBoard, { credentials: c });
		expect(error?.message).toBe(
			'Pinterest refused to renew the access token: reconnect the credential',
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
		expect(c.updates).toHaveLength(0);
		expect(c.store.pinterestOAuth2Api.oauthTokenData).toMatchObject({ refresh_token: 'pinr_a' });
	});

	it('a create whose refreshed request failed is not sent again', async () => {
		const c = await connected();
		nock(BASE)
			.post('/boards')
			.matchHeader('authorization', 'Bearer pina_a')
			.times(2)
			.reply(401, { code: 2, message: 'Authentication failed.' });
		nock(BASE).post('/oauth/token').reply(200, PAIR_B);
		nock(BASE)
			.post('/boards')
			.matchHeader('authorization', 'Bearer pina_b')
			.reply(400, { code: 1, message: 'Board name is invalid.' });
		const { error } = await runNode(
			{ authentication: 'oAuth2', resource: 'board', operation: 'create', name: 'x' },
			{ credentials: c },
		);
		expect(error?.message).toContain('Board name is invalid.');
		expect(c.updates).toHaveLength(1);
	});

	it('tells a refused refresh from an answer of the API', () => {
		const refused = Object.assign(new Error('HTTP status 400'), { code: 'ESTATUS', status: 400 });
		expect(isRefusedRefresh(Object.assign(new Error('wrapped'), { cause: refused }))).toBe(true);
		expect(isRefusedRefresh(Object.assign(new Error('x'), { code: 'EAUTH' }))).toBe(true);
		const api = { code: 'ERR_BAD_REQUEST', response: { status: 400 } };
		expect(isRefusedRefresh(Object.assign(new Error('wrapped'), { cause: api }))).toBe(false);
		// n8n 2.x keeps only the client's text in the NodeApiError it throws
		expect(
			isRefusedRefresh({ description: 'HTTP status 400', messages: ['HTTP status 400'] }),
		).toBe(true);
		expect(isRefusedRefresh({ description: 'Board name is invalid.', messages: [] })).toBe(false);
		// n8n 2.8 copies the client's AuthError code ({"error":"invalid_grant"}) into httpCode
		expect(isRefusedRefresh({ httpCode: 'EAUTH', messages: ['The provided authorization'] })).toBe(
			true,
		);
		expect(isRefusedRefresh({ httpCode: 'ECONNREFUSED', messages: ['connect ECONNREFUSED'] })).toBe(
			false,
		);
		expect(isRefusedRefresh(undefined)).toBe(false);
		expect(isRefusedRefresh('ESTATUS')).toBe(false);
	});
});
