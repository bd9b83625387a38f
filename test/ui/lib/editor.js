'use strict';
/*
 * What a user does in n8n's editor, as small steps over its `data-test-id` hooks. Where 2.8 and
 * 2.41 differ (Publish vs an Active switch, 2.41's "Editing in another tab" lock), both are handled.
 */
const byId = (id) => `[data-test-id="${id}"]`;

async function signIn(page, stack) {
	await page.goto(`${stack.url}/signin`);
	await page.locator(`${byId('emailOrLdapLoginId')} input`).fill(stack.owner.email);
	await page.locator(`${byId('password')} input`).fill(stack.owner.password);
	await page.locator(byId('form-submit-button')).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 30000 });
}

/** The canvas answers clicks only once the workflow and node types have loaded. */
async function editorReady(page) {
	await page
		.locator(`${byId('canvas-plus-button')}, ${byId('canvas-node')}`)
		.first()
		.waitFor({ timeout: 60000 });
	await page.locator(byId('node-view-loader')).waitFor({ state: 'detached', timeout: 60000 });
	await page.waitForLoadState('networkidle', { timeout: 60000 }).catch(() => {});
}

async function openWorkflow(page, stack, id) {
	await page.goto(`${stack.url}/workflow/${id}`);
	await editorReady(page);
	// 2.41 opens a workflow read-only while another session still holds it ("Editing in another
	// tab"); a user takes it over with "Edit here"
	const takeOver = page.getByRole('button', { name: 'Edit here' });
	if (await takeOver.isVisible()) await takeOver.click();
}

async function openNode(page, name) {
	await page.locator(`${byId('canvas-node')}[data-node-name="${name}"]`).dblclick();
	await page.locator(byId('ndv')).waitFor();
}

async function closeNdv(page) {
	await page.keyboard.press('Escape');
	await page.locator(byId('ndv')).waitFor({ state: 'hidden' });
}

/**
 * Error banners inside the open node panel: a run error, a danger callout, a list that failed to
 * load. With bannersOnly, the warning icon n8n puts on a required field that is still empty is left
 * out: a new node has those until the user fills it in.
 */
async function ndvIssues(page, { bannersOnly = false } = {}) {
	const ids = ['node-error-message', 'rlc-error-container'];
	if (!bannersOnly) ids.push('parameter-issues');
	const sel = [
		...ids.map((id) => `${byId('ndv')} ${byId(id)}:visible`),
		`${byId('ndv')} .n8n-callout--danger:visible`,
	];
	const texts = [];
	for (const el of await page.locator(sel.join(', ')).all())
		texts.push((await el.innerText()).trim() || '(error icon)');
	return texts;
}

/**
 * Opens a resource locator's list (From list) and returns its item names, after typing the search
 * text when given. The list asks our node's list-search method; "No results" gives [].
 */
async function locatorList(page, param, search) {
	const rl = page.locator(`${byId('ndv')} ${byId(`resource-locator-${param}`)}`);
	const searchBox = page.locator(`${byId('rlc-search')}:visible`);
	// a list left open belongs to another parameter: close it on a neutral spot first
	if (await searchBox.count()) {
		await page.locator(`${byId('ndv')} ${byId('tab-params')}`).click();
		await searchBox.first().waitFor({ state: 'hidden' });
	}
	await rl.locator(byId('rlc-input-container')).click();
	if (search !== undefined) {
		await searchBox.fill(search);
		await page.waitForTimeout(1000); // n8n debounces the search before it asks the node
	}
	const items = page.locator(`${byId('rlc-item')}:visible`);
	const empty = page.getByText('No results', { exact: true });
	await items.first().or(empty).first().waitFor();
	await page
		.locator('.rlc-loading, [class*="loading"]:visible')
		.first()
		.waitFor({ state: 'hidden' })
		.catch(() => {});
	if (await empty.isVisible()) return [];
	return (await items.allInnerTexts()).map((t) => t.trim().split('\n')[0]);
}

async function pickListItem(page, name) {
	await page
		.locator(`${byId('rlc-item')}:visible`, { hasText: name })
		.first()
		.click();
}

async function executeStep(page) {
	await page.locator(`${byId('ndv')} ${byId('node-execute-button')}`).click();
}

/** The output table's rows as text, once the run has data. */
async function outputRows(page, { timeout = 30000 } = {}) {
	const table = page.locator(`${byId('output-panel')} ${byId('ndv-data-container')} table`);
	await table.first().waitFor({ timeout });
	return table.first().locator('tbody tr').allInnerTexts();
}

/**
 * Credentials → Create credential → the type → its fields. `fields` maps parameter names to a
 * string (typed) or { option } (picked from a select). Returns the open credential modal.
 */
async function newCredential(page, stack, typeName, fields) {
	await page.goto(`${stack.url}/home/credentials`);
	await page.locator(byId('add-resource-credential')).click();
	await page.locator(`${byId('new-credential-type-select')} input`).fill(typeName);
	await page
		.locator(byId('new-credential-type-select-option'), { hasText: typeName })
		.first()
		.click();
	await page.locator(byId('new-credential-type-button')).click();
	const modal = page.locator(byId('editCredential-modal'));
	await modal.waitFor();
	await fillCredential(page, modal, fields);
	return modal;
}

async function fillCredential(page, modal, fields) {
	for (const [name, value] of Object.entries(fields)) {
		const input = modal.locator(byId(`parameter-input-${name}`));
		if (typeof value === 'object') {
			await input.click();
			await page
				.locator('.el-select-dropdown__item:visible', { hasText: value.option })
				.first()
				.click();
		} else {
			await input.locator('input').fill(value);
		}
	}
}

/** Saves the credential modal; n8n tests the credential on save. Returns the test's answer. */
async function saveCredential(page, modal) {
	const tested = page.waitForResponse((r) => r.url().includes('/rest/credentials/test'), {
		timeout: 30000,
	});
	await modal.locator(byId('credential-save-button')).click();
	const answer = await tested.then(
		(r) => r.json(),
		() => undefined,
	);
	return answer && answer.data;
}

/**
 * Activates the open workflow from the editor. n8n 2.x publishes a version (the Publish button and
 * its modal); older editors had an Active switch, tried when there is no Publish button.
 */
async function publish(page) {
	const open = page.locator(byId('workflow-open-publish-modal-button'));
	if (!(await open.count())) {
		await page.locator(byId('workflow-activate-switch')).click();
		return;
	}
	await open.click();
	const modal = page.locator(byId('workflowPublish-modal'));
	await modal.waitFor();
	const name = modal.locator(
		`${byId('workflow-publish-version-name-input')} input, input${byId('workflow-publish-version-name-input')}`,
	);
	if ((await name.count()) && !(await name.first().inputValue()))
		await name.first().fill('UI suite');
	await modal.locator(byId('workflow-publish-button')).click();
	await modal.waitFor({ state: 'hidden', timeout: 30000 });
	// n8n then explains where trigger executions show up, once
	const gotIt = page.getByRole('button', { name: 'Got it' });
	if (
		await gotIt.waitFor({ timeout: 8000 }).then(
			() => true,
			() => false,
		)
	)
		await gotIt.click();
}

module.exports = {
	byId,
	signIn,
	editorReady,
	openWorkflow,
	openNode,
	closeNdv,
	ndvIssues,
	locatorList,
	pickListItem,
	executeStep,
	outputRows,
	newCredential,
	fillCredential,
	saveCredential,
	publish,
};
