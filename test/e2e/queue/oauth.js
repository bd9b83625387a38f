'use strict';
/*
 * Queue case 5: OAuth2 refresh on the workers. The access token expires; 6 executions on both
 * workers find it out together (every answer is 1.5 s late, so they surely overlap) and all want
 * to refresh with the same refresh token, which Pinterest rotates.
 * n8n 2.41 (n8n-core request-helpers/oauth.js refreshOrFetchToken) coordinates this itself: one
 * refresh per credential at a time (SingleFlightLease in the process plus LockService across
 * processes, 10 s wait), and before refreshing it re-reads the credential and uses a token another
 * execution saved meanwhile. n8n 2.8 has neither: each execution refreshes on its own, and all but
 * the first are refused; for that case (and when 2.41's lock wait times out) the node re-reads the
 * credential and repeats its request (transport/refresh.ts, test/node/oauthRace.test.ts).
 * Checked: every execution succeeds, the token endpoint accepted exactly one refresh, the
 * credential in Postgres holds the rotated pair, and it still works (a later expiry refreshes
 * with it).
 */
const assert = require('assert/strict');
const { CREDS } = require('../scenarios/common');
const { fanoutWorkflow, callWebhook, waitForEnded, executionWorkers, pinsOn } = require('./common');

const WF = 'qOAuth01';
const CALLS = 6;
const ITEMS = 3;

function oauthCase() {
	const ctx = {};
	return {
		name: `OAuth2 refresh on workers: ${CALLS} executions on both workers refresh at once -> all succeed, rotated token persisted once, not locked out`,
		prepare({ sim }) {
			ctx.board = sim.addBoard({ name: 'queue oauth' });
			return [
				fanoutWorkflow(WF, {
					webhookPath: 'q-oauth',
					boardId: ctx.board.id,
					items: ITEMS,
					auth: 'oAuth2',
				}),
			];
		},
		publish: [WF],
		async run({ cluster, infra, sim }) {
			const tokenCalls = () => sim.requests.filter((r) => r.path === '/v5/oauth/token');
			const before = tokenCalls().length;
			sim.expireAccessToken(CREDS.oauth.accessToken);
			// Every answer 1.5 s late (token endpoint too): the executions overlap for sure, so all
			// of them get their 401 before the first refresh is answered, and all refresh.
			sim.setFaults({ slowRate: 1, slowMs: 1500, includeOAuth: true });
			let execs;
			try {
				await Promise.all(
					Array.from({ length: CALLS }, (_, i) => callWebhook(cluster, 'q-oauth', i + 1)),
				);
				execs = await waitForEnded(infra.pg, WF, CALLS, { timeoutMs: 300000 });
			} finally {
				sim.setFaults({});
			}
			const calls = tokenCalls().slice(before);
			const ok = calls.filter((r) => r.status === 200).length;
			const refused = calls.filter((r) => r.status === 400).length;
			assert.deepEqual(
				execs.filter((e) => e.status !== 'success').map((e) => `${e.id}:${e.status}`),
				[],
				`every execution succeeded (token endpoint: ${ok} x 200, ${refused} x 400)`,
			);
			const workers = executionWorkers(cluster);
			const used = new Set(execs.map((e) => (workers.get(e.id) || ['?'])[0]));
			assert.equal(used.size, 2, `both workers ran executions (${[...used]})`);
			assert.equal(ok, 1, `one successful refresh (saw ${ok} x 200, ${refused} x 400)`);
			assert.equal(pinsOn(sim, ctx.board.id).length, CALLS * ITEMS);

			const stored = await cluster.main.exportCredential(CREDS.oauthCred.id);
			const tokens = stored.data.oauthTokenData;
			assert.notEqual(
				tokens.refresh_token,
				CREDS.oauth.refreshToken,
				'the rotated refresh token is saved',
			);
			// Not locked out: expire the saved access token; the saved refresh token must still refresh.
			sim.expireAccessToken(tokens.access_token);
			const mark = tokenCalls().length;
			await callWebhook(cluster, 'q-oauth', CALLS + 1);
			const again = await waitForEnded(infra.pg, WF, CALLS + 1, { timeoutMs: 120000 });
			assert.equal(
				again[again.length - 1].status,
				'success',
				'a later execution refreshes with the saved token',
			);
			const later = tokenCalls().slice(mark);
			assert.equal(later.filter((r) => r.status === 200).length, 1, 'one refresh accepted');
			return `${CALLS} executions on workers ${[...used].map((w) => w + 1).join('+')}: token endpoint ${ok} x 200, ${refused} x 400 (refused ones: lost races, settled by re-reading the credential); saved pair refreshes again later`;
		},
	};
}

module.exports = { oauthCase };
