'use strict';
/*
 * Icons as n8n serves them: after `n8n start`, the node and credential types that n8n hands to the
 * editor (/types/nodes.json, /types/credentials.json) carry a light and a dark iconUrl for both
 * nodes and both credentials, and each URL answers with exactly the SVG in icons/.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const PACKAGE = 'n8n-nodes-pinterest-api';
const OWNER = {
	email: 'e2e-owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2eOwnerPassw0rd',
};
const ICONS = {
	light: fs.readFileSync(path.join(REPO, 'icons', 'pinterest.svg'), 'utf8'),
	dark: fs.readFileSync(path.join(REPO, 'icons', 'pinterest.dark.svg'), 'utf8'),
};

async function getJson(url, headers) {
	const response = await fetch(url, { headers });
	assert.equal(response.status, 200, `GET ${url} answered ${response.status}`);
	return await response.json();
}

/** Checks one type's iconUrl: both themes, both served by n8n with our exact SVG. Returns what was fetched. */
async function checkIcons(base, label, type) {
	assert.ok(type, `${label} is not among the types n8n serves`);
	const { iconUrl } = type;
	assert.ok(
		iconUrl && typeof iconUrl === 'object',
		`${label} has no light/dark iconUrl: ${JSON.stringify(iconUrl)}`,
	);
	const fetched = [];
	for (const theme of ['light', 'dark']) {
		const url = `${base}/${String(iconUrl[theme]).replace(/^\//, '')}`;
		const response = await fetch(url);
		const body = await response.text();
		assert.equal(response.status, 200, `${label} ${theme} icon ${url} answered ${response.status}`);
		assert.match(
			String(response.headers.get('content-type')),
			/image\/svg\+xml/,
			`${label} ${theme} icon content type`,
		);
		assert.equal(
			body,
			ICONS[theme],
			`${label} ${theme} icon is not icons/${theme === 'light' ? 'pinterest.svg' : 'pinterest.dark.svg'}`,
		);
		fetched.push(`${theme}: ${iconUrl[theme]}`);
	}
	return fetched;
}

const iconsScenario = {
	name: 'icons and tool: n8n serves the light and dark icon of both nodes and both credentials, and offers the Pinterest tool',
	skip(ctx) {
		return ctx.installed ? undefined : 'the packed package is not installed in this n8n';
	},
	async run(ctx) {
		const { n8n } = ctx;
		await n8n.start({ timeoutMs: 120000, maxRunMs: 5 * 60000 });
		try {
			const { headers } = await n8n.signIn(OWNER);
			const base = `http://127.0.0.1:${n8n.server.port}`;
			const nodes = await getJson(`${base}/types/nodes.json`, headers);
			const credentials = await getJson(`${base}/types/credentials.json`, headers);
			const nodeType = (name) => nodes.find((n) => n.name === `${PACKAGE}.${name}`);
			const credentialType = (name) => credentials.find((c) => c.name === name);
			const seen = [
				...(await checkIcons(base, 'Pinterest node', nodeType('pinterest'))),
				...(await checkIcons(base, 'Pinterest Trigger node', nodeType('pinterestTrigger'))),
				...(await checkIcons(
					base,
					'Pinterest OAuth2 API credential',
					credentialType('pinterestOAuth2Api'),
				)),
				...(await checkIcons(
					base,
					'Pinterest Access Token API credential',
					credentialType('pinterestApi'),
				)),
			];
			ctx.iconInfo = seen;
			// usableAsTool: n8n adds a tool variant of the action node, which AI agents can call.
			const tool = nodeType('pinterestTool');
			assert.ok(
				tool,
				'the Pinterest node has no tool variant (pinterestTool) among the node types',
			);
			assert.deepEqual(
				tool.outputs,
				['ai_tool'],
				`the tool variant's outputs: ${JSON.stringify(tool.outputs)}`,
			);
			assert.match(tool.displayName, /Pinterest Tool/);
		} finally {
			await n8n.stop();
		}
	},
};

module.exports = { iconsScenario, OWNER };
