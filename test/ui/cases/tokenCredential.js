'use strict';
/*
 * The access-token credential as users set it up: Credentials → Create → Pinterest Access Token API.
 * n8n tests it on save against the simulator: a good token connects, a wrong one shows the error
 * (n8n's own words for a 401 from a declarative credential test; Pinterest's body is in the log).
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { CREDS, reqs } = require('../../e2e/scenarios/common');

const TYPE = 'Pinterest Access Token API';

function fields(ctx, accessToken) {
	return {
		environment: { option: 'Custom Base URL' },
		customBaseUrl: ctx.sim.baseUrl,
		accessToken,
	};
}

async function goodToken(ctx) {
	const { page } = ctx;
	const modal = await E.newCredential(page, ctx, TYPE, fields(ctx, CREDS.accessToken));
	const answer = await E.saveCredential(page, modal);
	assert.equal(answer && answer.status, 'OK', `the test passed, got ${JSON.stringify(answer)}`);
	await modal.getByText('Connection tested successfully').waitFor();
	await ctx.shot('connection tested');
}

async function wrongToken(ctx) {
	const { page, sim } = ctx;
	sim.requests.length = 0;
	const modal = await E.newCredential(page, ctx, TYPE, fields(ctx, 'not-a-pinterest-token'));
	const answer = await E.saveCredential(page, modal);
	assert.equal(answer && answer.status, 'Error', `the test failed, got ${JSON.stringify(answer)}`);
	// n8n words the 401 itself: "Authorization failed - please check your credentials" (2.8),
	// the status text "Unauthorized" (2.41)
	assert.match(
		answer.message,
		/^(Authorization failed|Unauthorized)/,
		`the message names the refused token, got "${answer.message}"`,
	);
	await modal.getByText('Couldn’t connect with these settings').waitFor();
	const tries = reqs(sim, { method: 'GET', path: '/v5/user_account' });
	assert.ok(tries.length >= 1 && tries.every((r) => r.status === 401), 'Pinterest answered 401');
	await ctx.shot('wrong token');
}

module.exports = {
	cases: [
		{ name: 'access-token credential: a good token connects', run: goodToken },
		{ name: 'access-token credential: a wrong token shows the 401', run: wrongToken },
	],
};
