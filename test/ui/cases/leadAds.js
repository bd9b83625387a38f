'use strict';
/*
 * Pinterest Lead Ads Trigger in the editor, as a marketer sets it up: pick the ad account and the
 * lead form from their lists, save, publish; n8n subscribes its production webhook URL, a person
 * submits the form (the simulator's POST /__leads/submit), and the execution list shows the run
 * with the decrypted answers.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { httpJson } = require('../../../scripts/lib/http');

const NODE = 'Pinterest Lead Ads Trigger';

async function waitFor(check, timeoutMs, what) {
	const t0 = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - t0 > timeoutMs)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

async function save(page) {
	const saved = page.waitForResponse(
		(r) => /\/rest\/workflows\//.test(r.url()) && ['PATCH', 'PUT'].includes(r.request().method()),
		{ timeout: 30000 },
	);
	await page.keyboard.press('Control+s');
	const answer = await saved;
	assert.equal(answer.status(), 200, `saving the workflow answered ${answer.status()}`);
}

async function leadArrives(ctx) {
	const { page, sim, demo, n8n } = ctx;
	const { ads, adAccount, leadForm } = demo.leadAds;
	const live = () => ads.state.leadSubscriptions.filter((s) => !s.deleted);
	await E.openWorkflow(page, ctx, IDS.leadAds);
	await E.openNode(page, NODE);
	const accounts = await E.locatorList(page, 'adAccount');
	assert.ok(accounts.includes('UI leads account'), `the ad account list: ${accounts.join(', ')}`);
	await E.pickListItem(page, 'UI leads account');
	const forms = await E.locatorList(page, 'leadForm');
	assert.deepEqual(
		forms,
		['UI newsletter form (active)'],
		'the lead forms of the picked ad account',
	);
	await E.pickListItem(page, 'UI newsletter form');
	assert.deepEqual(await E.ndvIssues(page), [], 'no issue left on the panel');
	await ctx.shot('account and form picked');
	await E.closeNdv(page);
	await save(page);

	await E.publish(page);
	await ctx.shot('published');
	// the canvas subtitle names what the trigger listens to (it once read "ad account undefined")
	const undefinedTexts = await page.getByText(/undefined/).allInnerTexts();
	assert.deepEqual(undefinedTexts, [], 'no "undefined" on the canvas');
	const [subscription] = await waitFor(
		() => live().length && live(),
		60000,
		'the lead subscription n8n makes on publishing',
	);
	assert.equal(live().length, 1, 'exactly one subscription');
	assert.equal(subscription.ad_account_id, adAccount.id, 'subscribed in the picked ad account');
	assert.equal(subscription.lead_form_id, leadForm.id, 'subscribed to the picked form');
	assert.match(subscription.webhook_url, /^http:\/\/127\.0\.0\.1:\d+\/webhook\//);

	const submitted = await httpJson('POST', `${sim.origin}/__leads/submit`, {
		ad_account_id: adAccount.id,
		lead_form_id: leadForm.id,
		answers: ['Uma', 'uma@example.com', '$100-$500'],
	});
	assert.equal(submitted.status, 200, `submit: ${JSON.stringify(submitted.json)}`);
	const execs = await n8n.waitForExecutions({
		workflowId: IDS.leadAds,
		count: 1,
		mode: 'webhook',
		timeoutMs: 60000,
	});
	assert.equal(execs.length, 1, 'one execution for the lead');
	assert.equal(execs[0].status, 'success', `execution ${execs[0].status}`);
	const items = (execs[0].nodes[NODE] || [[]])[0];
	assert.deepEqual(
		items.map((i) => [i.lead_id, i.answers && i.answers.email]),
		[[submitted.json.lead_id, 'uma@example.com']],
		'the execution carries the decrypted lead',
	);
	await page.goto(`${ctx.url}/workflow/${IDS.leadAds}/executions`);
	await page
		.getByText(/Succeeded|Success/)
		.first()
		.waitFor({ timeout: 30000 });
	await ctx.shot('lead execution');
}

module.exports = {
	cases: [
		{
			name: 'lead ads: pick account and form, publish, a submitted lead arrives as an execution',
			run: leadArrives,
		},
	],
};
