'use strict';
/*
 * What a new user first sees (issue 25): the nodes panel's text on the Pinterest entry, a new
 * Pin → Create step (its credential, its Docs link, its canvas subtitle), the subtitles of the
 * triggers, the credential's "Open docs" link and the simulator's consent page. Each step is a
 * screenshot; test/node/editorFirstLook.test.ts checks the same descriptions without a browser.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { CREDS } = require('../../e2e/scenarios/common');
const { readNodeInfo } = require('../../e2e/lib/harness');
const { searchPinterest } = require('./nodesPanel');
const { openAction } = require('./panels');

const README =
	'https://github.com/n8n-nodes-pinterest-api/n8n-nodes-pinterest-api/blob/main/README.md';
const TRIGGER_TEXT = 'Starts the workflow when a pin, follower or board is new on Pinterest';

const appDescription = () => readNodeInfo().nodes.pinterest.description.description;

/** n8n opens docs in a new tab; the page records the address instead of leaving the machine. */
async function recordWindowOpen(page) {
	await page.addInitScript(() => {
		window.__opened = [];
		window.open = (url) => {
			window.__opened.push(String(url));
			return null;
		};
	});
}

async function nodesPanel(ctx) {
	const { page } = ctx;
	const entry = await searchPinterest(ctx);
	const description = appDescription();
	// the search list shows names only; the description is on the app's view, over its actions
	assert.ok(!(await entry.innerText()).includes(TRIGGER_TEXT), 'not the trigger’s description');
	await entry.click();
	const panel = page.locator(E.byId('node-creator'));
	await panel.getByText(/^Actions \(\d+\)$/).waitFor();
	const all = await panel.innerText();
	assert.ok(
		all.includes(description),
		`the node’s description above the actions, saw: ${all.slice(0, 300)}`,
	);
	assert.ok(!all.includes(TRIGGER_TEXT), 'no trigger description above the actions');
	await page.waitForTimeout(1000); // the app's view slides in
	await ctx.shot('actions');
}

async function newPin(ctx) {
	const { page } = ctx;
	await recordWindowOpen(page);
	const ndv = await openAction(ctx, { action: 'Create a pin', section: 'Actions' });
	// the credential n8n picked by itself (the stack has one access-token credential, no OAuth2)
	const select = ndv.locator(E.byId('node-credentials-select'));
	const picked = await select
		.innerText()
		.then((t) => t.trim() || select.locator('input').inputValue())
		.catch(() => '');
	console.log(`    · n8n ${ctx.version} preselected the credential: "${picked}"`);
	await ctx.shot('new pin create panel');
	// the Docs link: an anchor in 2.41, a tab that opens a window in 2.8
	const docs = ndv.locator('a[href*="README.md"]');
	let href;
	if (await docs.count()) href = await docs.first().getAttribute('href');
	else {
		await ndv.getByText('Docs', { exact: true }).first().click();
		await page.waitForFunction(() => window.__opened.length > 0, null, { timeout: 10000 });
		href = (await page.evaluate(() => window.__opened))[0];
	}
	const url = new URL(href);
	assert.equal(`${url.origin}${url.pathname}`, README, `the Docs link opens the README: ${href}`);
	assert.equal(url.hash, '', `no fragment before n8n's parameters: ${href}`);
	assert.equal(url.searchParams.get('utm_source'), 'n8n_app', `n8n's parameters in the query`);
	console.log(`    · Docs link: ${href}`);
	await E.closeNdv(page);
	const node = page.locator(E.byId('canvas-node'), { hasText: 'Create: Pin' });
	await node.first().waitFor({ timeout: 10000 });
	await ctx.shot('canvas subtitle create pin');
}

/**
 * The credential on a new node. n8n (2.8 and 2.41) preselects the newest credential of any type
 * the node takes, here the stack's access token; Create new credential then offers the types,
 * OAuth2 marked (Recommended) and listed first.
 */
async function credentialChoice(ctx) {
	const { page } = ctx;
	await E.openWorkflow(page, ctx, IDS.firstLook);
	await E.openNode(page, 'Pins');
	const ndv = page.locator(E.byId('ndv'));
	await ndv.locator(E.byId('node-credentials-select')).click();
	const items = page.locator(`${E.byId('node-credentials-select-item')}:visible`);
	await page.locator(E.byId('node-credentials-select-item-new')).waitFor();
	const listed = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
	console.log(`    · credential list: ${JSON.stringify(listed)}`);
	await ctx.shot('credential list');
	await page.locator(E.byId('node-credentials-select-item-new')).click();
	const modal = page.locator(E.byId('editCredential-modal'));
	await modal.waitFor();
	// 2.41: a dropdown of the types; 2.8: radio buttons
	const mode = modal.locator(E.byId('credential-mode-dropdown-trigger'));
	if (await mode.count()) {
		console.log(`    · new credential starts on: ${(await mode.innerText()).trim()}`);
		await mode.click();
		const options = (await page.getByRole('menuitem').allInnerTexts())
			.map((t) => t.trim())
			.filter(Boolean);
		console.log(`    · types offered: ${JSON.stringify(options)}`);
		assert.equal(options[0], 'OAuth2 (Recommended)', `OAuth2 first, saw ${options}`);
	} else {
		// 2.8 offers no choice: it opens the first type of n8n's list (OAuth2, the first option)
		const type = (await modal.locator('header, [class*="header"]').first().innerText()).trim();
		console.log(`    · new credential opens as: ${type.replace(/\s+/g, ' ')}`);
		assert.match(type, /Pinterest OAuth2 API/, 'the new credential is an OAuth2 one');
	}
	await ctx.shot('new credential types');
}

