/**
 * The Pinterest Lead Ads Trigger through n8n-core, the way n8n's WebhookService runs a webhook
 * trigger: its webhook methods (checkExists → create on activation, delete on deactivation) on
 * HookContext, and webhook() on WebhookContext with a delivery the simulator encrypted.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	leadAdsWorkflow,
	logLines,
	makeCredentials,
	runLeadAdsExecution,
	runWebhook,
	runWebhookMethod,
	tokenCredential,
} from '../helpers/harness';
import type { AdsSimulator, LeadForm, Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_leadtrig1';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Pinterest Lead Ads Trigger', () => {
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
	});

	const credentials = async () =>
		await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
	const parameters = (withForm = true): IDataObject => ({
		authentication: 'accessToken',
		adAccount: rl(accountId),
		...(withForm ? { leadForm: rl(form.id) } : {}),
	});
	const live = () => ads.state.leadSubscriptions.filter((s) => !s.deleted);
	const posts = () =>
		sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/leads/subscriptions'));

	it('activation subscribes the webhook URL once and keeps the key; deactivation deletes it', async () => {
		const staticData: IDataObject = {};
		const workflow = await leadAdsWorkflow(parameters(), staticData);
		const creds = await credentials();
		expect(await runWebhookMethod(workflow, creds, 'createIfNotExists')).toBe(false);
		expect(posts().map((r) => r.body)).toEqual([
			{ webhook_url: expect.stringMatching(/\/webhook\//), lead_form_id: form.id },
		]);
		const [subscription] = live();
		const state = workflow.getStaticData('node', workflow.getNode('Pinterest Lead Ads Trigger')!);
		expect(state).toMatchObject({
			subscriptionId: subscription.id,
			adAccountId: accountId,
			leadFormId: form.id,
			cryptographicKey: subscription.key,
			cryptographicAlgorithm: 'AES-256-GCM',
		});
		// n8n runs checkExists again at every start: the same subscription is found, none is added.
		expect(await runWebhookMethod(workflow, creds, 'createIfNotExists')).toBe(true);
		expect(posts()).toHaveLength(1);
		expect(live()).toHaveLength(1);

		await runWebhookMethod(workflow, creds, 'delete', { mode: 'internal', activation: 'update' });
		expect(live()).toHaveLength(0);
		expect(state.subscriptionId).toBeUndefined();
		expect(state.cryptographicKey).toBeUndefined();
		// Deleting again (nothing stored) is fine.
		await runWebhookMethod(workflow, creds, 'delete', { mode: 'internal', activation: 'update' });
	});

	it('deactivation after the subscription was deleted elsewhere (404) still succeeds', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(parameters(), {});
		await runWebhookMethod(workflow, creds, 'createIfNotExists');
		live()[0].deleted = true; // e.g. Lead Subscription → Delete
		await runWebhookMethod(workflow, creds, 'delete', { mode: 'internal', activation: 'update' });
		const deletes = sim.requests.filter((r) => r.method === 'DELETE');
		expect(deletes.map((r) => r.status)).toEqual([404]);
	});

	it('a subscription for this URL whose key was lost is adopted with the key Pinterest lists, never doubled', async () => {
		// Pinterest shows cryptographic_key in its subscription lists too (recorded, REAL-API.md).
		const creds = await credentials();
		const first = await leadAdsWorkflow(parameters(false), {});
		await runWebhookMethod(first, creds, 'createIfNotExists');
		const old = live()[0];
		// The same workflow with its static data gone (imported anew, restored from a backup).
		const again = await leadAdsWorkflow(parameters(false), {});
		expect(await runWebhookMethod(again, creds, 'createIfNotExists')).toBe(true);
		expect(live().map((s) => s.id)).toEqual([old.id]);
		expect(
			sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/subscriptions')),
		).toHaveLength(1);
	});

	it('a delivery becomes one item per lead with the answers by name; the same lead again is not emitted', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(parameters(), {});
		await runWebhookMethod(workflow, creds, 'createIfNotExists');
		const lead = ads.submitLead(accountId, form.id, ['Ann', 'ann@example.com', 'Under $100']);
		const [{ body }] = lead.envelopes;
		const first = await runWebhook(workflow, creds, { body });
		expect(first.response.statusCode).toBe(200);
		const items = first.result.workflowData?.[0] ?? [];
		expect(items.map((i) => i.json)).toEqual([
			{
				advertiser_id: accountId,
				lead_form_id: form.id,
				ad_id: null,
				campaign_id: null,
				ad_group_id: null,
				lead_id: lead.id,
				created_time: lead.envelopes[0].body[0].created_time,
				is_test: false,
				answers: {
					first_name: 'Ann',
					email: 'ann@example.com',
					'What is your budget?': 'Under $100',
				},
				questions: [
					{ name: 'first_name', question_type: 'FIRST_NAME', answer: 'Ann' },
					{ name: 'email', question_type: 'EMAIL', answer: 'ann@example.com' },
					{
						name: 'What is your budget?',
						question_type: 'CUSTOM',
						question: 'What is your budget?',
						answer: 'Under $100',
					},
				],
			},
		]);
		// Pinterest retried (our 200 got lost): answered, nothing started.
		const second = await runWebhook(workflow, creds, { body });
		expect(second.result.workflowData).toBeUndefined();
		expect(second.result.webhookResponse).toEqual({ received: 1, duplicates: 1 });
	});

	it('an undecryptable delivery starts nothing, is answered 500 (Pinterest retries) and logged without content', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(parameters(), {});
		await runWebhookMethod(workflow, creds, 'createIfNotExists');
		const lead = ads.submitLead(accountId, form.id, ['Bob', 'bob@example.com', 'Over $500'], {
			corrupt: true,
		});
		logLines.splice(0);
		const { result, response } = await runWebhook(workflow, creds, {
			body: lead.envelopes[0].body,
		});
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(500);
		const logged = logLines.join('\n');
		expect(logged).toContain('could not be decrypted');
		expect(logged).toContain(lead.id);
		for (const secret of [
			'Bob',
			'bob@example.com',
			lead.envelopes[0].body[0].base64_encrypted_data,
		])
			expect(logged).not.toContain(String(secret));
		// Not remembered either: once it decrypts (the retry, or a good lead), it runs.
		const good = ads.submitLead(accountId, form.id, ['Bob', 'bob@example.com', 'Over $500']);
		const mixed = [...lead.envelopes[0].body, ...good.envelopes[0].body];
		const retry = await runWebhook(workflow, creds, { body: mixed });
		expect(retry.response.statusCode).toBe(500);
		expect(retry.result.workflowData?.[0].map((i) => i.json.lead_id)).toEqual([good.id]);
		// A body that is no delivery at all is refused the same way.
		const garbage = await runWebhook(workflow, creds, { body: { hello: 'world' } });
		expect([garbage.response.statusCode, garbage.result.workflowData]).toEqual([500, undefined]);
	});

	it('the run a delivery starts passes the leads through and remembers them again, so that n8n saves them', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(parameters(), {});
		await runWebhookMethod(workflow, creds, 'createIfNotExists');
		const lead = ads.submitLead(accountId, form.id, ['Dee', 'dee@example.com', 'Over $500']);
		const { result } = await runWebhook(workflow, creds, { body: lead.envelopes[0].body });
		const items = result.workflowData?.[0] ?? [];
		// What n8n does when it starts the run: the same static data, its changed flag cleared.
		const state = workflow.getStaticData('node', workflow.getNode('Pinterest Lead Ads Trigger')!);
		state.seenLeads = [];
		workflow.staticData.__dataChanged = false;
		const run = await runLeadAdsExecution(workflow, creds, items);
		expect(run.error).toBeUndefined();
		expect(run.items.map((i) => i.json)).toEqual(items.map((i) => i.json));
		expect(state.seenLeads).toEqual([lead.id]);
		expect(workflow.staticData.__dataChanged).toBe(true);
	});

	it('remembers the latest 1000 lead IDs: the oldest is forgotten first', async () => {
		const creds = await credentials();
		const staticData: IDataObject = {};
		const workflow = await leadAdsWorkflow(parameters(), staticData);
		await runWebhookMethod(workflow, creds, 'createIfNotExists');
		const state = workflow.getStaticData('node', workflow.getNode('Pinterest Lead Ads Trigger')!);
		state.seenLeads = Array.from({ length: 1000 }, (_, i) => `old-${i}`);
		const lead = ads.submitLead(accountId, form.id, ['Cy', 'cy@example.com', 'Under $100']);
		await runWebhook(workflow, creds, { body: lead.envelopes[0].body });
		const seen = state.seenLeads as string[];
		expect(seen).toHaveLength(1000);
		expect(seen[0]).toBe('old-1');
		expect(seen[999]).toBe(lead.id);
	});

	it('listening for a test event subscribes the test URL and asks Pinterest for a test lead of the form', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(parameters(), {});
		await runWebhookMethod(workflow, creds, 'createIfNotExists', {
			mode: 'manual',
			activation: 'manual',
		});
		expect(live().map((s) => s.webhook_url)).toEqual([expect.stringContaining('/webhook-test/')]);
		const test = sim.requests.find((r) => r.path.endsWith('/test'));
		expect(test?.body).toEqual({
			answers: ['Test', 'test.lead@example.com', 'Under $100'],
		});
		const [lead] = ads.state.leads;
		expect(lead.is_test).toBe(true);
		const { result } = await runWebhook(workflow, creds, { body: lead.envelopes[0].body });
		expect(result.workflowData?.[0][0].json).toMatchObject({
			is_test: true,
			answers: { first_name: 'Test', email: 'test.lead@example.com' },
		});
	});

	it('a bad ad account ID stops activation with the field named, before any request', async () => {
		const creds = await credentials();
		const workflow = await leadAdsWorkflow(
			{ authentication: 'accessToken', adAccount: rl('acct-1') },
			{},
		);
		await expect(runWebhookMethod(workflow, creds, 'createIfNotExists')).rejects.toThrow(
			/^Ad Account must contain digits only$/,
		);
		expect(sim.requests).toHaveLength(0);
	});
});
