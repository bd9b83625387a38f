'use strict';
/*
 * Pin → Create from a file made by earlier nodes (Set → Convert to File), run with the editor's
 * Execute workflow button: the pin shows in the node's output, and Pinterest got the file's bytes.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { reqs, bodyOf, TINY_JPEG_B64 } = require('../../e2e/scenarios/common');

async function pinFromBinary(ctx) {
	const { page, sim } = ctx;
	sim.requests.length = 0;
	await E.openWorkflow(page, ctx, IDS.binary);
	await page.locator(E.byId('execute-workflow-button')).click();
	await page.getByText('Workflow executed successfully').first().waitFor({ timeout: 60000 });
	await ctx.shot('executed');
	await E.openNode(page, 'Create pin');
	const rows = await E.outputRows(page);
	assert.equal(rows.length, 1, 'one pin in the output');
	assert.match(rows[0], /UI binary pin/, `the new pin in the output, saw: ${rows[0]}`);
	const posts = reqs(sim, { method: 'POST', path: '/v5/pins' });
	assert.equal(posts.length, 1, 'one POST /v5/pins');
	const media = bodyOf(posts[0]).media_source;
	assert.equal(media.source_type, 'image_base64');
	assert.equal(media.content_type, 'image/jpeg');
	assert.equal(media.data, TINY_JPEG_B64, 'the file bytes from the previous node, unchanged');
	await ctx.shot('pin output');
}

module.exports = {
	cases: [
		{ name: 'pin create: a file from a previous node, run from the editor', run: pinFromBinary },
	],
};
