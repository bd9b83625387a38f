'use strict';
/*
 * The nodes panel: typing "Pinterest" finds the app with its icon (the theme's variant), and opening it
 * lists the trigger's 3 events and the node's actions, each with an icon that loaded.
 */
const assert = require('assert/strict');
const { byId, editorReady } = require('../lib/editor');
const { NodeHelpers } = require('n8n-workflow');
const { readNodeInfo } = require('../../e2e/lib/harness');

/**
 * The Operation menus of a new node (the default version), whose actions the nodes panel lists:
 * Follow has one menu for versions 1 and 1.1 (with Get Followed Interests) and one for 1.2.
 */
function newNodeMenus(description) {
	const typeVersion = description.defaultVersion ?? Math.max(...[].concat(description.version));
	return description.properties.filter(
		(p) =>
			p.name === 'operation' &&
			NodeHelpers.displayParameter(
				{ resource: p.displayOptions?.show?.resource?.[0] },
				p,
				{ typeVersion },
				description,
			),
	);
}

function operationCount() {
	const menus = newNodeMenus(readNodeInfo().nodes.pinterest.description);
	return menus.reduce((n, p) => n + p.options.length, 0);
}

async function iconOf(item) {
	const img = item.locator('img').first();
	const src = await img.getAttribute('src');
	const loaded = await img.evaluate((el) => el.complete && el.naturalWidth > 0);
	return { src, loaded };
}

/**
 * Opens the nodes panel and searches "Pinterest"; returns the Pinterest entry. On a new workflow the
 * panel opens from the canvas's first-step button, later from the "+" in the corner.
 */
async function searchPinterest(ctx, { fresh = true } = {}) {
	const { page } = ctx;
	if (fresh) {
		await page.goto(`${ctx.url}/workflow/new`);
		await editorReady(page);
		await page.locator(byId('canvas-plus-button')).click();
	} else {
		await page.locator(byId('node-creator-plus-button')).click();
	}
	await page.locator(byId('node-creator-search-bar')).fill('Pinterest');
	const entry = page.locator(byId('item-iterator-item'), {
		has: page.locator(byId('node-creator-item-name'), { hasText: /^Pinterest$/ }),
	});
	await entry.first().waitFor();
	return entry.first();
}

async function findBothNodes(ctx, theme) {
	const { page } = ctx;
	if (theme === 'dark') await page.addInitScript(() => localStorage.setItem('N8N_THEME', 'dark'));
	const entry = await searchPinterest(ctx);
	const file = theme === 'dark' ? 'pinterest.dark.svg' : 'pinterest.svg';
	const icon = await iconOf(entry);
	assert.ok(
		icon.src && icon.src.endsWith(`/${file}`),
		`the ${theme} icon ${file}, saw ${icon.src}`,
	);
	assert.ok(icon.loaded, `the icon ${icon.src} loaded`);
	await ctx.shot(`search ${theme}`);
	await entry.click();
	const panel = page.locator(byId('node-creator'));
	await panel.getByText(/^Triggers \(\d+\)$/).waitFor();
	const text = await panel.innerText();
	assert.match(text, /Triggers \(3\)/, 'the trigger node: 3 events');
	for (const ev of ['On new board', 'On new follower', 'On new pin'])
		assert.ok(text.includes(ev), `trigger event "${ev}" listed`);
	const ops = operationCount();
	assert.match(text, new RegExp(`Actions \\(${ops}\\)`), `the action node: ${ops} operations`);
	const trigger = panel.locator(byId('item-iterator-item'), { hasText: 'On new pin' }).first();
	const tIcon = await iconOf(trigger);
	assert.ok(tIcon.loaded && tIcon.src.endsWith(`/${file}`), `trigger icon ${tIcon.src} loaded`);
	await ctx.shot(`app ${theme}`);
}

const cases = [
	{
		name: 'nodes panel: Pinterest and its trigger, icons (light)',
		run: (ctx) => findBothNodes(ctx, 'light'),
	},
	{
		name: 'nodes panel: Pinterest and its trigger, icons (dark)',
		colorScheme: 'dark',
		run: (ctx) => findBothNodes(ctx, 'dark'),
	},
];

module.exports = { cases, newNodeMenus, searchPinterest };
