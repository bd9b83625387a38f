'use strict';
/*
 * What the e2e scenarios share: the node types, the credentials and simulator options, workflow builders
 * (chain, pinterestNode, binary items, the example workflows and their demo simulator) and assertions on
 * the simulator's request log and on what the built node offers.
 */
const fs = require('fs');
const path = require('path');
const { propsFor } = require('../lib/harness');

const NODE_TYPE = 'n8n-nodes-pinterest-api.pinterest';
const TRIGGER_TYPE = 'n8n-nodes-pinterest-api.pinterestTrigger';

const CREDS = {
	accessToken: 'e2e-access-token',
	oauth: {
		clientId: 'e2e-client-id',
		clientSecret: 'e2e-client-secret',
		accessToken: 'e2e-oauth-access-1',
		refreshToken: 'e2e-oauth-refresh-1',
	},
	tokenCred: { id: 'e2ePinTokenCred1', name: 'Pinterest access token (e2e)' },
	oauthCred: { id: 'e2ePinOAuthCred1', name: 'Pinterest OAuth2 (e2e)' },
	list(sim) {
		return [
			{
				id: this.tokenCred.id,
				name: this.tokenCred.name,
				type: 'pinterestApi',
				data: { environment: 'custom', customBaseUrl: sim.baseUrl, accessToken: this.accessToken },
			},
			{
				id: this.oauthCred.id,
				name: this.oauthCred.name,
				type: 'pinterestOAuth2Api',
				data: {
					environment: 'custom',
					customBaseUrl: sim.baseUrl,
					clientId: this.oauth.clientId,
					clientSecret: this.oauth.clientSecret,
					oauthTokenData: {
						access_token: this.oauth.accessToken,
						refresh_token: this.oauth.refreshToken,
						token_type: 'bearer',
						expires_in: 2592000,
					},
				},
			},
		];
	},
};

const SIM_OPTIONS = {
	// access token i is paired with refresh token i
	accessTokens: [CREDS.oauth.accessToken, CREDS.accessToken],
	refreshTokens: [CREDS.oauth.refreshToken],
	clientId: CREDS.oauth.clientId,
	clientSecret: CREDS.oauth.clientSecret,
	seed: 4242,
	username: 'e2e_user',
};

// ---------------------------------------------------------------------------------------------------------------
// workflow building

let uuidCounter = 0;
function uuid() {
	uuidCounter++;
	return `e2e00000-0000-4000-8000-${String(uuidCounter).padStart(12, '0')}`;
}

function pinterestNode(name, parameters, auth = 'accessToken') {
	return {
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		parameters: { authentication: auth, ...parameters },
		credentials:
			auth === 'oAuth2'
				? { pinterestOAuth2Api: { ...CREDS.oauthCred } }
				: { pinterestApi: { ...CREDS.tokenCred } },
	};
}

/** Manual trigger followed by the given nodes in a chain. */
function chain(id, name, nodes) {
	const all = [
		{ name: 'Manual', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		...nodes,
	].map((n, i) => ({
		id: uuid(),
		position: [i * 220, 0],
		...n,
	}));
	const connections = {};
	for (let i = 0; i < all.length - 1; i++)
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes: all, connections };
}

// A 1x1 JPEG and a few bytes standing in for an MP4 (the simulator does not decode video)
const TINY_JPEG_B64 =
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////' +
	'////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';
const FAKE_MP4_B64 = Buffer.concat([
	Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'),
	Buffer.alloc(4096, 7),
]).toString('base64');

/** Set (a base64 string) -> Convert to File: an item with binary property "data", as users build one. */
function binaryNodes(prefix, b64, mimeType, fileName) {
	return [
		{
			name: `${prefix} (text)`,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'manual',
				assignments: { assignments: [{ id: uuid(), name: 'b64', value: b64, type: 'string' }] },
				options: {},
			},
		},
		{
			name: `${prefix} (file)`,
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			parameters: {
				operation: 'toBinary',
				sourceProperty: 'b64',
				binaryPropertyName: 'data',
				options: { fileName, mimeType },
			},
		},
	];
}

const EXAMPLES_DIR = path.join(__dirname, '..', '..', '..', 'examples');

function loadExample(file) {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
}

