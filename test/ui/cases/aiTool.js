'use strict';
/* n8n 2.41's AI Agent: its Tool connection's picker offers the Pinterest node as a tool (usableAsTool). */
const assert = require('assert/strict');
const E = require('../lib/editor');

async function toolPicker(ctx) {
	const { page } = ctx;
	await page.goto(`${ctx.url}/workflow/new`);
	await E.editorReady(page);
	await page.locator(E.byId('canvas-plus-button')).click();
	await page.locator(E.byId('node-creator-search-bar')).fill('AI Agent');
	await page
		.locator(E.byId('node-creator-item-name'), { hasText: /^AI Agent$/ })
		.first()
		.click();
	await page.locator(E.byId('ndv')).waitFor();
	await E.closeNdv(page);
	const handle = page.locator(
		`${E.byId('canvas-node-input-handle')}[data-connection-type="ai_tool"] ${E.byId('canvas-handle-plus')}`,
	);
	await handle.first().click();
	await page.locator(E.byId('node-creator-search-bar')).fill('Pinterest');
	const tool = page.locator(E.byId('node-creator-item-name'), { hasText: /^Pinterest Tool$/ });
	await tool.first().waitFor();
	assert.equal(await tool.count(), 1, 'one Pinterest tool offered');
	await ctx.shot('tool picker');
	await tool.first().click();
	await page.locator(E.byId('ndv')).waitFor();
	await ctx.shot('pinterest tool panel');
}

module.exports = {
	cases: [{ name: 'AI Agent: the tool picker offers Pinterest', since: '2.41.0', run: toolPicker }],
};
