'use strict';
/*
 * Lead ads end to end in real n8n: the Pinterest Lead Ads Trigger is published, `n8n start`
 * activates it (a lead subscription for n8n's production webhook URL appears in the simulator),
 * a person submits the lead form (the simulator's POST /__leads/submit), the simulator POSTs the
 * encrypted lead to n8n, and the execution carries the decrypted answers. Then: the same lead
 * again starts nothing (de-duplication), an undecryptable one is answered 500 and retried by the
 * simulator without an execution, and unpublishing the workflow deletes the subscription.
 */
const assert = require('assert/strict');
const path = require('path');
const { REPO } = require('../lib/harness');
const { freePort, httpJson } = require('../../../scripts/lib/http');
const { OWNER } = require('../icons');
const { CREDS } = require('./common');

const LEAD_ADS_TYPE = 'n8n-nodes-pinterest-api.pinterestLeadAdsTrigger';
const WF = 'e2eLeadAdsTrig01';
const NODE = 'Pinterest Lead Ads Trigger';

async function waitFor(what, fn, { timeoutMs = 60000, pollMs = 250, n8n } = {}) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const v = await fn();
		if (v) return v;
		if (n8n && !n8n.server) throw new Error(`n8n is not running while waiting for ${what}`);
		await new Promise((r) => setTimeout(r, pollMs));
	}
	throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

