/**
 * Advice for Pinterest's own error codes seen in the field (code 9 spam block, code 1 image that
 * could not be fetched, code 2787 "something went wrong", code 29 Trial access or not permitted,
 * 409s of boards and of catalogs, 4182 no catalog), through n8n-core's RoutingNode with
 * Pinterest's answers played by nock. The bodies are the ones Pinterest sent, where they were
 * recorded (each test names the source).
 */
import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import { imagePinCreate } from '../helpers/params';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_codes_token';
const BOARD = '549755885175';

describe("Pinterest's error codes: what to do", () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const createPin = (maxAttempts = 5) => imagePinCreate(BOARD, { rateLimit: { maxAttempts } });
	const run = async (parameters: object) =>
		await runNode(parameters, { credentials: await credentials(), continueOnFail: true });

	it('code 9 (spam block): slow down and spread pins; not retried at once', async () => {
		nock(BASE)
			.post('/pins')
			.once()
			.reply(
				429,
				{ code: 9, message: 'Your request was blocked to prevent spam.' },
				{ 'Retry-After': '0' },
			);
		const { items } = await run(createPin());
		expect(items[0].json.error).toBe(
			'Pinterest 429 (code 9): Your request was blocked to prevent spam. (not carried out: safe to run again)',
		);
		expect(String(items[0].error?.description)).toMatch(
			/spam protection.*Max Parallel Requests to 1.*spread pins over hours/,
		);
	});

	it('code 1 on a create (image not fetched): make the URL public, or try later', async () => {
		nock(BASE)
			.post('/pins')
			.reply(400, { code: 1, message: "Sorry! We couldn't fetch the image." });
		const { items } = await run(createPin());
		expect(items[0].json.error).toMatch(
			/^Pinterest 400 \(code 1\).*\(not carried out: safe to run again\)$/,
		);
		expect(String(items[0].error?.description)).toMatch(/URL must be public.*try again later/);
	});

	// 2787 is the code the README gives for this text; Airbyte's source-pinterest tests pair it
	// with code 12 (REAL-API.md, Errors). Either way Pinterest failed midway: the node looks.
	it.each([2787, 12])(
		'code %i "Something went wrong on our end" on a create: the node looked, resent, and says how often',
		async (code) => {
			const body = { code, message: 'Something went wrong on our end. Sorry about that.' };
			nock(BASE).post('/pins').times(2).reply(400, body);
			nock(BASE)
				.get(`/boards/${BOARD}/pins`)
				.query(true)
				// Each look reads, then again 1 s and 3 s after the answer (lists can lag).
				.times(6)
				.reply(200, { items: [], bookmark: null });
			const { items } = await run(createPin(2));
			expect(items[0].json.error).toBe(
				`Pinterest 400 (code ${code}): ${body.message} (not carried out: safe to run again)`,
			);
			expect(String(items[0].error?.description)).toMatch(
				new RegExp(
					`all 2 tries .*code ${code}: something went wrong on Pinterest's side.*\\(2 checks, each read again until 3 s after the answer.*\\) and did not find a pin`,
				),
			);
		},
	);

	it.each([2787, 12])(
		'code %i "Something went wrong on our end" elsewhere: their side, try again later (not a wrong parameter)',
		async (code) => {
			nock(BASE)
				.patch(`/boards/${BOARD}`)
				.reply(400, { code, message: 'Something went wrong on our end.' });
			const { items } = await run({
				authentication: 'accessToken',
				resource: 'board',
				operation: 'update',
				board: { __rl: true, mode: 'id', value: BOARD },
				updateFields: { name: 'New name' },
			});
			expect(items[0].json.error).toBe(
				`Pinterest 400 (code ${code}): Something went wrong on our end.`,
			);
			expect(String(items[0].error?.description)).toMatch(
				/went wrong on Pinterest's side.*Try again later/,
			);
		},
	);

	it('code 29 (Trial access writing to production): use Sandbox', async () => {
		nock(BASE).post('/pins').reply(403, {
			code: 29,
			message: 'Apps with Trial access may not create Pins in production.',
		});
		const { items } = await run(createPin());
		expect(items[0].json.error).toMatch(
			/^Pinterest 403 \(code 29\).*\(not carried out: safe to run again\)$/,
		);
		expect(String(items[0].error?.description)).toMatch(/set Environment to Sandbox/);
	});

	const getProductGroups = {
		authentication: 'accessToken',
		resource: 'catalog',
		operation: 'getProductGroups',
		returnAll: true,
	};

	it('409 code 4182 on Catalog → Get Product Groups: create a catalog first, not a board conflict', async () => {
		// Recorded from the live API: NangoHQ/integration-templates
		// integrations/pinterest/tests/catalog-product-groups.test.json
		nock(BASE)
			.get('/catalogs/product_groups')
			.query(true)
			.reply(409, { code: 4182, message: "Can't access this feature without an existing catalog" });
		const { items } = await run(getProductGroups);
		expect(items[0].json.error).toBe(
			"Pinterest 409 (code 4182): Can't access this feature without an existing catalog",
		);
		const description = String(items[0].error?.description);
		expect(description).toMatch(/has no catalog yet.*Catalog → Create/);
		expect(description).not.toMatch(/board/i);
	});

	it('a 409 on a board write is a board conflict; on a catalogs write it says what is in the way', async () => {
		// OpenAPI examples: board_sections/create 409 (code 409), product_groups/create 409 code 4179.
		nock(BASE).post(`/boards/${BOARD}/sections`).reply(409, {
			code: 409,
			message: 'Could not get exclusive access to the board to create a new section.',
		});
		nock(BASE).post('/catalogs/product_groups').reply(409, {
			code: 4179,
			message: 'A catalogs product group with this name already exists for this feed.',
		});
		const section = await run({
			authentication: 'accessToken',
			resource: 'boardSection',
			operation: 'create',
			board: { __rl: true, mode: 'id', value: BOARD },
			name: 'Desserts',
		});
		expect(String(section.items[0].error?.description)).toMatch(
			/conflict on this board.*run the node again/,
		);
		const group = await run({
			authentication: 'accessToken',
			resource: 'productGroup',
			operation: 'create',
			name: 'Shoes',
			feed: { __rl: true, mode: 'id', value: '2680059592705' },
			filterMatch: 'all_of',
			filterConditions: { conditions: [{ field: 'BRAND', values: 'acme' }] },
		});
		expect(group.items[0].json.error).toBe(
			'Pinterest 409 (code 4179): A catalogs product group with this name already exists for this feed. (not carried out: safe to run again)',
		);
		const description = String(group.items[0].error?.description);
		expect(description).toMatch(/already has a product group with this name.*another name/);
		expect(description).not.toMatch(/board/i);
	});

	it('code 29 "not permitted" (401 on catalogs): not a dead token, no Trial-access advice', async () => {
		// OpenAPI examples: 17 catalogs operations answer 401 {"code":29,"message":"You are not
		// permitted to access that resource."}.
		nock(BASE)
			.get('/catalogs')
			.query(true)
			.reply(401, { code: 29, message: 'You are not permitted to access that resource.' });
		const { items } = await run({
			authentication: 'accessToken',
			resource: 'catalog',
			operation: 'getAll',
			returnAll: true,
		});
		expect(items[0].json.error).toBe(
			'Pinterest 401 (code 29): You are not permitted to access that resource.',
		);
		const description = String(items[0].error?.description);
		expect(description).toMatch(
			/^Pinterest does not permit the connected account to use this\. This operation needs the catalogs:read scope\./,
		);
		expect(description).toContain('check that the catalog belongs to the connected account');
		expect(description).not.toMatch(/Sandbox|did not accept/);
	});

	it('code 2 (401 Authentication failed): the token is not accepted; reconnect', async () => {
		// OpenAPI examples: 9 operations answer 401 {"code":2,"message":"Authentication failed."}.
		nock(BASE).get(`/boards/${BOARD}`).reply(401, { code: 2, message: 'Authentication failed.' });
		const { items } = await run({
			authentication: 'accessToken',
			resource: 'board',
			operation: 'get',
			board: { __rl: true, mode: 'id', value: BOARD },
		});
		expect(items[0].json.error).toBe('Pinterest 401 (code 2): Authentication failed.');
		expect(String(items[0].error?.description)).toMatch(
			/did not accept the credential's token \(expired, revoked.*reconnect it \(OAuth2\), or paste a new access token/,
		);
	});

	it('code 1 outside Pin → Create: the message names the parameter to fix', async () => {
		// OpenAPI examples: code 1 on 400 for 24 operations ("Parameter 'page_size' was not numeric").
		nock(BASE)
			.get('/boards')
			.query(true)
			.reply(400, { code: 1, message: "Parameter 'page_size' was not numeric (was 3e)" });
		const { items } = await run({
			authentication: 'accessToken',
			resource: 'board',
			operation: 'getAll',
			returnAll: true,
		});
		expect(items[0].json.error).toBe(
			"Pinterest 400 (code 1): Parameter 'page_size' was not numeric (was 3e)",
		);
		const description = String(items[0].error?.description);
		expect(description).toMatch(/names it\. Fix that field/);
		expect(description).not.toMatch(/image/);
	});

	it('code 3 (missing scope) on a 403 of an organic operation: reconnect with every scope', async () => {
		// OpenAPI example: 401/403 {"code":3,"message":"Your token does not have sufficient permissions ..."}.
		nock(BASE).get(`/boards/${BOARD}`).reply(403, {
			code: 3,
			message:
				'Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.',
		});
		const { items } = await run({
			authentication: 'accessToken',
			resource: 'board',
			operation: 'get',
			board: { __rl: true, mode: 'id', value: BOARD },
		});
		const description = String(items[0].error?.description);
		expect(description).toMatch(/^The token is missing a scope this operation needs\. Reconnect/);
		expect(description).not.toMatch(/belongs to this account/);
	});

	describe('reporting throttles: "Retry after N seconds" (airbytehq/airbyte source-pinterest)', () => {
		const reportCreate = {
			authentication: 'accessToken',
			resource: 'report',
			operation: 'create',
			adAccount: { __rl: true, mode: 'id', value: BOARD },
			level: 'CAMPAIGN',
			dateRange: 'yesterday',
			granularity: 'DAY',
			columns: 'CAMPAIGN_ID,SPEND_IN_DOLLAR',
			waitOptions: { pollInterval: 0.01, maxWait: 10 },
			rateLimit: { maxAttempts: 1 },
		};

		it('code 2726 (429): the reporting cost limit, wait the seconds it names', async () => {
			nock(BASE).post(`/ad_accounts/${BOARD}/reports`).reply(429, {
				code: 2726,
				message: 'Reporting query cost limit exceeded. Retry after 1 seconds',
			});
			const { items } = await run(reportCreate);
			expect(items[0].json.error).toMatch(/^Pinterest 429 \(code 2726\): Reporting query cost/);
			const description = String(items[0].error?.description);
			expect(description).toMatch(/^Pinterest is throttling these queries .* wait 1 s\./);
		});

		it('a 400 code 1 "Retry after 5 seconds": a throttle, not a wrong parameter', async () => {
			nock(BASE)
				.post(`/ad_accounts/${BOARD}/reports`)
				.reply(400, { code: 1, message: 'Retry after 5 seconds' });
			const { items } = await run(reportCreate);
			expect(items[0].json.error).toMatch(/^Pinterest 400 \(code 1\): Retry after 5 seconds/);
			const description = String(items[0].error?.description);
			expect(description).toMatch(/wait 5 s\. The node waits that long and tries again/);
			expect(description).not.toMatch(/names it\. Fix that field/);
		});

		it('the node waits the seconds the throttle names and asks again (within Max Attempts)', async () => {
			const asked: number[] = [];
			nock(BASE)
				.get('/user_account/analytics')
				.query(true)
				.reply(() => {
					asked.push(Date.now());
					return [400, { code: 1, message: 'Retry after 1 seconds' }];
				})
				.get('/user_account/analytics')
				.query(true)
				.reply(() => {
					asked.push(Date.now());
					const day = { date: '2026-12-01', data_status: 'READY', metrics: { IMPRESSION: 3 } };
					return [200, { all: { summary_metrics: { IMPRESSION: 3 }, daily_metrics: [day] } }];
				});
			const { items } = await run({
				authentication: 'accessToken',
				resource: 'account',
				operation: 'getAnalytics',
				dateRange: 'last7Days',
			});
			expect(items.length).toBeGreaterThan(0);
			expect(items[0].json.error).toBeUndefined();
			expect(asked).toHaveLength(2);
			// The second request waited for the second Pinterest asked for (not a quick backoff).
			expect(asked[1] - asked[0]).toBeGreaterThanOrEqual(950);
		});
	});
});
