'use strict';
/*
 * Pinterest Trigger in the editor: Fetch Test Event shows the board's newest pin; publishing (2.x's
 * activation) from the editor makes n8n poll, and a pin added afterwards arrives as one execution.
 */
const assert = require('assert/strict');
const E = require('../lib/editor');
const { IDS } = require('../lib/workflows');
const { reqs } = require('../../e2e/scenarios/common');

async function fetchTestEvent(ctx) {
	const { page, sim, demo } = ctx;
	sim.addPin({
		board_id: demo.boards[0],
		title: 'UI newest pin',
		description: 'added before the test event',
	});
	await E.openWorkflow(page, ctx, IDS.triggerTest);
	await E.openNode(page, 'Pinterest Trigger');
	await E.executeStep(page);
	const rows = await E.outputRows(page);
	assert.ok(rows.length >= 1, 'the test event has an item');
	assert.match(rows[0], /UI newest pin/, `the newest pin first, saw: ${rows[0]}`);
	await ctx.shot('test event');
}

async function activateAndReceive(ctx) {
	const { page, sim, demo, n8n } = ctx;
	const boardPolls = () => reqs(sim, { method: 'GET', path: `/v5/boards/${demo.boards[0]}/pins` });
	await E.openWorkflow(page, ctx, IDS.triggerLive);
	const before = boardPolls().length;
	await E.publish(page);
	await ctx.shot('published');
	// the first poll after activation only records where the board stands; the pin comes after it
	await waitFor(() => boardPolls().length > before, 150000, 'the first poll after publishing');
	const pin = sim.addPin({ board_id: demo.boards[0], title: 'UI arriving pin' });
	const execs = await n8n.waitForExecutions({
		workflowId: IDS.triggerLive,
		count: 1,
		timeoutMs: 150000,
	});
	assert.equal(execs.length, 1, 'one execution');
	const items = (execs[0].nodes && execs[0].nodes['Pinterest Trigger']) || [];
	const ids = items.flat().map((j) => j.id);
	assert.deepEqual(ids, [pin.id], 'the execution carries exactly the new pin');
	await page.goto(`${ctx.url}/workflow/${IDS.triggerLive}/executions`);
	await page
		.getByText(/Succeeded|Success/)
		.first()
		.waitFor({ timeout: 30000 });
	await ctx.shot('execution arrived');
}

async function waitFor(check, timeoutMs, what) {
	const t0 = Date.now();
	while (!check()) {
		if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

module.exports = {
	cases: [
		{ name: 'trigger: Fetch Test Event shows the newest pin', run: fetchTestEvent },
		{
			name: 'trigger: published from the editor, a new pin arrives as an execution',
			run: activateAndReceive,
		},
	],
};