function leadAdsWorkflow(accountId, formId) {
	return {
		id: WF,
		name: 'e2e lead ads: new lead',
		active: false,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		connections: { [NODE]: { main: [[{ node: 'NoOp', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'e2e1ead0-0000-4000-8000-000000000001',
				name: NODE,
				type: LEAD_ADS_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: 'e2e1ead0-0000-4000-8000-0000000000ff',
				parameters: {
					authentication: 'accessToken',
					adAccount: { __rl: true, mode: 'id', value: accountId },
					leadForm: { __rl: true, mode: 'id', value: formId },
				},
				credentials: { pinterestApi: { ...CREDS.tokenCred } },
			},
			{
				id: 'e2e1ead0-0000-4000-8000-000000000002',
				name: 'NoOp',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
	};
}

const leadAdsScenario = {
	name: 'lead ads: publish subscribes n8n, an encrypted lead runs the workflow with its answers, duplicates and undecryptable leads start nothing, unpublish deletes the subscription',
	skip(ctx) {
		if (!ctx.installed) return 'the packed package is not installed in this n8n';
		if (!ctx.nodeInfo.nodes.pinterestLeadAdsTrigger)
			return `${LEAD_ADS_TYPE} does not exist in the package yet`;
		return undefined;
	},
	async run(ctx) {
		const { sim, n8n } = ctx;
		const { installAds } = require(path.join(REPO, 'tools', 'simulator'));
		const ads = installAds(sim, {
			accessTokens: [CREDS.accessToken],
			leadDeliveryDelaysMs: [300, 600, 900],
		});
		const account = ads.addAdAccount({ name: 'E2E leads' });
		const form = ads.addLeadForm(account.id, { name: 'E2E lead form' });
		const live = () => ads.state.leadSubscriptions.filter((s) => !s.deleted);
		await n8n.importWorkflow(leadAdsWorkflow(account.id, form.id));
		await n8n.publish(WF);
		const port = await freePort();
		await n8n.start({
			port,
			timeoutMs: 120000,
			maxRunMs: 10 * 60000,
			env: { WEBHOOK_URL: `http://127.0.0.1:${port}/` },
		});

		// Activation: one subscription for n8n's production webhook URL, its key in static data.
		const [subscription] = await waitFor('the lead subscription', () => live().length && live(), {
			n8n,
		});
		assert.equal(live().length, 1, 'exactly one subscription');
		assert.ok(
			subscription.webhook_url.startsWith(`http://127.0.0.1:${port}/webhook/`),
			`subscribed URL ${subscription.webhook_url}`,
		);
		assert.equal(subscription.lead_form_id, form.id);
		const sd = await n8n.staticData(WF);
		const state = sd && sd[`node:${NODE}`];
		assert.ok(
			state && state.subscriptionId === subscription.id,
			`static data ${JSON.stringify(sd && Object.keys(sd))}`,
		);
		assert.equal(state.cryptographicKey, subscription.key, 'the key is kept in static data');

		// A person submits the form: the simulator delivers the encrypted lead to n8n.
		const submitted = await httpJson('POST', `${sim.origin}/__leads/submit`, {
			ad_account_id: account.id,
			lead_form_id: form.id,
			answers: ['Erin', 'erin@example.com', '$100-$500'],
		});
		assert.equal(submitted.status, 200, `submit: ${JSON.stringify(submitted.json)}`);
		const leadId = submitted.json.lead_id;
		const execs = await n8n.waitForExecutions({
			workflowId: WF,
			count: 1,
			mode: 'webhook',
			timeoutMs: 60000,
		});
		assert.equal(execs.length, 1, 'one execution per lead');
		assert.equal(
			execs[0].status,
			'success',
			`execution ${execs[0].status} ${execs[0].error || ''}`,
		);
		const items = (execs[0].nodes[NODE] || [[]])[0];
		assert.deepEqual(
			items.map((i) => [i.lead_id, i.answers]),
			[
				[
					leadId,
					{ first_name: 'Erin', email: 'erin@example.com', 'What is your budget?': '$100-$500' },
				],
			],
		);
		assert.equal((execs[0].nodes.NoOp || [[]])[0].length, 1, 'the lead reached the next node');
		const first = ads.state.deliveries.filter((d) => d.lead_id === leadId);
		assert.deepEqual(
			first.map((d) => d.status),
			[200],
			'delivered once, answered 200',
		);

		const afterFirst = ((await n8n.staticData(WF)) || {})[`node:${NODE}`] || {};
		ctx.leadAdsSeenAfterFirst = afterFirst.seenLeads;
		console.log(`       seen leads after the first run: ${JSON.stringify(afterFirst.seenLeads)}`);
		// The same lead delivered again (Pinterest retried after a lost answer): answered, no run.
		await httpJson('POST', `${sim.origin}/__leads/submit`, {
			ad_account_id: account.id,
			lead_form_id: form.id,
			lead_id: leadId,
			answers: ['Erin', 'erin@example.com', '$100-$500'],
		});
		await waitFor(
			'the duplicate delivery',
			() => ads.state.deliveries.filter((d) => d.lead_id === leadId).length >= 2,
		);
		// An undecryptable lead: 500, retried by the simulator (1 + 3 tries), never a run.
		const corrupt = await httpJson('POST', `${sim.origin}/__leads/submit`, {
			ad_account_id: account.id,
			lead_form_id: form.id,
			answers: ['Mallory', 'm@example.com', 'Over $500'],
			corrupt: true,
		});
		const bad = () => ads.state.deliveries.filter((d) => d.lead_id === corrupt.json.lead_id);
		await waitFor('the retries of the undecryptable lead', () => bad().length >= 4, {
			timeoutMs: 30000,
		});
		assert.deepEqual(
			bad().map((d) => d.status),
			[500, 500, 500, 500],
		);
		assert.deepEqual(
			ads.state.deliveries.filter((d) => d.lead_id === leadId).map((d) => d.status),
			[200, 200],
		);
		const after = await n8n.executions(WF, { mode: 'webhook', withData: true });
		const leadsRun = after.map((e) => ((e.nodes[NODE] || [[]])[0] || []).map((i) => i.lead_id));
		assert.deepEqual(
			leadsRun,
			[[leadId]],
			`one execution, for the first lead only (static data: ${JSON.stringify(
				((await n8n.staticData(WF)) || {})[`node:${NODE}`]?.seenLeads,
			)})`,
		);
		assert.ok(
			!/Mallory|m@example\.com/.test(n8n.startLog()),
			'the undecryptable lead is not in the log',
		);

		// Unpublish: n8n runs the trigger's delete, which removes the subscription.
		const { headers } = await n8n.signIn(OWNER);
		const r = await httpJson(
			'POST',
			`${n8n.server.url}/rest/workflows/${WF}/deactivate`,
			{},
			{
				headers,
				timeoutMs: 30000,
			},
		);
		assert.equal(r.status, 200, `deactivate: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
		await waitFor('the subscription to be deleted', () => live().length === 0, {
			timeoutMs: 30000,
		});
		ctx.leadAdsInfo = { subscription: subscription.id, deliveries: ads.state.deliveries.length };
	},
};

module.exports = { leadAdsScenario };
