/**
 * The example workflow examples/create-feed-from-form.json, its Pinterest nodes run as
 * the example configures them, through n8n-core's RoutingNode against the simulator: a form
 * submission creates the feed, then the newest processing result is read (the example waits a
 * minute between reads) until it is no longer PROCESSING, with the example's own condition.
 * The harness runs one node at a time, so `$('Create feed')` is given the created feed's ID.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { fs, path, repoRoot } from '../../helpers/system';
import { createSimulator, installAds } from '../../../tools/simulator';

const TOKEN = 'pina_example1';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	alwaysOutputData?: boolean;
}

const example = JSON.parse(
	fs.readFileSync(path.join(repoRoot, 'examples', 'create-feed-from-form.json'), 'utf8'),
) as { nodes: ExampleNode[] };
const node = (name: string) => {
	const found = example.nodes.find((n) => n.name === name);
	if (!found) throw new Error(`the example has no node "${name}"`);
	return found;
};

describe('example workflow: create a shopping feed from a form', () => {
	const sim = createSimulator({ accessTokens: [TOKEN] });
	const ads = installAds(sim, { feedProcessingPolls: 3 });

	beforeAll(async () => {
		await sim.start(0);
		ads.addCatalog({ name: 'Shop' });
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('creates the feed from the form, then reads its processing results until it succeeded', async () => {
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const submission = {
			'Feed name': 'Spring collection',
			'Feed URL': 'https://shop.example.com/spring.csv',
			Format: 'CSV',
			Currency: 'eur',
			submittedAt: '2026-03-01T10:00:00.000Z',
		};
		const create = node('Create feed');
		expect(create.type).toBe('n8n-nodes-pinterest-api.pinterest');
		const created = await runNode(create.parameters, {
			credentials,
			input: [{ json: submission }],
		});
		expect(created.error).toBeUndefined();
		expect(sim.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
			{
				catalog_type: 'RETAIL',
				name: 'Spring collection',
				format: 'CSV',
				location: 'https://shop.example.com/spring.csv',
				default_currency: 'EUR',
				default_country: 'US',
				default_locale: 'en-US',
			},
		]);
		const feedId = String(created.items[0].json.id);

		const read = node('Latest processing result');
		expect(read.alwaysOutputData).toBe(true);
		const parameters = { ...read.parameters, feed: { __rl: true, mode: 'id', value: feedId } };
		// The condition of "Still processing?": no result yet, or a PROCESSING one.
		const stillProcessing = (json: IDataObject) => !json.status || json.status === 'PROCESSING';
		const statuses: unknown[] = [];
		let latest: IDataObject = {};
		for (let round = 0; round < 5; round++) {
			const { items, error } = await runNode(parameters, { credentials });
			expect(error).toBeUndefined();
			expect(items.length).toBeLessThanOrEqual(1);
			latest = items[0]?.json ?? {};
			statuses.push(latest.status);
			if (!stillProcessing(latest)) break;
		}
		expect(statuses).toEqual(['PROCESSING', 'PROCESSING', 'COMPLETED']);
		// What "Succeeded?" and "Feed is live" read.
		expect(latest).toMatchObject({
			status: 'COMPLETED',
			product_counts: { ingested: 12, original: 12 },
		});
		const reads = sim.requests.filter((r) => r.path.endsWith('/processing_results'));
		expect(reads.map((r) => r.query)).toEqual([
			{ page_size: '1' },
			{ page_size: '1' },
			{ page_size: '1' },
		]);
	});
});
