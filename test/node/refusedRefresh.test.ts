/**
 * A refresh token the token endpoint refuses for good: the error says to reconnect the
 * credential and is not retried like a network failure. Runs the node through n8n-core; n8n's
 * OAuth2 client meets nock's token endpoint exactly as it would meet Pinterest's.
 */
import nock from 'nock';

import { makeCredentials, oauth2Credential, runNode } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
// Fake test values: 8+ characters for the secrets check, not shaped like Pinterest's tokens.
const ACCESS = 'expired-access-value';
const REFRESH = 'revoked-refresh-value';
const EXPIRED = { code: 2, message: 'Authentication failed.' };

// The two shapes a refusal takes: the OAuth2 error body of RFC 6749 (n8n's client throws an
// AuthError, "EAUTH"), and Pinterest's own answer to a bad refresh token, quoted in
// pinterest/pinterest-python-sdk issue #114 (a 401; n8n's client throws a ResponseError).
const REFUSALS: Array<[string, number, object]> = [
	['{"error":"invalid_grant"}', 400, { error: 'invalid_grant' }],
	["Pinterest's 401 code 283", 401, { code: 283, message: 'The authorization grant is invalid' }],
];

describe('OAuth2: a refresh token that is refused for good', () => {
	useStrictNock();

	const connected = async () =>
		await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, { access_token: ACCESS, refresh_token: REFRESH }),
		});
	/** Counts what reached the API and the token endpoint. */
	const refusingEndpoint = (status: number, body: object) => {
		const counts = { api: 0, token: 0 };
		nock(BASE)
			.get('/boards/42')
			.times(50)
			.reply(() => {
				counts.api++;
				return [401, EXPIRED];
			});
		nock(BASE)
			.post('/oauth/token')
			.times(50)
			.reply(() => {
				counts.token++;
				return [status, body];
			});
		return counts;
	};
	const getBoard = {
		authentication: 'oAuth2',
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value: '42' },
	};

	it.each(REFUSALS)(
		'%s: says to reconnect, refreshes once and is not retried',
		async (_name, status, body) => {
			const c = await connected();
			const counts = refusingEndpoint(status, body);
			const { error } = await runNode(getBoard, { credentials: c });
			expect(error?.message).toBe(
				'Pinterest refused to renew the access token: reconnect the credential',
			);
			expect(String(error?.description)).toContain(
				'Open the Pinterest credential and click Reconnect',
			);
			expect(String(error?.description)).not.toMatch(/reach|network/i);
			// One refresh, and the request sent: once as is, once to trigger n8n's refresh, then
			// three times to pick up a token another execution may have saved (./oauthRace).
			expect(counts).toEqual({ api: 5, token: 1 });
			expect(c.updates).toHaveLength(0);
			const text = JSON.stringify(error) + String(error?.stack);
			expect(text).not.toContain(REFRESH);
			expect(text).not.toContain(ACCESS);
			nock.cleanAll();
		},
	);

	it('with Continue On Fail a create becomes an error item that is safe to run again', async () => {
		const c = await connected();
		let creates = 0;
		nock(BASE)
			.post('/boards')
			.times(50)
			.reply(() => {
				creates++;
				return [401, EXPIRED];
			});
		nock(BASE).post('/oauth/token').reply(400, { error: 'invalid_grant' });
		const { items, error } = await runNode(
			{ authentication: 'oAuth2', resource: 'board', operation: 'create', name: 'Recipes' },
			{ credentials: c, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe(
			'Pinterest refused to renew the access token: reconnect the credential (not carried out: safe to run again)',
		);
		expect(String(items[0].error?.description)).toContain('click Reconnect');
		expect(creates).toBe(5);
		nock.cleanAll();
	});
});