/** A second simulator with the demo data (user demo_user), and the credentials the example workflows name. */
async function demoSimulator(ctx) {
	if (ctx.demo) return ctx.demo;
	const sim = ctx.createSimulator({
		accessTokens: ['demo-access-token'],
		refreshTokens: ['demo-refresh-token'],
		clientId: 'demo-client-id',
		clientSecret: 'demo-client-secret',
		seed: 1,
		username: 'demo_user',
	});
	sim.seedDemo();
	await sim.start(0);
	ctx.extraSims.push(sim);
	ctx.extraCredentials.push(
		{
			id: 'devPinterestToken',
			name: 'Pinterest (simulator, access token)',
			type: 'pinterestApi',
			data: { environment: 'custom', customBaseUrl: sim.baseUrl, accessToken: 'demo-access-token' },
		},
		{
			id: 'devPinterestOAuth2',
			name: 'Pinterest (simulator, OAuth2)',
			type: 'pinterestOAuth2Api',
			data: {
				environment: 'custom',
				customBaseUrl: sim.baseUrl,
				clientId: 'demo-client-id',
				clientSecret: 'demo-client-secret',
				oauthTokenData: {
					access_token: 'demo-access-token',
					refresh_token: 'demo-refresh-token',
					token_type: 'bearer',
					expires_in: 2592000,
				},
			},
		},
	);
	ctx.demo = { sim };
	return ctx.demo;
}

const byId = (v) => ({ __rl: true, mode: 'id', value: String(v) });

/** Pinterest Trigger (new pins on one board, access token) -> NoOp, with every execution's data kept. */
function boardPinTrigger(id, name, boardId, pollTimes) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		nodes: [
			{
				id: uuid(),
				name: 'Pinterest Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					authentication: 'accessToken',
					event: 'newPin',
					pinSource: 'board',
					board: byId(boardId),
					pollTimes,
					options: {},
				},
				credentials: { pinterestApi: { ...CREDS.tokenCred } },
			},
			{
				id: uuid(),
				name: 'NoOp',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { 'Pinterest Trigger': { main: [[{ node: 'NoOp', type: 'main', index: 0 }]] } },
	};
}

// ---------------------------------------------------------------------------------------------------------------
// assertions on the simulator's request log

function reqs(sim, filter = {}) {
	return sim.requests.filter(
		(r) =>
			(!filter.method || r.method === filter.method) &&
			(!filter.path ||
				(filter.path instanceof RegExp ? filter.path.test(r.path) : r.path === filter.path)),
	);
}

function authOf(r) {
	const h = r.headers || {};
	return h.authorization || h.Authorization;
}

function logSummary(sim, n = 12) {
	return sim.requests
		.slice(-n)
		.map(
			(r) =>
				`${r.method} ${r.path}${r.query && Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''} -> ${r.status ?? r.statusCode ?? '?'}`,
		)
		.join('\n');
}

function needOps(ctx, ...ops) {
	const node = ctx.nodeInfo.nodes.pinterest;
	if (!node)
		return `the Pinterest node is not in dist/ (${ctx.nodeInfo.errors.join('; ') || 'not built'})`;
	if (!ctx.installed) return 'the packed package is not installed in this n8n';
	const missing = ops.filter((o) => !node.ops.has(o));
	return missing.length ? `operation(s) not in the node yet: ${missing.join(', ')}` : undefined;
}

function needParams(ctx, resource, operation, ...names) {
	const node = ctx.nodeInfo.nodes.pinterest;
	const have = new Set(propsFor(node.description, resource, operation).map((p) => p.name));
	const missing = names.filter((n) => !have.has(n));
	return missing.length
		? `parameter(s) of ${resource}:${operation} not found: ${missing.join(', ')} (have: ${[...have].join(', ')})`
		: undefined;
}

async function execOk(ctx, wfId) {
	const r = await ctx.n8n.execute(wfId);
	if (r.code !== 0 || r.status !== 'success') {
		throw new Error(
			`workflow ${wfId} did not succeed: rc ${r.code}, status ${r.status}, error: ${r.error || r.cliError}` +
				`${r.errorDetails && r.errorDetails.description ? ` (${r.errorDetails.description})` : ''}\nsimulator saw:\n${logSummary(ctx.sim)}`,
		);
	}
	return r;
}

function bodyOf(r) {
	if (typeof r.body !== 'string') return r.body;
	try {
		return JSON.parse(r.body);
	} catch {
		return r.body;
	}
}

const first = (r, node) => (r.nodes[node] && r.nodes[node][0]) || [];

module.exports = {
	NODE_TYPE,
	TRIGGER_TYPE,
	CREDS,
	SIM_OPTIONS,
	uuid,
	pinterestNode,
	chain,
	TINY_JPEG_B64,
	FAKE_MP4_B64,
	binaryNodes,
	loadExample,
	demoSimulator,
	byId,
	boardPinTrigger,
	reqs,
	authOf,
	logSummary,
	needOps,
	needParams,
	execOk,
	bodyOf,
	first,
};
