'use strict';
/* e2e scenarios: errors from the API as n8n reports them. */
const assert = require('assert/strict');
const { CREDS, chain, pinterestNode, byId, reqs, logSummary, needOps } = require('./common');

function errorScenarios() {
	return [
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
	];
}

module.exports = { errorScenarios };
