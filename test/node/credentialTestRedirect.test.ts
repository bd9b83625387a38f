/**
 * The credential test (Test / Save in the credential's dialog) keeps the token on the host the
 * credential names: n8n runs the access-token credential's `test.request` through RoutingNode
 * and n8n's HTTP helper, which by default follows a redirect to any host and sends the
 * Authorization header along. A redirect must make the test fail with a clear message, and
 * the other host must get nothing. The OAuth2 credential's test sends no request at all.
 */
import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import nock from 'nock';

import {
	loadPackage,
	makeCredentials,
	oauth2Credential,
	testCredential,
	tokenCredential,
} from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const OTHER = 'http://elsewhere.test';
const TOKEN = 'pina_credential_test_token';
const STATUSES = [301, 302, 303, 307, 308];

/**
 * n8n's credentials tester reads the answer's status from the cause of the NodeApiError the HTTP
 * helper throws. n8n-workflow 2.41 keeps that cause, so the dialog shows the credential's rule
 * message (or the status text); n8n-workflow 2.8 drops it (a class field resets `cause`), so the
 * dialog shows the NodeApiError's own message. The expectations follow the installed version.
 */
const tempNode: INode = {
	id: 'temp',
	name: 'Temp-Node',
	type: 'noOp',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const keepsCause = new NodeApiError(tempNode, new Error('probe')).cause !== undefined;

function redirectMessage(status: number): string {
	return `Pinterest answered the test with a redirect (HTTP ${status}), which was not followed: the access token was not sent to the address it names. Pinterest's API never redirects; check the Environment and Custom Base URL, and any proxy between n8n and Pinterest.`;
}

/** What the dialog shows for a redirect answer, by n8n version (see keepsCause). */
function shownForRedirect(status: number): string {
	return keepsCause ? redirectMessage(status) : `Request failed with status code ${status}`;
}

/**
 * Every request the other host gets, with the Authorization header it carried. Its mock must
 * stay unused, so it is removed before the strict check of unused mocks runs.
 */
function otherHost(): { seen: Array<string | undefined>; close: () => void } {
	const seen: Array<string | undefined> = [];
	const get = nock(OTHER).persist().get(/.*/);
	get.reply(function (this: nock.ReplyFnContext) {
		seen.push(this.req.headers.authorization as string | undefined);
		return [200, { username: 'not-pinterest' }] as [number, object];
	});
	return { seen, close: () => nock.removeInterceptor(get) };
}

describe('credential test: the token never follows a redirect', () => {
	useStrictNock();

	it.each(STATUSES)(
		'access token: a %i from the API host to another host fails the test, and the other host gets nothing',
		async (status) => {
			const other = otherHost();
			const api = nock(BASE)
				.get('/user_account')
				.matchHeader('authorization', `Bearer ${TOKEN}`)
				.reply(status, '', { Location: `${OTHER}/v5/user_account?steal=1` });
			const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

			const result = await testCredential(credentials, 'pinterestApi');

			expect(api.isDone()).toBe(true);
			other.close();
			expect(other.seen).toEqual([]);
			expect(result).toEqual({ status: 'Error', message: shownForRedirect(status) });
		},
	);

	it('access token: the test request follows no redirect, and says so for every redirect status', async () => {
		const { credentialTypes } = await loadPackage();
		const test = credentialTypes.pinterestApi.test;
		expect(test?.request).toMatchObject({
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
		});
		// What n8n 2.41 shows (the first responseCode rule matching the answer's status).
		expect(test?.rules).toEqual(
			[300, ...STATUSES].map((value) => ({
				type: 'responseCode',
				properties: { value, message: redirectMessage(value) },
			})),
		);
	});

	it('access token: a redirect to another path on the same host is not followed either', async () => {
		const api = nock(BASE)
			.get('/user_account')
			.reply(302, '', { Location: `${BASE}/elsewhere` });
		const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

		const result = await testCredential(credentials, 'pinterestApi');

		expect(api.isDone()).toBe(true);
		expect(result).toEqual({ status: 'Error', message: shownForRedirect(302) });
	});

	it('access token: a good token passes', async () => {
		nock(BASE)
			.get('/user_account')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, { username: 'pinner', account_type: 'BUSINESS' });
		const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

		await expect(testCredential(credentials, 'pinterestApi')).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
	});

	it('access token: a token Pinterest refuses fails', async () => {
		// n8n's helper sends a request answered 401 once more (after its pre-authentication step).
		nock(BASE)
			.get('/user_account')
			.times(2)
			.matchHeader('authorization', 'Bearer pina_refused_token')
			.reply(401, { code: 2, message: 'Authentication failed.' });
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(BASE, 'pina_refused_token'),
		});

		await expect(testCredential(credentials, 'pinterestApi')).resolves.toEqual({
			status: 'Error',
			// n8n 2.41: the status text (nock sends none); n8n 2.8: the NodeApiError's message.
			message: keepsCause
				? 'Received HTTP status code: 401'
				: 'Authorization failed - please check your credentials',
		});
	});

	it('OAuth2: the test sends no request; it passes when connected and fails when not', async () => {
		// No mock at all: strict nock refuses any request the test would make.
		const connected = await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: TOKEN,
				refresh_token: 'pinr_credential_test_refresh',
			}),
		});
		await expect(testCredential(connected, 'pinterestOAuth2Api')).resolves.toEqual({
			status: 'OK',
			message: 'Connection Successful!',
		});
		const notConnected = await makeCredentials({
			pinterestOAuth2Api: { environment: 'custom', customBaseUrl: BASE, clientId: 'app-id' },
		});
		await expect(testCredential(notConnected, 'pinterestOAuth2Api')).resolves.toEqual({
			status: 'Error',
			message: 'This OAuth2 credential was not connected to an account.',
		});
	});
});
