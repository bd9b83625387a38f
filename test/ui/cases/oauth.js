'use strict';
/*
 * The OAuth2 credential as users connect it: from the node's credential list, Create new credential,
 * fill in the app's client id and secret, Connect my account, then Allow (or Deny) on the simulator's
 * consent page in the popup n8n opens. Allow stores tokens and the node runs with them; Deny shows
 * n8n's error and stores no token.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { CREDS, reqs } = require('../../e2e/scenarios/common');

/**
 * The Pinterest node's credential → Create new → OAuth2, filled in for the simulator (not saved,
 * not connected). `client` overrides the app's ID and secret.
 */
async function openNewOAuthCredential(ctx, workflowId, client = CREDS.oauth) {
	const { page } = ctx;
	await E.openWorkflow(page, ctx, workflowId);
	await E.openNode(page, 'Pinterest');
	await page.locator(`${E.byId('ndv')} ${E.byId('node-credentials-select')}`).click();
	await page.locator(E.byId('node-credentials-select-item-new')).click();
	const modal = page.locator(E.byId('editCredential-modal'));
	await modal.waitFor();
	// 2.41's modal offers the node's credential types in one dropdown, starting on Access Token
	const mode = modal.locator(E.byId('credential-mode-dropdown-trigger'));
	if ((await mode.count()) && !/OAuth2/.test(await mode.innerText())) {
		await mode.click();
		await page.getByRole('menuitem', { name: 'OAuth2' }).click();
		await modal.locator(E.byId('parameter-input-clientId')).waitFor();
	}
	await E.fillCredential(page, modal, {
		environment: { option: 'Custom Base URL' },
		customBaseUrl: ctx.sim.baseUrl,
		clientId: client.clientId,
		clientSecret: client.clientSecret,
	});
	return modal;
}

// 2.8: "Connect my account"; 2.41: "Connect" in a "Connect your account" banner
const connectButton = (modal) =>
	modal.locator(`${E.byId('oauth-connect-button')}, ${E.byId('quick-connect-button')}`).first();

/** Clicks Connect my account and answers the consent page in the popup; returns its last text. */
async function connect(ctx, modal, decision) {
	const { page } = ctx;
	const button = connectButton(modal);
	const popupOpened = page.waitForEvent('popup', { timeout: 30000 });
	await button.first().click();
	const popup = await popupOpened;
	await popup.locator(`#${decision}`).waitFor();
	const consent = await popup.locator('h1').innerText();
	assert.match(
		consent,
		/wants to access your Pinterest account/,
		`the simulator's consent page, saw: ${consent}`,
	);
	await ctx.shot(`consent page (${decision})`, popup);
	const closed = popup.waitForEvent('close', { timeout: 30000 }).then(() => 'closed');
	await popup.locator(`#${decision}`).click();
	// n8n's callback page closes itself on success and stays open with the error otherwise
	const after = await Promise.race([closed, popup.waitForLoadState('load').then(() => 'loaded')]);
	if (after === 'closed') return '';
	const text = await popup
		.locator('body')
		.innerText()
		.catch(() => '');
	await ctx.shot(`callback (${decision})`, popup).catch(() => {});
	return text;
}

/** The credential's stored tokens, read the way n8n keeps them (its CLI export, decrypted). */
async function storedTokens(ctx, name) {
	// the session cookie is bound to the editor's browser id, so ask from inside the page
	const list = await ctx.page.evaluate(async () => {
		const headers = { 'browser-id': localStorage.getItem('n8n-browserId') || '' };
		const r = await fetch('/rest/credentials', { headers });
		return (await r.json()).data || [];
	});
	const found = list.filter((c) => c.name === name);
	assert.equal(found.length, 1, `one credential named "${name}"`);
	const cred = await ctx.n8n.exportCredential(found[0].id);
	return cred && cred.data ? cred.data.oauthTokenData : undefined;
}

async function allow(ctx) {
	const { page, sim } = ctx;
	sim.requests.length = 0;
	const modal = await openNewOAuthCredential(ctx, IDS.oauthAllow);
	const name = (await modal.locator(E.byId('credential-name')).innerText()).trim();
	await connect(ctx, modal, 'allow');
	// 2.8 says "Account connected" in the modal; 2.41 closes the modal and selects the credential
	const connected = modal.getByText('Account connected');
	await connected
		.or(page.locator(`${E.byId('editCredential-modal')}:hidden`))
		.first()
		.waitFor({ timeout: 30000 })
		.catch(() => {});
	await modal.waitFor({ state: 'hidden', timeout: 1000 }).catch(() => {});
	if (await modal.isVisible()) {
		await connected.waitFor({ timeout: 30000 });
		await ctx.shot('account connected');
		await page.keyboard.press('Escape');
		await modal.waitFor({ state: 'hidden' });
	}
	const grants = reqs(sim, { method: 'POST', path: '/v5/oauth/token' });
	assert.equal(grants.length, 1, 'one code exchange at the token endpoint');
	// Escape may close the node panel under the modal too
	if (!(await page.locator(E.byId('ndv')).isVisible())) await E.openNode(page, 'Pinterest');
	const select = page.locator(`${E.byId('ndv')} ${E.byId('node-credentials-select')}`);
	assert.match(
		await select.innerText().then((t) => t || select.locator('input').inputValue()),
		new RegExp(name),
		'the node uses the new credential',
	);
	const tokens = await storedTokens(ctx, name);
	assert.ok(tokens && tokens.access_token, `n8n stored the tokens of "${name}"`);
	await E.executeStep(page);
	const rows = await E.outputRows(page);
	assert.match(rows[0] || '', /e2e_user/, `the account read with the new token, saw: ${rows[0]}`);
	await ctx.shot('node ran with the connected account');
}

async function deny(ctx) {
	const { page, sim } = ctx;
	sim.requests.length = 0;
	const modal = await openNewOAuthCredential(ctx, IDS.oauthDeny);
	const text = await connect(ctx, modal, 'deny');
	// n8n 2.x answers a callback without a code with its own page: "Error: … Failed to connect."
	assert.match(text, /Failed to connect/, `n8n shows the error, saw: ${text.slice(0, 200)}`);
	assert.equal(
		await modal.getByText('Account connected').filter({ visible: true }).count(),
		0,
		'not connected',
	);
	await connectButton(modal).waitFor();
	assert.equal(
		reqs(sim, { method: 'POST', path: '/v5/oauth/token' }).length,
		0,
		'no token asked for',
	);
	const name = (await modal.locator(E.byId('credential-name')).innerText()).trim();
	const tokens = await storedTokens(ctx, name);
	assert.equal(tokens, undefined, 'no token stored');
	await ctx.shot('denied');
}

module.exports = {
	openNewOAuthCredential,
	cases: [
		{ name: 'OAuth2: Connect my account, Allow, node runs with it', run: allow },
		{ name: 'OAuth2: Connect my account, Deny stores nothing', run: deny },
	],
};
