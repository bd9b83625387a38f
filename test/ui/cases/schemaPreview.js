'use strict';
/*
 * Schema preview (issue #24): a Pinterest action that has not run, an Edit Fields (Set) node after it;
 * the Set node's input panel lists the Pinterest fields from the package's output schema.
 *
 * For a parent that has not run, both editors (2.8.4 and 2.41.1) ask the server for
 * GET /schemas/<node type>/<typeVersion as x.y.z>/<resource>/<operation>.json, which n8n answers from
 * <node file's directory>/__schema__/v<x.y.z>/<resource>/<operation>.json in the package, i.e.
 * dist/nodes/Pinterest/__schema__/v<default version>/… for a new node and …/v1.0.0/… for a
 * version-1 node.
 * The browser must see a 200 for it and no failed /schemas/ request.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { openAction } = require('./panels');

const NODE_TYPE = 'n8n-nodes-pinterest-api.pinterest';
// a new node gets the built node's default version, padded as the editor sends it (1.2 -> 1.2.0)
const { Pinterest } = require('../../../dist/nodes/Pinterest/Pinterest.node');
const NEW_NODE_VERSION = (() => {
	const [major, minor = '0', patch = '0'] = String(
		new Pinterest().description.defaultVersion,
	).split('.');
	return `${major}.${minor}.${patch}`;
})();

/** Every /schemas/ answer the page gets, as { status, path }. */
function watchSchemas(page) {
	const seen = [];
	page.on('response', (r) => {
		const { pathname } = new URL(r.url());
		if (pathname.includes('/schemas/')) seen.push({ status: r.status(), path: pathname });
	});
	return seen;
}

/** Nodes panel → Pinterest → the action, then "+" on its output → Edit Fields (Set). */
async function addActionThenSet(ctx, action) {
	const { page } = ctx;
	await openAction(ctx, { action, section: 'Actions' });
	await E.closeNdv(page);
	const node = page.locator(`${E.byId('canvas-node')}[data-node-type="${NODE_TYPE}"]`);
	assert.equal(await node.count(), 1, 'one Pinterest node on the canvas');
	const name = await node.first().getAttribute('data-node-name');
	await page
		.locator(
			`${E.byId('canvas-node-output-handle')}[data-node-name="${name}"] ${E.byId('canvas-handle-plus')}`,
		)
		.first()
		.click();
	await page.locator(E.byId('node-creator-search-bar')).fill('Edit Fields');
	await page
		.locator(E.byId('node-creator-item-name'), { hasText: /^Edit Fields \(Set\)$/ })
		.first()
		.click();
	await page.locator(E.byId('ndv')).waitFor();
	return name;
}

/** The imported workflow with a version-1 node: open its Edit Fields node. */
async function openV1Set(ctx) {
	await E.openWorkflow(ctx.page, ctx, IDS.schemaV1);
	await E.openNode(ctx.page, 'Edit Fields');
	return 'Board v1';
}

async function preview(ctx, c) {
	const { page } = ctx;
	const seen = watchSchemas(page);
	const name = await c.setup(ctx);
	const input = page.locator(`${E.byId('ndv')} ${E.byId('ndv-input-panel')}`);
	const items = input.locator(E.byId('run-data-schema-item'));
	await items
		.first()
		.waitFor({ timeout: 30000 })
		.catch(() => {});
	await ctx.shot(`${c.version} ${c.path} in Edit Fields input`);
	if (process.env.UI_VERBOSE)
		console.log(`    · /schemas/ answers: ${seen.map((s) => `${s.status} ${s.path}`).join(', ')}`);
	const want = `/schemas/${NODE_TYPE}/${c.version}/${c.path}.json`;
	assert.ok(
		seen.some((s) => s.path.endsWith(want) && s.status === 200),
		`GET ${want} answered 200; the browser saw: ${JSON.stringify(seen)}`,
	);
	const bad = seen.filter((s) => s.status >= 400);
	assert.deepEqual(bad, [], `no failed /schemas/ request, saw: ${JSON.stringify(bad)}`);
	const text = await input.innerText();
	assert.ok(text.includes(name), `the preview is headed by the Pinterest node "${name}"`);
	const names = (await items.allInnerTexts()).map((t) => t.trim().split(/\s+/)[0]);
	for (const f of c.fields)
		assert.ok(names.includes(f), `the input panel lists "${f}", saw: ${names.join(', ')}`);
	assert.ok(
		await input.locator(E.byId('schema-preview-warning')).count(),
		'the panel says these are the usual fields (the node has not run)',
	);
}

// each preview must list some top-level properties of its schema file
const CASES = [
	{
		label: 'new Pin → Create',
		setup: (ctx) => addActionThenSet(ctx, 'Create a pin'),
		version: NEW_NODE_VERSION,
		path: 'pin/create',
		fields: ['id', 'title', 'link', 'board_id'],
	},
	{
		label: 'new Board → Get',
		setup: (ctx) => addActionThenSet(ctx, 'Get a board'),
		version: NEW_NODE_VERSION,
		path: 'board/get',
		fields: ['id', 'name', 'privacy'],
	},
	{
		label: 'version-1 Board → Get',
		setup: openV1Set,
		version: '1.0.0',
		path: 'board/get',
		fields: ['id', 'name', 'privacy'],
	},
];

const cases = CASES.map((c) => ({
	name: `schema preview: ${c.label} not run, its fields in the next Set node's input`,
	run: (ctx) => preview(ctx, c),
}));

module.exports = { cases };
