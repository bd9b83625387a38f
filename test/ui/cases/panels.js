'use strict';
/*
 * Every operation's parameter panel, opened the way users add a step: nodes panel → Pinterest →
 * the action. The panel must open on that action, with its parameters, no error banner and no
 * console error from our node. The trigger's events are opened the same way.
 */
const assert = require('assert/strict');
const { byId, ndvIssues, closeNdv } = require('../lib/editor');
const { readNodeInfo } = require('../../e2e/lib/harness');
const { newNodeMenus, searchPinterest } = require('./nodesPanel');

/** The actions the nodes panel offers for a new node (not Follow → Get Followed Interests). */
function actions() {
	const info = readNodeInfo().nodes;
	const out = [];
	for (const p of newNodeMenus(info.pinterest.description)) {
		for (const o of p.options)
			out.push({
				label: `${p.displayOptions.show.resource[0]}:${o.value}`,
				action: o.action,
				section: 'Actions',
			});
	}
	return out;
}

const TRIGGER_EVENTS = [
	{ label: 'trigger:newBoard', action: 'On new board' },
	{ label: 'trigger:newFollower', action: 'On new follower' },
	{ label: 'trigger:newPin', action: 'On new pin' },
].map((t) => ({ ...t, section: 'Triggers', title: 'Pinterest Trigger' }));
async function openAction(ctx, { action, section }, { fresh = true } = {}) {
	const { page } = ctx;
	await (await searchPinterest(ctx, { fresh })).click();
	const panel = page.locator(byId('node-creator'));
	const header = panel.getByText(new RegExp(`^${section} \\(\\d+\\)$`));
	await header.waitFor();
	const item = panel.getByText(action, { exact: true }).filter({ visible: true }).first();
	// the group starts folded on the first-step panel and open after that; its items render a moment
	// after its header, so look for the item before unfolding
	if (
		!(await item.waitFor({ timeout: 2500 }).then(
			() => true,
			() => false,
		))
	)
		await header.click();
	await item.click();
	const ndv = page.locator(byId('ndv'));
	await ndv.waitFor();
	await page.locator(`${byId('ndv')} ${byId('node-parameters')}`).waitFor();
	return ndv;
}

async function sweep(ctx, list) {
	const problems = [];
	let fresh = true;
	for (const a of list) {
		// each action is added to the same workflow: one page load, not one per operation
		const ndv = await openAction(ctx, a, { fresh });
		fresh = false;
		const title = (await ndv.locator(byId('node-title-container')).innerText()).trim();
		if (!title.startsWith(a.title || a.action))
			problems.push(`${a.label}: the panel opened on "${title}", not "${a.action}"`);
		const issues = await ndvIssues(ctx.page, { bannersOnly: true });
		if (issues.length) problems.push(`${a.label}: ${issues.join('; ')}`);
		const params = await ndv.locator(byId('parameter-item')).count();
		if (!params) problems.push(`${a.label}: no parameters rendered`);
		if (a.shot) await ctx.shot(a.label);
		await closeNdv(ctx.page);
	}
	assert.deepEqual(problems, [], problems.join('\n'));
}

const cases = [
	{
		name: `parameter panels: every operation of the Pinterest node`,
		run: (ctx) =>
			sweep(
				ctx,
				actions().map((a, i) => ({ ...a, shot: i % 10 === 0 })),
			),
	},
	{
		name: 'parameter panels: every event of the Pinterest Trigger',
		run: (ctx) =>
			sweep(
				ctx,
				TRIGGER_EVENTS.map((a) => ({ ...a, shot: true })),
			),
	},
];

module.exports = { cases, openAction };
