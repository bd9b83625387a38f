/**
 * The bad-input catalogue (docs/bad-input.md, "The catalogue"). Every row runs three items through the
 * real node (n8n-core WorkflowExecute → RoutingNode) against the simulator, with Continue On
 * Fail: a good item, the bad one, another good item. The bad item must become an error paired
 * with it that names the field, no request may be sent for it, and both good items succeed.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { AdsSimulator, Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import { ROOMY_BUDGET } from '../simulator/helpers';
import { poll, triggerState, triggerWorkflow } from '../trigger/pollHarness';
import { accountSearchRows } from './badInput/accountSearch';
import { boardRows } from './badInput/boards';
import { catalogRows } from './badInput/catalog';
import { conversionRows } from './badInput/conversions';
import { leadRows } from './badInput/leads';
import { pinRows } from './badInput/pins';
import { termRows } from './badInput/terms';
import { trendRows } from './badInput/trends';
import type { Ids, Row } from './badInput/row';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_catalogue1';

// The rows live in ./badInput/ by resource; they run in this order against one simulator.
const rows: Row[] = [
	...boardRows,
	...pinRows,
	...accountSearchRows,
	...trendRows,
	...termRows,
	...catalogRows,
	...conversionRows,
	...leadRows,
];

describe('bad-input catalogue', () => {
	let sim: Simulator;
	let ads: AdsSimulator;
	let ids: Ids;
	let subscriptions = 0;
	/** A lead subscription, as the Lead Ads Trigger makes one (its answer is not needed here). */
	const makeSubscription = (adAccountId: string, leadFormId: string) => {
		subscriptions += 1;
		const record = {
			id: `90000000000000000${subscriptions}`,
			ad_account_id: adAccountId,
			lead_form_id: leadFormId,
			webhook_url: `https://hooks.example.com/${subscriptions}`,
			key: `${'A'.repeat(43)}=`, // 32 zero bytes: a test key
			deleted: false,
		};
		ads.state.leadSubscriptions.push(record);
		return record;
	};

	beforeAll(async () => {
		sim = createSimulator({
			accessTokens: [TOKEN],
			seed: 7,
			username: 'demo_user',
			mediaProcessingPolls: 0,
			// Each row is its own n8n run (pacing starts afresh), 120 runs in a few seconds: the
			// counts below are about bad input, not about the 100-a-second safety net.
			rateLimits: ROOMY_BUDGET,
		});
		await sim.start(0);
		const board = sim.addBoard({ name: 'Catalogue Board' });
		const section = sim.addSection(board.id, { name: 'Catalogue Section' });
		const pin = sim.addPin({ board_id: board.id, title: 'recipe pin', description: 'a recipe' });
		const media = sim.addMedia({ status: 'succeeded' });
		ads = installAds(sim, { accessTokens: [TOKEN], deliverLeads: false });
		const catalog = ads.addCatalog({ name: 'Shop' });
		const adAccount = ads.addAdAccount({ name: 'Leads' });
		const leadForm = ads.addLeadForm(adAccount.id);
		const leadSubscription = makeSubscription(adAccount.id, leadForm.id);
		ids = {
			board: board.id,
			section: section.id,
			pin: pin.id,
			media: media.media_id,
			origin: sim.origin,
			feed: catalog.feed.id,
			productGroup: catalog.productGroup.id,
			adAccount: adAccount.id,
			leadForm: leadForm.id,
			leadSubscription: leadSubscription.id,
		};
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('has at least 40 rows', () => {
		expect(rows.length).toBeGreaterThanOrEqual(40);
	});

	it.each(rows.map((row) => [row.name, row]))('%s', async (_name, row) => {
		const good = (() => {
			const value = row.good(ids);
			if (value === '__fresh_subscription__')
				return [1, 2].map(() => makeSubscription(ids.adAccount, ids.leadForm).id);
			if (value !== '__fresh_board__') return [value, value];
			return [sim.addBoard({ name: 'Delete me 1' }).id, sim.addBoard({ name: 'Delete me 2' }).id];
		})();
		const values = [good[0], row.bad, good[1]];
		const input = values.map((v) => ({ json: { v } as IDataObject, binary: row.binary?.(v) }));
		const before = sim.requests.length;
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const { items, error } = await runNode(
			{ authentication: 'accessToken', ...row.params(ids) },
			{ credentials, input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// One result per input item for these operations (lists are limited to what exists).
		const byItem = (index: number) =>
			items.filter((item) => (item.pairedItem as { item: number }).item === index);
		const bad = byItem(1);
		expect(bad).toHaveLength(1);
		expect(bad[0].json.error).toMatch(row.error);
		expect(String(bad[0].error?.description ?? '')).not.toBe('');
		for (const index of [0, 2]) {
			for (const item of byItem(index))
				expect([index, item.json.error]).toEqual([index, undefined]);
		}
		// No request for the bad item: the good items' requests are all there is.
		const [method, prefix] = row.request;
		const path = typeof prefix === 'function' ? prefix(ids) : prefix;
		const sent = sim.requests
			.slice(before)
			.filter((r) => r.method === method && r.path.startsWith(path));
		expect(sent).toHaveLength(row.count ?? 2);
	});
});

describe('bad-input catalogue: the trigger', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 8, username: 'demo_user' });
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it.each([
		[
			'board ID with letters',
			{ pinSource: 'board', board: { __rl: true, mode: 'id', value: '={{ "abc" }}' } },
			/^Board must contain digits only$/,
		],
		[
			'board ID from an expression resolving to null',
			{ pinSource: 'board', board: { __rl: true, mode: 'id', value: '={{ null }}' } },
			/^Board is empty$/,
		],
		[
			'board URL of another site',
			{ pinSource: 'board', board: { __rl: true, mode: 'url', value: 'https://example.com/a/b/' } },
			/^Board is not a Pinterest board URL$/,
		],
		[
			'section ID with letters',
			{
				pinSource: 'section',
				board: { __rl: true, mode: 'id', value: '123' },
				section: { __rl: true, mode: 'id', value: '={{ "s1" }}' },
			},
			/^Board Section must contain digits only$/,
		],
	])('%s fails the poll before any request and keeps the state', async (_name, params, message) => {
		const parameters = { authentication: 'accessToken', event: 'newPin', ...params };
		const workflow = await triggerWorkflow(parameters);
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const before = sim.requests.length;
		await expect(poll(workflow, credentials)).rejects.toThrow(message);
		expect(sim.requests.length).toBe(before);
		expect(triggerState(workflow)).toBeUndefined();
	});
});
