'use strict';
/*
 * The e2e scenarios. Each one:
 *   name        shown in the report
 *   requires()  returns a reason (=> counted as a failure, listed) when the node lacks what it needs
 *   skip()      returns a reason to skip (only for things that cannot run here)
 *   prepare()   seeds the simulator and returns the workflows to import (all are imported in one CLI call)
 *   run()       executes them with the real n8n CLI and asserts outputs and the simulator's request log
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const { propsFor } = require('./lib/harness');

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

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'scripts', 'examples');

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

// ---------------------------------------------------------------------------------------------------------------

function defineScenarios() {
	return [
		{
			name: 'board: create (access token)',
			requires: (ctx) => needOps(ctx, 'board:create') || needParams(ctx, 'board', 'create', 'name'),
			prepare: () =>
				chain('e2eBoardCreate01', 'e2e board create', [
					pinterestNode('Create board', {
						resource: 'board',
						operation: 'create',
						name: 'E2E board',
						additionalFields: { description: 'made by e2e', privacy: 'SECRET' },
					}),
				]),
			async run(ctx) {
				const r = await execOk(ctx, 'e2eBoardCreate01');
				const out = first(r, 'Create board');
				assert.equal(out.length, 1, `one output item, got ${JSON.stringify(out)}`);
				assert.equal(out[0].name, 'E2E board');
				assert.equal(out[0].privacy, 'SECRET');
				assert.ok(out[0].id, 'board has an id');
				assert.ok(ctx.sim.getBoardView(out[0].id), 'the board exists in the simulator');
				const posts = reqs(ctx.sim, { method: 'POST', path: /\/boards$/ });
				assert.equal(posts.length, 1, `one POST /boards, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(authOf(posts[0]), `Bearer ${CREDS.accessToken}`);
				assert.deepEqual(bodyOf(posts[0]), {
					name: 'E2E board',
					description: 'made by e2e',
					privacy: 'SECRET',
				});
			},
		},
		{
			name: 'board: get pins, Return All across pages (260 pins -> 2 requests)',
			requires: (ctx) =>
				needOps(ctx, 'board:getPins') || needParams(ctx, 'board', 'getPins', 'board', 'returnAll'),
			prepare(ctx) {
				const board = ctx.sim.addBoard({ name: 'E2E big board' });
				for (let i = 0; i < 260; i++)
					ctx.sim.addPin({ board_id: board.id, title: `Bulk pin ${i + 1}` });
				ctx.bigBoard = board;
				return [
					chain('e2eBoardPinsAll1', 'e2e board pins return all', [
						pinterestNode('Board pins', {
							resource: 'board',
							operation: 'getPins',
							board: byId(board.id),
							returnAll: true,
						}),
					]),
					chain('e2eBoardPinsLim1', 'e2e board pins limit 30', [
						pinterestNode('Board pins', {
							resource: 'board',
							operation: 'getPins',
							board: byId(board.id),
							returnAll: false,
							limit: 30,
						}),
					]),
				];
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2eBoardPinsAll1');
				const out = first(r, 'Board pins');
				assert.equal(out.length, 260, `260 items, got ${out.length}`);
				assert.equal(new Set(out.map((p) => p.id)).size, 260, 'no duplicates');
				const gets = reqs(ctx.sim, { method: 'GET', path: `/v5/boards/${ctx.bigBoard.id}/pins` });
				assert.equal(gets.length, 2, `2 page requests, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(String(gets[0].query.page_size), '250');
				assert.ok(!gets[0].query.bookmark, 'first page without bookmark');
				assert.ok(gets[1].query.bookmark, 'second page with the bookmark');
				// Limit: one request asking for exactly 30
				ctx.sim.requests.length = 0;
				const r2 = await execOk(ctx, 'e2eBoardPinsLim1');
				assert.equal(first(r2, 'Board pins').length, 30);
				const gets2 = reqs(ctx.sim, { method: 'GET', path: `/v5/boards/${ctx.bigBoard.id}/pins` });
				assert.equal(gets2.length, 1, `1 request for limit 30, saw:\n${logSummary(ctx.sim)}`);
				assert.equal(String(gets2[0].query.page_size), '30');
			},
		},
		{
			name: 'error: get a board that does not exist -> 404 message, rc 1',
			requires: (ctx) => needOps(ctx, 'board:get'),
			prepare: () =>
				chain('e2eBoardMissing1', 'e2e board 404', [
					pinterestNode('Get board', {
						resource: 'board',
						operation: 'get',
						board: byId('999999999999999999'),
					}),
				]),
			async run(ctx) {
				const r = await ctx.n8n.execute('e2eBoardMissing1');
				assert.equal(r.code, 1, `exit code 1 on a failed workflow (got ${r.code})`);
				assert.equal(r.status, 'error', `status error (got ${r.status}; ${r.cliError || ''})`);
				assert.match(String(r.error), /404/, `message names the status: ${r.error}`);
				assert.match(
					String(r.error),
					/Board not found/i,
					`message carries Pinterest's text: ${r.error}`,
				);
				const gets = reqs(ctx.sim, { method: 'GET', path: '/v5/boards/999999999999999999' });
				assert.equal(gets.length, 1, `one GET (no retries on 404), saw:\n${logSummary(ctx.sim)}`);
				assert.ok(
					!String(r.error).includes(CREDS.accessToken) &&
						!JSON.stringify(r.errorDetails || {}).includes(CREDS.accessToken),
					'no token in the error',
				);
				ctx.lastError = r.errorDetails;
			},
		},
		{
			name: 'oauth2: 401 -> refresh at the token URL -> retry; rotated tokens persisted in n8n',
			requires: (ctx) => needOps(ctx, 'board:getAll'),
			prepare: () =>
				chain('e2eOAuthRefresh1', 'e2e oauth2 refresh', [
					pinterestNode(
						'List boards',
						{ resource: 'board', operation: 'getAll', returnAll: false, limit: 5 },
						'oAuth2',
					),
				]),
			async run(ctx) {
				assert.ok(
					ctx.sim.expireAccessToken(CREDS.oauth.accessToken),
					'simulator knew the OAuth access token',
				);
				const r = await execOk(ctx, 'e2eOAuthRefresh1');
				assert.ok(Array.isArray(first(r, 'List boards')), 'boards listed');
				const log = ctx.sim.requests.map((q) => `${q.method} ${q.path} ${q.status}`);
				const tokenReqs = reqs(ctx.sim, { method: 'POST', path: '/v5/oauth/token' });
				assert.equal(tokenReqs.length, 1, `one token request, saw:\n${log.join('\n')}`);
				const tr = tokenReqs[0];
				const basic = `Basic ${Buffer.from(`${CREDS.oauth.clientId}:${CREDS.oauth.clientSecret}`).toString('base64')}`;
				assert.equal(authOf(tr), basic, 'client id/secret as HTTP Basic');
				const form =
					typeof tr.body === 'string'
						? Object.fromEntries(new URLSearchParams(tr.body))
						: tr.body || {};
				assert.equal(form.grant_type, 'refresh_token');
				assert.equal(form.refresh_token, CREDS.oauth.refreshToken);
				// The node's transport sends with ignoreHttpStatusErrors (to see Retry-After etc.) and repeats an OAuth2
				// 401 once the normal way so that n8n refreshes: so 401, 401, token, 200 (n8n alone would do 401, token, 200).
				const boardsReqs = reqs(ctx.sim, { method: 'GET', path: '/v5/boards' });
				assert.ok(
					boardsReqs.length >= 2 && boardsReqs.length <= 3,
					`GET /boards 2-3 times (401s then the retry), saw:\n${log.join('\n')}`,
				);
				const last = boardsReqs[boardsReqs.length - 1];
				for (const q of boardsReqs.slice(0, -1)) {
					assert.equal(q.status, 401);
					assert.equal(authOf(q), `Bearer ${CREDS.oauth.accessToken}`);
				}
				assert.equal(last.status, 200);
				assert.ok(
					ctx.sim.requests.indexOf(tr) < ctx.sim.requests.indexOf(last),
					'refresh before the successful retry',
				);
				ctx.oauthGets = boardsReqs.length;
				const newAccess = String(authOf(last)).replace(/^Bearer /, '');
				assert.notEqual(newAccess, CREDS.oauth.accessToken, 'retried with a new access token');
				const cred = await ctx.n8n.exportCredential(CREDS.oauthCred.id);
				const td = (cred.data && cred.data.oauthTokenData) || {};
				assert.equal(td.access_token, newAccess, 'new access token persisted in n8n');
				assert.ok(
					td.refresh_token && td.refresh_token !== CREDS.oauth.refreshToken,
					`rotated refresh token persisted (have ${td.refresh_token})`,
				);
				assert.ok(
					ctx.sim.isRefreshTokenValid(td.refresh_token),
					'the persisted refresh token is the one the simulator issued',
				);
			},
		},
		{
			name: 'pin: create from an image URL',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') ||
				needParams(ctx, 'pin', 'create', 'board', 'mediaSource', 'imageUrl', 'title'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinImageUrl01', 'e2e pin from image URL', [
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'imageUrl',
						imageUrl: 'https://example.com/e2e/image.jpg',
						title: 'E2E image pin',
						additionalFields: {
							description: 'from e2e',
							link: 'https://example.com/article',
							altText: 'an e2e image',
						},
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinImageUrl01');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				assert.ok(out[0].id, 'pin id');
				assert.equal(out[0].title, 'E2E image pin');
				assert.equal(out[0].board_id, ctx.pinBoard.id);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				assert.deepEqual(bodyOf(posts[0]), {
					board_id: ctx.pinBoard.id,
					title: 'E2E image pin',
					description: 'from e2e',
					link: 'https://example.com/article',
					alt_text: 'an e2e image',
					media_source: { source_type: 'image_url', url: 'https://example.com/e2e/image.jpg' },
				});
				const view = ctx.sim.getPinView(out[0].id);
				assert.ok(view, 'pin exists in the simulator');
				assert.equal(view.creative_type, 'REGULAR');
			},
		},
		{
			name: 'pin: create from a binary image (Convert to File -> Pinterest)',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'binaryPropertyName'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinBinary0001', 'e2e pin from binary image', [
					...binaryNodes('Make image', TINY_JPEG_B64, 'image/jpeg', 'photo.jpg'),
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'imageBinary',
						binaryPropertyName: 'data',
						title: 'E2E binary pin',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinBinary0001');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				const ms = bodyOf(posts[0]).media_source;
				assert.equal(ms.source_type, 'image_base64');
				assert.equal(ms.content_type, 'image/jpeg');
				assert.equal(ms.data, TINY_JPEG_B64, 'the file bytes, base64, unchanged');
			},
		},
		{
			name: 'pin: create a carousel from 2 image URLs',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'carouselImages'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinCarousel01', 'e2e carousel pin', [
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'carousel',
						carouselImages: {
							images: [
								{ source: 'url', url: 'https://example.com/c1.jpg', title: 'one' },
								{
									source: 'url',
									url: 'https://example.com/c2.jpg',
									title: 'two',
									link: 'https://example.com/two',
								},
							],
						},
						title: 'E2E carousel',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinCarousel01');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				assert.deepEqual(bodyOf(posts[0]).media_source, {
					source_type: 'multiple_image_urls',
					items: [
						{ url: 'https://example.com/c1.jpg', title: 'one' },
						{ url: 'https://example.com/c2.jpg', title: 'two', link: 'https://example.com/two' },
					],
				});
				assert.equal(ctx.sim.getPinView(out[0].id).creative_type, 'CAROUSEL');
				assert.equal(out[0].media_type, 'multiple_images');
			},
		},
		{
			name: 'pin: create from a binary video (register, upload, wait, create)',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') ||
				needParams(ctx, 'pin', 'create', 'coverImageUrl', 'binaryPropertyName'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinVideo00001', 'e2e video pin', [
					...binaryNodes('Make video', FAKE_MP4_B64, 'video/mp4', 'clip.mp4'),
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'videoBinary',
						binaryPropertyName: 'data',
						coverImageSource: 'url',
						coverImageUrl: 'https://example.com/cover.jpg',
						maxWaitSeconds: 60,
						title: 'E2E video pin',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinVideo00001');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const reg = reqs(ctx.sim, { method: 'POST', path: '/v5/media' });
				assert.equal(reg.length, 1, `one POST /media (register), saw:\n${logSummary(ctx.sim, 20)}`);
				const up = ctx.sim.requests.filter((q) => q.path.startsWith('/__upload/'));
				assert.equal(up.length, 1, `one upload, saw:\n${logSummary(ctx.sim, 20)}`);
				assert.equal(authOf(up[0]), undefined, 'no Pinterest token sent to the upload URL');
				assert.equal(
					up[0].body && up[0].body.fileBytes,
					Buffer.from(FAKE_MP4_B64, 'base64').length,
					'all file bytes uploaded',
				);
				assert.ok(
					reqs(ctx.sim, { method: 'GET', path: /^\/v5\/media\/\d+$/ }).length >= 1,
					'polled the media status',
				);
				const pin = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(pin.length, 1);
				const ms = bodyOf(pin[0]).media_source;
				assert.equal(ms.source_type, 'video_id');
				assert.equal(ms.cover_image_url, 'https://example.com/cover.jpg');
				assert.equal(ctx.sim.getPinView(out[0].id).creative_type, 'VIDEO');
			},
		},
		{
			name: 'example workflow: publish pins from a list of image URLs',
			requires: (ctx) => needOps(ctx, 'pin:create'),
			async prepare(ctx) {
				await demoSimulator(ctx);
				return loadExample('publish-pins-from-image-urls.json');
			},
			async run(ctx) {
				const demo = ctx.demo.sim;
				demo.requests.length = 0;
				const r = await execOk(ctx, 'exPublishPinsUrls');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 3, `3 pins created, got ${out.length}`);
				const board = Object.values(demo.state.boards).find((b) => b.name === 'Weeknight Recipes');
				for (const p of out)
					assert.equal(p.board_id, board.id, 'on Weeknight Recipes (board given by URL)');
				assert.deepEqual(
					out.map((p) => p.title),
					['Lemon pasta in 15 minutes', 'Green curry for a weeknight', 'Roasted tomato soup'],
				);
				assert.equal(reqs(demo, { method: 'POST', path: '/v5/pins' }).length, 3);
			},
		},
		{
			name: "example workflow: copy a board's pins into another board",
			requires: (ctx) => needOps(ctx, 'board:getPins', 'pin:save'),
			async prepare(ctx) {
				await demoSimulator(ctx);
				return loadExample('copy-board-pins.json');
			},
			async run(ctx) {
				const demo = ctx.demo.sim;
				demo.requests.length = 0;
				const target = Object.values(demo.state.boards).find((b) => b.name === 'Home Decor');
				const before = Object.values(demo.state.pins).filter(
					(p) => p.board_id === target.id,
				).length;
				const r = await execOk(ctx, 'exCopyBoardPins');
				const out = first(r, 'Save to the target board');
				assert.equal(out.length, 5, `5 pins saved, got ${out.length}`);
				const after = Object.values(demo.state.pins).filter((p) => p.board_id === target.id).length;
				assert.equal(after - before, 5, 'the target board has 5 more pins');
				assert.equal(reqs(demo, { method: 'POST', path: /^\/v5\/pins\/\d+\/save$/ }).length, 5);
			},
		},
	];
}

// ---------------------------------------------------------------------------------------------------------------

const TRIGGER_WF = 'e2eTriggerPins01';
// n8n refuses a '*' in the seconds field (minimum interval one minute) but takes an explicit list of seconds:
// a poll every 10 s keeps this case short. E2E_TRIGGER_EVERY_MINUTE=1 uses n8n's plain "every minute" instead.
// n8n >= 2.9-ish closes that gap (isSubMinuteCron): there we use "every minute" and wait up to ~2 minutes.
const FAST_POLL_TIMES = {
	item: [{ mode: 'custom', cronExpression: '0,10,20,30,40,50 * * * * *' }],
};
const MINUTE_POLL_TIMES = { item: [{ mode: 'everyMinute' }] };

function allowsSubMinutePolls(ctx) {
	if (process.env.E2E_TRIGGER_EVERY_MINUTE) return false;
	const dir = path.join(ctx.n8nModules || '', 'n8n-core', 'dist', 'execution-engine');
	try {
		for (const f of fs.readdirSync(dir)) {
			if (
				f.endsWith('.js') &&
				fs.readFileSync(path.join(dir, f), 'utf8').includes('isSubMinuteCron')
			)
				return false;
		}
		return true;
	} catch {
		return false;
	}
}

/** Fails fast when n8n logged that a workflow could not be activated. */
function activationError(n8n) {
	const line = n8n
		.startLog()
		.split('\n')
		.find((l) => /WorkflowActivationError|problem activating the workflow/i.test(l));
	return line ? line.trim().slice(0, 400) : undefined;
}

