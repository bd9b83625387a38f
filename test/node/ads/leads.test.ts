/**
 * Lead Form and Lead Subscription operations, both node versions, through real n8n-core against
 * the simulator's lead ads routes; the simulator's answers are checked against the OpenAPI file.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import * as openapi from '../../../tools/simulator/openapi';
import type { AdsSimulator, LeadForm, Simulator } from '../../../tools/simulator';
import { createSimulator, installAds } from '../../../tools/simulator';
import { openapiSkipNote } from '../../helpers/openapiNote';
import { warn } from '../../helpers/system';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_leadops1';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Lead Form and Lead Subscription operations', () => {
	const sim: Simulator = createSimulator({ accessTokens: [TOKEN] });
	const ads: AdsSimulator = installAds(sim, { accessTokens: [TOKEN], deliverLeads: false });
	let accountId = '';
	let form: LeadForm;

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		accountId = ads.addAdAccount({ name: 'Leads' }).id;
		form = ads.addLeadForm(accountId, { name: 'Spring offer' });
		ads.addLeadForm(accountId, { name: 'Autumn offer', status: 'DRAFT' });
	});

	const run = async (parameters: IDataObject, typeVersion?: number) =>
		await runNode(
			{ authentication: 'accessToken', adAccount: rl(accountId), ...parameters },
			{
				credentials: await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) }),
				typeVersion,
			},
		);
	const apiRequests = () => sim.requests.filter((r) => r.path.startsWith('/v5/'));

	it.each([1, 1.1])(
		'Lead Form → Get Many (v%s) pages with page_size and emits one item per form',
		async (version) => {
			const { items, error } = await run(
				{ resource: 'leadForm', operation: 'getAll', returnAll: false, limit: 1 },
				version,
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => [i.json.name, i.pairedItem])).toEqual([
				['Spring offer', { item: 0 }],
			]);
			const [request] = apiRequests();
			expect([request.method, request.path, request.query]).toEqual([
				'GET',
				`/v5/ad_accounts/${accountId}/lead_forms`,
				{ page_size: '1' },
			]);
		},
	);

	it('Lead Form → Get returns the form with its questions in order', async () => {
		const { items, error } = await run({
			resource: 'leadForm',
			operation: 'get',
			leadForm: rl(form.id),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect((items[0].json.questions as IDataObject[]).map((q) => q.question_type)).toEqual([
			'FIRST_NAME',
			'EMAIL',
			'CUSTOM',
		]);
	});

	it('Lead Form → Create Test Lead sends the answers in order; the lead goes to the form’s subscription', async () => {
		const create = await fetch(`${sim.baseUrl}/ad_accounts/${accountId}/leads/subscriptions`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({
				webhook_url: 'https://hooks.example.com/leads',
				lead_form_id: form.id,
			}),
		});
		const subscription = (await create.json()) as IDataObject;
		const { items, error } = await run({
			resource: 'leadForm',
			operation: 'createTestLead',
			leadForm: rl(form.id),
			answers: {
				answer: [{ value: 'Ann' }, { value: 'ann@example.com' }, { value: 'Under $100' }],
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ subscription_id: subscription.id }]);
		const request = apiRequests().find((r) => r.path.endsWith('/test'));
		expect(request?.body).toEqual({ answers: ['Ann', 'ann@example.com', 'Under $100'] });
		expect(
			ads.state.leads.map((lead) => [lead.is_test, lead.answers.map((a) => a.answer)]),
		).toEqual([[true, ['Ann', 'ann@example.com', 'Under $100']]]);
	});

	it('Lead Subscription → Get Many, Get and Delete; the encryption key never reaches an item', async () => {
		const made: IDataObject[] = [];
		for (const url of ['https://hooks.example.com/a', 'https://hooks.example.com/b']) {
			const response = await fetch(`${sim.baseUrl}/ad_accounts/${accountId}/leads/subscriptions`, {
				method: 'POST',
				headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
				body: JSON.stringify({ webhook_url: url }),
			});
			made.push((await response.json()) as IDataObject);
		}
		expect(typeof made[0].cryptographic_key).toBe('string');
		const list = await run({ resource: 'leadSubscription', operation: 'getAll', returnAll: true });
		expect(list.error).toBeUndefined();
		expect(list.items.map((i) => [i.json.id, i.json.webhook_url])).toEqual([
			[made[0].id, 'https://hooks.example.com/a'],
			[made[1].id, 'https://hooks.example.com/b'],
		]);
		const one = await run({
			resource: 'leadSubscription',
			operation: 'get',
			subscriptionId: made[1].id as string,
		});
		expect(one.items[0].json.webhook_url).toBe('https://hooks.example.com/b');
		const output = JSON.stringify([...list.items, ...one.items].map((i) => i.json));
		for (const subscription of made) expect(output).not.toContain(subscription.cryptographic_key);
		const deleted = await run(
			{ resource: 'leadSubscription', operation: 'delete', subscriptionId: made[0].id as string },
			1,
		);
		expect(deleted.items.map((i) => i.json)).toEqual([{ deleted: true, id: made[0].id }]);
		const after = await run({ resource: 'leadSubscription', operation: 'getAll', returnAll: true });
		expect(after.items.map((i) => i.json.id)).toEqual([made[1].id]);
	});

	if (!openapi.specAvailable()) warn(openapiSkipNote('the lead ads routes'));
	(openapi.specAvailable() ? it : it.skip)(
		'the lead ads routes answer (and are asked) what the OpenAPI file describes',
		async () => {
			const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
			const base = `${sim.baseUrl}/ad_accounts/${accountId}`;
			const call = async (
				operationId: string,
				method: string,
				path: string,
				expected: number,
				body?: unknown,
			) => {
				const response = await fetch(`${base}${path}`, {
					method,
					headers,
					body: body === undefined ? undefined : JSON.stringify(body),
				});
				const json = response.status === 204 ? undefined : ((await response.json()) as unknown);
				expect([operationId, response.status]).toEqual([operationId, expected]);
				expect([
					operationId,
					openapi.validateResponse(operationId, response.status, json).errors ?? [],
				]).toEqual([operationId, []]);
				return json as IDataObject;
			};
			const missing = '1234567890123456789';
			await call('lead_forms/list', 'GET', '/lead_forms?page_size=1', 200);
			await call('lead_forms/list', 'GET', '/lead_forms?page_size=0', 400);
			await call('lead_form/get', 'GET', `/lead_forms/${form.id}`, 200);
			await call('lead_form/get', 'GET', `/lead_forms/${missing}`, 404);
			const sub = await call(
				'ad_accounts_subscriptions/post',
				'POST',
				'/leads/subscriptions',
				200,
				{
					webhook_url: 'https://hooks.example.com/x',
					lead_form_id: form.id,
				},
			);
			await call('ad_accounts_subscriptions/post', 'POST', '/leads/subscriptions', 400, {
				webhook_url: 'https://hooks.example.com/x',
				lead_form_id: form.id,
			});
			await call('ad_accounts_subscriptions/get_list', 'GET', '/leads/subscriptions', 200);
			await call(
				'ad_accounts_subscriptions/get_by_id',
				'GET',
				`/leads/subscriptions/${sub.id}`,
				200,
			);
			await call(
				'ad_accounts_subscriptions/get_by_id',
				'GET',
				`/leads/subscriptions/${missing}`,
				404,
			);
			await call('lead_form_test/create', 'POST', `/lead_forms/${form.id}/test`, 200, {
				answers: ['A', 'a@example.com', 'Under $100'],
			});
			await call('lead_form_test/create', 'POST', `/lead_forms/${form.id}/test`, 400, {
				answers: 'A',
			});
			await call(
				'ad_accounts_subscriptions/del_by_id',
				'DELETE',
				`/leads/subscriptions/${sub.id}`,
				204,
			);
			await call(
				'ad_accounts_subscriptions/del_by_id',
				'DELETE',
				`/leads/subscriptions/${sub.id}`,
				404,
			);
			for (const request of apiRequests()) {
				if (request.status !== undefined && request.status >= 400) continue;
				const result = openapi.validateRequest({
					method: request.method,
					path: request.path.slice(3),
					query: request.query,
					body: request.body,
				});
				expect([request.method, request.path, result.errors]).toEqual([
					request.method,
					request.path,
					[],
				]);
			}
		},
	);
});
