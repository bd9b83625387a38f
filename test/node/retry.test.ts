import nock from 'nock';
import { sleep } from 'n8n-workflow';

import {
	builtModule,
	makeCredentials,
	oauth2Credential,
	runNode,
	tokenCredential,
} from '../helpers/harness';
import { delayBeforeRetry, DEFAULT_RETRY_POLICY } from '../../nodes/Pinterest/transport/retry';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_retry_token';

describe('retries: rate limits and server errors', () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const getBoard = (extra: Record<string, unknown> = {}) => ({
		authentication: 'accessToken',
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value: '42' },
		...extra,
	});

	it('waits as Retry-After says on a 429 and then succeeds', async () => {
		nock(BASE)
			.get('/boards/42')
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '1' });
		nock(BASE).get('/boards/42').reply(200, { id: '42', name: 'ok' });
		const started = Date.now();
		const { items, error } = await runNode(getBoard(), { credentials: await credentials() });
		const elapsed = Date.now() - started;
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: '42', name: 'ok' });
		expect(elapsed).toBeGreaterThanOrEqual(950);
	});

	it('retries a POST after a 429 (Pinterest did not process it)', async () => {
		nock(BASE)
			.post('/boards', { name: 'x' })
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '0' });
		nock(BASE).post('/boards', { name: 'x' }).reply(201, { id: '1', name: 'x' });
		const { items } = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'create', name: 'x' },
			{ credentials: await credentials() },
		);
		expect(items[0].json).toEqual({ id: '1', name: 'x' });
	});

	it('retries a GET after 503s, but never a POST without an intent after a 5xx', async () => {
		nock(BASE)
			.get('/boards/42')
			.times(2)
			.reply(503, { code: 503, message: 'busy' }, { 'Retry-After': '0' });
		nock(BASE).get('/boards/42').reply(200, { id: '42' });
		const got = await runNode(getBoard(), { credentials: await credentials() });
		expect(got.items[0].json).toEqual({ id: '42' });

		// A POST without a way to look (Pin → Save) is never sent twice after a 5xx. Creates of
		// pins, boards and sections look first instead (test/node/exactlyOnce/).
		nock(BASE)
			.post('/pins/7/save', { board_id: '42' })
			.once()
			.reply(500, { code: 500, message: 'oops' }, { 'Retry-After': '0' });
		const saved = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'save',
				pin: { __rl: true, mode: 'id', value: '7' },
				board: { __rl: true, mode: 'id', value: '42' },
			},
			{ credentials: await credentials() },
		);
		expect(saved.error?.message).toBe(
			'Pinterest 500 (code 500): oops (may have been carried out: check before running again)',
		);
		expect(String(saved.error?.description)).toContain('may have been carried out anyway');
	});

	it('stops after Max Attempts and reports the rate limit', async () => {
		nock(BASE)
			.get('/boards/42')
			.times(3)
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '0' });
		const { error } = await runNode(getBoard({ rateLimit: { maxAttempts: 3 } }), {
			credentials: await credentials(),
		});
		expect(error?.message).toBe('Pinterest 429 (code 8): Rate limited');
		expect(String(error?.description)).toContain('did not clear within the retries');
	});

	it('does not wait longer than Max Total Wait', async () => {
		nock(BASE)
			.get('/boards/42')
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '30' });
		const started = Date.now();
		const { error } = await runNode(getBoard({ rateLimit: { maxTotalWait: 5 } }), {
			credentials: await credentials(),
		});
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error?.message).toBe('Pinterest 429 (code 8): Rate limited');
	});

	it('OAuth2: a 401 is sent once more through n8n, which refreshes the token', async () => {
		const c = await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: 'pina_a',
				refresh_token: 'pinr_a',
			}),
		});
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_a')
			.times(2)
			.reply(401, { code: 2, message: 'Authentication failed.' });
		nock(BASE).post('/oauth/token').reply(200, {
			access_token: 'pina_b',
			refresh_token: 'pinr_b',
			token_type: 'bearer',
			expires_in: 60,
			scope: 's',
		});
		nock(BASE)
			.get('/boards/42')
			.matchHeader('authorization', 'Bearer pina_b')
			.reply(200, { id: '42' });
		const { items, error } = await runNode(
			{ ...getBoard(), authentication: 'oAuth2' },
			{ credentials: c },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: '42' });
		expect(
			(c.store.pinterestOAuth2Api.oauthTokenData as Record<string, string>).refresh_token,
		).toBe('pinr_b');
	});

	it('OAuth2: a 401 with code 3 (a scope the token lacks) is not refreshed; the error names the scopes', async () => {
		const c = await makeCredentials({
			pinterestOAuth2Api: oauth2Credential(BASE, {
				access_token: 'pina_scoped',
				refresh_token: 'pinr_scoped',
			}),
		});
		const missingScope = {
			code: 3,
			message:
				'Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.',
		};
		// One answer only: no resend, no token refresh (strict nock refuses any other request).
		nock(BASE).post('/catalogs/feeds/5/ingest').reply(401, missingScope);
		const { error } = await runNode(
			{
				resource: 'catalog',
				operation: 'ingestFeed',
				feed: { __rl: true, mode: 'id', value: '5' },
			},
			{ credentials: c },
		);
		expect(error?.message).toMatch(/^Pinterest 401 \(code 3\): Your token does not have/);
		expect(String(error?.description)).toContain('This operation needs the catalogs:write scope.');
		expect(c.updates).toEqual([]);
	});

	it('sends at most Max Parallel Requests at once, whatever the number of items', async () => {
		let inFlight = 0;
		let peak = 0;
		nock(BASE)
			.get(/\/boards\/\d+$/)
			.times(12)
			.reply(200, async (uri) => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				await sleep(20);
				inFlight--;
				return { id: uri.split('/').pop() };
			});
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { id: String(i + 1) } }));
		const { items } = await runNode(
			{
				...getBoard({ rateLimit: { maxParallel: 3 } }),
				board: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			{ credentials: await credentials(), input },
		);
		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual(
			input.map((item, index) => [item.json.id, { item: index }]),
		);
		expect(peak).toBe(3);
		// The node runs from dist/, so ask that copy of the module.
		const { openGates } = await builtModule<
			typeof import('../../nodes/Pinterest/routing/concurrency')
		>('nodes/Pinterest/routing/concurrency');
		expect(openGates()).toBe(0);
	});

	it('computes waits from Retry-After seconds, HTTP dates, reset headers, or jittered backoff', () => {
		const p = DEFAULT_RETRY_POLICY;
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(delayBeforeRetry(1, { 'Retry-After': '7' }, p, now)).toBe(7000);
		expect(delayBeforeRetry(1, { 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, p, now)).toBe(
			3000,
		);
		expect(delayBeforeRetry(1, { 'x-ratelimit-reset': String(now / 1000 + 4) }, p, now)).toBe(4000);
		expect(delayBeforeRetry(1, { 'x-ratelimit-reset': '2' }, p, now)).toBe(2000);
		expect(delayBeforeRetry(3, {}, p, now, () => 1)).toBe(4000);
		expect(delayBeforeRetry(3, {}, p, now, () => 0.5)).toBe(2000);
		expect(delayBeforeRetry(10, {}, p, now, () => 1)).toBe(30000);
	});
});

describe('failures before any request', () => {
	it('an OAuth2 credential that was never connected says so, and nothing is retried', async () => {
		nock.disableNetConnect();
		const c = await makeCredentials({
			pinterestOAuth2Api: {
				environment: 'custom',
				customBaseUrl: BASE,
				clientId: 'app-id',
				clientSecret: 'app-secret',
			},
		});
		const started = Date.now();
		const { error } = await runNode(
			{ resource: 'board', operation: 'get', board: { __rl: true, mode: 'id', value: '42' } },
			{ credentials: c },
		);
		expect(error?.message).toBe('The Pinterest OAuth2 API credential is not connected');
		expect(String(error?.description)).toContain('"Connect my account"');
		expect(Date.now() - started).toBeLessThan(1000);
		expect(nock.pendingMocks()).toEqual([]);
		nock.enableNetConnect();
	});
});
