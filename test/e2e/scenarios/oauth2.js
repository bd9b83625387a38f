'use strict';
/* e2e scenarios: OAuth2 (refresh on 401, rotated tokens persisted in n8n). */
const assert = require('assert/strict');
const { CREDS, chain, pinterestNode, reqs, authOf, needOps, execOk, first } = require('./common');

function oauth2Scenarios() {
	return [
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
	];
}

module.exports = { oauth2Scenarios };
