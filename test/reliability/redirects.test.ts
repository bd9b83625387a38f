/**
 * Credentials stay on Pinterest's origin: an API call answered with a redirect to another host
 * is an error naming that host, and nothing at all reaches the other host, with either
 * credential and every redirect status. n8n's helper would otherwise follow the redirect and,
 * by default, send the Authorization header along.
 */
import nock from 'nock';

import { makeCredentials, oauth2Credential, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import { pinSave } from '../helpers/params';

const BASE = 'http://pinterest.test/v5';
const OTHER = 'http://elsewhere.test';
const TOKEN = 'pina_redirect_token';
const STATUSES = [301, 302, 303, 307, 308];

const credentialsOf = {
	accessToken: async () => await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
	oAuth2: async () =>
		await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: TOKEN,
				refresh_token: 'pinr_redirect_refresh',
			}),
		}),
};

/**
 * Every request the other host gets, with the Authorization header it carried. Its mocks must
 * stay unused, so they are removed before the strict check of unused mocks runs.
 */
function otherHost(): { seen: Array<string | undefined>; close: () => void } {
	const seen: Array<string | undefined> = [];
	const record = function (this: nock.ReplyFnContext) {
		seen.push(this.req.headers.authorization as string | undefined);
		return [200, { id: '42', name: 'not from Pinterest' }] as [number, object];
	};
	const get = nock(OTHER).persist().get(/.*/);
	get.reply(record);
	const post = nock(OTHER).persist().post(/.*/);
	post.reply(record);
	return {
		seen,
		close: () => {
			nock.removeInterceptor(get);
			nock.removeInterceptor(post);
		},
	};
}

describe('redirects: the credential never leaves the origin it names', () => {
	useStrictNock();

	for (const authentication of ['accessToken', 'oAuth2'] as const) {
		for (const status of STATUSES) {
			it(`${authentication}: a ${status} from the API to another host is an error, and the other host gets nothing`, async () => {
				const other = otherHost();
				const api = nock(BASE)
					.get('/boards/42')
					.matchHeader('authorization', `Bearer ${TOKEN}`)
					.reply(status, '', { Location: `${OTHER}/v5/boards/42?steal=1` });
				const { items, error } = await runNode(
					{
						authentication,
						resource: 'board',
						operation: 'get',
						board: { __rl: true, mode: 'id', value: '42' },
					},
					{ credentials: await credentialsOf[authentication]() },
				);
				expect(api.isDone()).toBe(true);
				other.close();
				expect(other.seen).toEqual([]);
				expect(items).toEqual([]);
				expect(error?.message).toBe(
					`Pinterest request redirected to another host, elsewhere.test (HTTP ${status}): not followed, the credential was not sent there`,
				);
				expect(String(error?.description)).toContain(
					`GET ${BASE}/boards/42 was answered with HTTP ${status} pointing to ${OTHER}/v5/boards/42?steal=1`,
				);
			});
		}
	}

	it('a redirected create is not followed either, and is safe to run again', async () => {
		const other = otherHost();
		nock(BASE)
			.post('/pins/7/save', { board_id: '42' })
			.reply(307, '', { Location: `${OTHER}/v5/pins/7/save` });
		const { error } = await runNode(pinSave('7', '42'), {
			credentials: await credentialsOf.accessToken(),
		});
		other.close();
		expect(other.seen).toEqual([]);
		expect(error?.message).toBe(
			'Pinterest request redirected to another host, elsewhere.test (HTTP 307): not followed, the credential was not sent there (not carried out: safe to run again)',
		);
	});

	it('a redirect on the same host is refused too, once, naming the path', async () => {
		const api = nock(BASE).get('/boards/42').once().reply(302, '', { Location: '/v5/boards/42/' });
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: '42' },
			},
			{ credentials: await credentialsOf.accessToken() },
		);
		expect(api.isDone()).toBe(true);
		expect(error?.message).toBe(
			'Pinterest request redirected to /v5/boards/42/ on the same host (HTTP 302): not followed',
		);
	});

	it('a list read (Return All) does not follow a redirect off the host either', async () => {
		const other = otherHost();
		nock(BASE)
			.get('/boards')
			.query(true)
			.reply(302, '', { Location: `${OTHER}/v5/boards` });
		const { error } = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'getAll', returnAll: true },
			{ credentials: await credentialsOf.accessToken() },
		);
		other.close();
		expect(other.seen).toEqual([]);
		expect(error?.message).toContain('redirected to another host, elsewhere.test (HTTP 302)');
	});
});