async function waitFor(what, fn, { timeoutMs = 90000, pollMs = 250, n8n } = {}) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		const v = await fn();
		if (v) return v;
		if (n8n && !n8n.server) throw new Error(`n8n is not running while waiting for ${what}`);
		const act = n8n && activationError(n8n);
		if (act) throw new Error(`n8n could not activate a workflow: ${act}`);
		await new Promise((r) => setTimeout(r, pollMs));
	}
	throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

const triggerScenario = {
	name: 'trigger: n8n start activates; 1st poll sets the watermark (no run), 2nd poll emits only the new pin (+ followers example)',
	skip(ctx) {
		if (!ctx.installed) return 'the packed package is not installed in this n8n';
		if (!ctx.nodeInfo.nodes.pinterestTrigger)
			return `${TRIGGER_TYPE} does not exist in the package yet`;
		return undefined;
	},
	async run(ctx) {
		const { sim, n8n } = ctx;
		const fast = allowsSubMinutePolls(ctx);
		const POLL_TIMES = fast ? FAST_POLL_TIMES : MINUTE_POLL_TIMES;
		const secondPollTimeout = fast ? 60000 : 150000;
		const board = sim.addBoard({ name: 'E2E trigger board' });
		const old = sim.addPin({ board_id: board.id, title: 'Pin from before activation' });
		const wf = {
			id: TRIGGER_WF,
			name: 'e2e trigger: new pin on a board',
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
						board: byId(board.id),
						pollTimes: POLL_TIMES,
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
		// the "notify on new followers" example rides along in the same n8n start, against the demo simulator
		let example;
		if (ctx.createSimulator && ctx.nodeInfo.nodes.pinterestTrigger) {
			await demoSimulator(ctx);
			example = loadExample('notify-on-new-followers.json');
			example.nodes.find((n) => n.type === TRIGGER_TYPE).parameters.pollTimes = POLL_TIMES;
			await n8n.importCredentials(ctx.extraCredentials);
		}
		await n8n.importWorkflow(example ? [wf, example] : wf);
		await n8n.publish(TRIGGER_WF);
		if (example) await n8n.publish(example.id);
		const followerPolls = () =>
			example ? reqs(ctx.demo.sim, { method: 'GET', path: '/v5/user_account/followers' }) : [];
		if (example) ctx.demo.sim.requests.length = 0;
		const polls = () => reqs(sim, { method: 'GET', path: `/v5/boards/${board.id}/pins` });
		sim.requests.length = 0;
		await n8n.start({ timeoutMs: 120000, maxRunMs: 10 * 60000 });

		// 1st poll: right at activation. It records the watermark and emits nothing.
		await waitFor(
			'the first poll (GET board pins)',
			() => polls().length >= 1 && polls()[0].status !== undefined,
			{ n8n, timeoutMs: 60000 },
		);
		const firstPollAt = Date.now();
		assert.equal(polls()[0].status, 200, `first poll answered ${polls()[0].status}`);
		const newPin = sim.addPin({ board_id: board.id, title: 'Pin after activation' });
		if (example) {
			await waitFor(
				"the example trigger's first poll (GET followers)",
				() => followerPolls().length >= 1 && followerPolls()[0].status !== undefined,
				{ n8n, timeoutMs: 30000 },
			);
			ctx.demo.sim.addFollower('brand_new_fan');
		}

		// 2nd poll (cron): emits the new pin and only that one
		const execs = await n8n.waitForExecutions({
			workflowId: TRIGGER_WF,
			count: 1,
			mode: 'trigger',
			timeoutMs: secondPollTimeout,
		});
		const secondPollMs = Date.now() - firstPollAt;
		assert.ok(polls().length >= 2, `a second poll happened (saw ${polls().length})`);
		assert.equal(
			execs.length,
			1,
			`exactly one trigger execution (the first poll must not emit): ${JSON.stringify(execs.map((e) => e.id))}`,
		);
		const ex = execs[0];
		assert.equal(ex.status, 'success', `execution status ${ex.status} ${ex.error || ''}`);
		const items = (ex.nodes['Pinterest Trigger'] || [[]])[0];
		assert.deepEqual(
			items.map((i) => i.id),
			[newPin.id],
			`emitted only the new pin (old one was ${old.id}); got ${JSON.stringify(items.map((i) => i.id))}`,
		);
		assert.equal(items[0].title, 'Pin after activation');
		assert.equal((ex.nodes.NoOp || [[]])[0].length, 1, 'the item reached the next node');
		// one API call per idle poll of one watched source
		for (const p of polls()) assert.equal(authOf(p), `Bearer ${CREDS.accessToken}`);
		const sd = await n8n.staticData(TRIGGER_WF);
		assert.ok(
			sd && sd['node:Pinterest Trigger'],
			`trigger state saved in workflow static data: ${JSON.stringify(sd)}`,
		);
		ctx.triggerInfo = {
			secondPollMs,
			polls: polls().length,
			staticData: sd,
			pollTimes: fast ? 'every 10 s (custom cron)' : 'every minute',
		};
		if (example) {
			const ex2 = await n8n.waitForExecutions({
				workflowId: example.id,
				count: 1,
				mode: 'trigger',
				timeoutMs: secondPollTimeout,
			});
			assert.equal(ex2.length, 1, 'one run of the followers example');
			const msgs = ((ex2[0].nodes['Notification text'] || [[]])[0] || []).map((i) => i.message);
			assert.deepEqual(
				msgs,
				['New Pinterest follower: brand_new_fan (https://www.pinterest.com/brand_new_fan/)'],
				`example output: ${JSON.stringify(msgs)}`,
			);
		}
	},
};

module.exports = {
	defineScenarios,
	triggerScenario,
	CREDS,
	SIM_OPTIONS,
	NODE_TYPE,
	TRIGGER_TYPE,
	chain,
	pinterestNode,
	byId,
	reqs,
	authOf,
	logSummary,
};
