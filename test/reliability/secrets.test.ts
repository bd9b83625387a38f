/**
 * Secrets in URLs and passwords never reach a message or a description, whatever characters
 * they hold: a proxy login in the credential's Custom Base URL, a login typed into a feed's
 * Location. The run-wide secrets check (test/helpers/leaks.ts) also looks for these, in plain
 * and URL-encoded form.
 */
import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { formsOf, secretsOf } from '../helpers/leaks';
import { useStrictNock } from '../helpers/nock';

const HOST = 'http://pinterest.test';
const LOGIN_BASE = 'http://proxy-user:pr%2Fxy%40pass%3Aword@pinterest.test/v5';
const PROXY_PASSWORD = 'pr/xy@pass:word';
const TOKEN = 'pina_secrets_token';

function textsOf(error: { message?: string; description?: string | null } | undefined): string {
	return `${error?.message ?? ''}\n${error?.description ?? ''}`;
}

describe('secrets in URLs and passwords are redacted', () => {
	useStrictNock();

	it('the secrets check knows a proxy login in the Custom Base URL, plain and encoded', () => {
		const secrets = secretsOf({ c: tokenCredential(LOGIN_BASE, TOKEN) });
		expect(secrets).toEqual(
			expect.arrayContaining([
				PROXY_PASSWORD,
				'pr%2Fxy%40pass%3Aword',
				'proxy-user:pr%2Fxy%40pass%3Aword',
			]),
		);
		expect(formsOf('a b/c@d%')).toEqual(
			expect.arrayContaining(['a b/c@d%', 'a%20b%2Fc%40d%25', 'a+b%2Fc%40d%25']),
		);
	});

	it('a network error never shows the proxy login of the Custom Base URL', async () => {
		nock(HOST)
			.get('/v5/boards/42')
			.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: '42' },
				rateLimit: { maxAttempts: 1 },
			},
			{ credentials: await makeCredentials({ pinterestApi: tokenCredential(LOGIN_BASE, TOKEN) }) },
		);
		expect(error?.message).toBe('Could not reach Pinterest');
		expect(String(error?.description)).toContain('GET http://…@pinterest.test/v5/boards/42 failed');
		for (const form of [PROXY_PASSWORD, 'pr%2Fxy%40pass%3Aword', 'proxy-user'])
			expect(textsOf(error)).not.toContain(form);
	});

	it('a redirect error never shows the proxy login either', async () => {
		nock(HOST)
			.get('/v5/boards/42')
			.reply(302, '', { Location: 'http://other-user:other%2Fpass@elsewhere.test/x' });
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: '42' },
			},
			{ credentials: await makeCredentials({ pinterestApi: tokenCredential(LOGIN_BASE, TOKEN) }) },
		);
		expect(error?.message).toContain('elsewhere.test');
		for (const form of [
			PROXY_PASSWORD,
			'pr%2Fxy%40pass%3Aword',
			'proxy-user',
			'other%2Fpass',
			'other-user',
		])
			expect(textsOf(error)).not.toContain(form);
	});

	for (const password of ['se/cret pass', 'se@cr:et%41x', 'p/a:s@s w%rd']) {
		it(`a login typed into a feed's Location is never shown (password ${JSON.stringify(password)})`, async () => {
			const location = `sftp://feed-user:${password}@files.example.com/products.xml`;
			const { error } = await runNode(
				{
					authentication: 'accessToken',
					resource: 'feed',
					operation: 'create',
					catalogType: 'RETAIL',
					name: 'Main feed',
					format: 'XML',
					location,
					defaultCountry: 'US',
					defaultLocale: 'en-US',
				},
				{
					credentials: await makeCredentials({
						pinterestApi: tokenCredential(`${HOST}/v5`, TOKEN),
					}),
				},
			);
			expect(error?.message).toMatch(/^Location (contains a user name or password|is not an http)/);
			for (const form of formsOf(password)) expect(textsOf(error)).not.toContain(form);
			expect(textsOf(error)).not.toContain('feed-user');
		});
	}
});
