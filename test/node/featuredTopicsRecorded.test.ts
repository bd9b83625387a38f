/*
 * Trend → Get Featured Topics against the realistic simulator: without an interest the live API
 * answers one group, interest ALL, of five topics (tools/simulator/REAL-API.md, "Fields"), so the
 * operation must not promise the topics "of each interest".
 */
import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { trendOperations } from '../../nodes/Pinterest/descriptions/trend';

const SIM_USER = 'tok-topics';

describe('Get Featured Topics without an interest, as recorded', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [SIM_USER], seed: 13, realistic: true });
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('gives the five topics across all interests (interest ALL), ranked 1 to 5', async () => {
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'trend',
				operation: 'getFeaturedTopics',
				topicRegion: 'US',
			},
			{
				credentials: await makeCredentials({
					pinterestApi: tokenCredential(sim.baseUrl, SIM_USER),
				}),
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.interest, item.json.market, item.json.rank])).toEqual(
			[1, 2, 3, 4, 5].map((rank) => ['ALL', 'US', rank]),
		);
		for (const item of items) expect(item.json.id).toMatch(/^\d{19}$/);
	});

	it('the operation says so: all interests or one, not the topics of each interest', () => {
		const operation = trendOperations[0].options?.find(
			(option) => 'value' in option && option.value === 'getFeaturedTopics',
		) as { description?: string } | undefined;
		const text = String(operation?.description);
		expect(text).not.toMatch(/each interest/);
		expect(text).toMatch(/across all interests/);
	});
});