async function subtitles(ctx) {
	const { page } = ctx;
	await E.openWorkflow(page, ctx, IDS.firstLook);
	const expected = {
		'Pinterest Trigger': 'New Follower',
		'Lead Ads': 'Leads of ad account (not set)',
		Trends: 'Get Trending Keywords: Trend',
		Pins: 'Get Many: Pin',
	};
	const seen = {};
	for (const name of Object.keys(expected)) {
		const node = page.locator(`${E.byId('canvas-node')}[data-node-name="${name}"]`);
		const wrapper = page.locator('.vue-flow__node', { has: node });
		seen[name] = (await wrapper.first().innerText()).replace(/\s+/g, ' ').trim();
	}
	await ctx.shot('trigger and action subtitles');
	for (const [name, subtitle] of Object.entries(expected))
		assert.ok(seen[name].includes(subtitle), `${name}: "${subtitle}", saw "${seen[name]}"`);
}

/**
 * Trend → Get Trending Keywords, 50 keywords. n8n's editor hints "Limit of 50 items reached …
 * tweak the 'Return All' or 'Limit' parameters" for a parameter named limit (a 1.1 node); 1.2
 * names it Number of Keywords, and its table has no time_series column unless asked for.
 */
async function trendingKeywords(ctx) {
	const { page } = ctx;
	const HINT = /Limit of 50 items reached/;
	const seen = {};
	for (const name of ['Keywords 1.1', 'Keywords']) {
		// a fresh load for each: 2.41 fails the second Execute step of a session on this workflow
		// ("Cannot read properties of null (reading 'Manual')")
		await E.openWorkflow(page, ctx, IDS.keywords);
		await E.openNode(page, name);
		await E.executeStep(page);
		await E.outputRows(page);
		const out = page.locator(E.byId('output-panel'));
		// the table shows 25 rows a page; the panel's header counts the items
		const count = /(\d+) items?/.exec(await out.innerText());
		const headers = (await out.locator('thead th').allInnerTexts()).map((t) => t.trim());
		seen[name] = {
			items: count ? Number(count[1]) : undefined,
			hint: await out.getByText(HINT).count(),
			timeSeries: headers.some((h) => h.startsWith('time_series')),
		};
		await ctx.shot(`${name} output`);
		await E.closeNdv(page);
	}
	console.log(`    · ${JSON.stringify(seen)}`);
	assert.equal(seen.Keywords.items, 50, '50 keywords in 1.2');
	assert.equal(seen.Keywords.hint, 0, 'no Return All hint in 1.2');
	assert.equal(seen.Keywords.timeSeries, false, 'no time_series column by default in 1.2');
	// what a saved 1.1 node still shows (n8n's hint, the time series)
	assert.equal(seen['Keywords 1.1'].hint, 1, 'a 1.1 node: n8n shows its limit hint');
}

async function credentialDocs(ctx) {
	const { page } = ctx;
	await recordWindowOpen(page);
	const modal = await E.newCredential(page, ctx, 'Pinterest OAuth2 API', {});
	const link = modal.locator('a[href*="README.md"]');
	await link.first().waitFor();
	const href = await link.first().getAttribute('href');
	assert.equal(href, `${README}#credentials`, `Open docs: the README's Credentials section`);
	await ctx.shot('oauth2 credential open docs');
}

async function consentPage(ctx) {
	const { page, sim } = ctx;
	const statuses = {};
	page.on('response', (r) => {
		const p = new URL(r.url()).pathname;
		if (p.startsWith('/favicon')) statuses[p] = r.status();
	});
	const query = new URLSearchParams({
		client_id: CREDS.oauth.clientId,
		redirect_uri: `${ctx.url}/rest/oauth2-credential/callback`,
		response_type: 'code',
		scope: 'user_accounts:read,boards:read,pins:read',
		state: 'first-look',
	});
	await page.goto(`${sim.origin}/oauth/?${query}`);
	await page.locator('#allow').waitFor();
	await page.waitForLoadState('networkidle').catch(() => {});
	const look = await page.evaluate(() => {
		const main = document.querySelector('main');
		const allow = document.querySelector('#allow');
		return {
			radius: main && getComputedStyle(main).borderTopLeftRadius,
			allow: allow && getComputedStyle(allow).backgroundColor,
			mark: document.querySelector('img.mark')?.naturalWidth ?? 0,
		};
	});
	assert.equal(look.radius, '24px', 'the consent card has round corners');
	assert.equal(look.allow, 'rgb(230, 0, 35)', 'Allow is Pinterest red');
	assert.ok(look.mark > 0, 'the mark loaded');
	assert.equal(statuses['/favicon.svg'], 200, `the tab icon: ${JSON.stringify(statuses)}`);
	assert.ok(!Object.values(statuses).includes(404), `no favicon 404: ${JSON.stringify(statuses)}`);
	await ctx.shot('consent page');
}

module.exports = {
	cases: [
		{ name: 'first look: nodes panel shows the node’s description', run: nodesPanel },
		{ name: 'first look: Pin → Create, its credential, Docs link, subtitle', run: newPin },
		{ name: 'first look: the credential choice on a new node', run: credentialChoice },
		{ name: 'first look: trigger and action subtitles on the canvas', run: subtitles },
		{ name: 'first look: Trending Keywords, no Return All hint', run: trendingKeywords },
		{ name: 'first look: the credential’s Open docs link', run: credentialDocs },
		{ name: 'first look: the simulator’s consent page', run: consentPage },
	],
};
