/**
 * Keyword → Get Related Terms and Get Suggested Terms (GET /terms/related, GET /terms/suggested):
 * the requests and output items through real n8n-core, by nock and against the simulator.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_terms_test_token';

const keyword = (parameters: IDataObject): IDataObject => ({
	authentication: 'accessToken',
	resource: 'keyword',
	...parameters,
});

describe('Keyword → related and suggested terms through RoutingNode (nock)', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

	it('Get Related Terms sends each term once as a repeated terms parameter and returns one item per term', async () => {
		nock(BASE)
			.get('/terms/related')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ terms: ['workout', 'clothes'] })
			.reply(200, {
				id: 'workout',
				related_term_count: 3,
				related_terms_list: [
					{ term: 'workout', related_terms: ['yoga workout', 'workout motivation'] },
					{ term: 'clothes', related_terms: ['cute clothes'] },
				],
			});
		nock(BASE)
			.get('/terms/related')
			.query({ terms: 'yoga' })
			.reply(200, { id: 'yoga', related_term_count: 0, related_terms_list: [] });
		const credentials = await token();
		const { items, error } = await runNode(
			keyword({ operation: 'getRelatedTerms', terms: 'workout, clothes, workout' }),
			{ credentials },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { term: 'workout', related_terms: ['yoga workout', 'workout motivation'] },
				pairedItem: { item: 0 },
			},
			{ json: { term: 'clothes', related_terms: ['cute clothes'] }, pairedItem: { item: 0 } },
		]);
		const none = await runNode(
			keyword({ operation: 'getRelatedTerms', terms: '={{ ["yoga"] }}' }),
			{
				credentials,
			},
		);
		expect(none.error).toBeUndefined();
		expect(none.items).toEqual([]);
	});

	it('Get Suggested Terms sends term and limit and returns one ranked item per suggestion', async () => {
		nock(BASE)
			.get('/terms/suggested')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ term: 'sport', limit: '2' })
			.reply(200, ['sports bar', 'sportswear']);
		nock(BASE)
			.get('/terms/suggested')
			.query({ term: 'cake', limit: '4' })
			.reply(400, { code: 400, message: 'Invalid terms suggested parameters.' });
		const credentials = await token();
		const { items, error } = await runNode(
			keyword({ operation: 'getSuggestedTerms', term: ' sport ', termLimit: 2 }),
			{ credentials },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { rank: 1, term: 'sports bar' }, pairedItem: { item: 0 } },
			{ json: { rank: 2, term: 'sportswear' }, pairedItem: { item: 0 } },
		]);
		const refused = await runNode(keyword({ operation: 'getSuggestedTerms', term: 'cake' }), {
			credentials,
		});
		expect(refused.error?.message).toBe(
			'Pinterest 400 (code 400): Invalid terms suggested parameters.',
		);
	});

	it('refuses an empty term, an empty term list and a limit of 11 before any request, and Continue On Fail keeps the other items', async () => {
		nock(BASE).get('/terms/suggested').query({ term: 'tea', limit: '4' }).reply(200, ['tea party']);
		const { items, error } = await runNode(
			keyword({
				operation: 'getSuggestedTerms',
				term: '={{ $json.term }}',
				termLimit: '={{ $json.limit }}',
			}),
			{
				credentials: await token(),
				continueOnFail: true,
				input: [
					{ json: { term: '', limit: 4 } },
					{ json: { term: 'tea', limit: 11 } },
					{ json: { term: 'tea', limit: 4 } },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.error ?? item.json.term, item.pairedItem])).toEqual([
			['Term is empty', { item: 0 }],
			['Limit must be a whole number from 1 to 10', { item: 1 }],
			['tea party', { item: 2 }],
		]);
		const empty = await runNode(keyword({ operation: 'getRelatedTerms', terms: '={{ " , " }}' }), {
			credentials: await token(),
		});
		expect(empty.error?.message).toBe('Terms has no value');
		const missing = await runNode(
			keyword({ operation: 'getRelatedTerms', terms: '={{ $json.x }}' }),
			{
				credentials: await token(),
			},
		);
		expect(missing.error?.message).toBe('Terms is empty');
	});
});

describe('Keyword → related and suggested terms against the simulator', () => {
	const SIM_TOKEN = 'pina_terms_sim1';
	let sim: Simulator;

	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [SIM_TOKEN], seed: 5 });
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	const credentials = () =>
		makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, SIM_TOKEN) });

	it('Get Related Terms: one item per term, each related term containing it', async () => {
		const before = sim.requests.length;
		const { items, error } = await runNode(
			keyword({ operation: 'getRelatedTerms', terms: 'workout, clothes' }),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(sim.requests.slice(before).map((r) => [r.method, r.path, r.status])).toEqual([
			['GET', '/v5/terms/related', 200],
		]);
		expect(items.map((item) => item.json.term)).toEqual(['workout', 'clothes']);
		for (const item of items) {
			const related = item.json.related_terms as string[];
			expect(related.length).toBeGreaterThan(0);
			for (const term of related) expect(term).toContain(String(item.json.term));
		}
	});

	it('Get Suggested Terms: at most Limit terms, each beginning with the term', async () => {
		const { items, error } = await runNode(
			keyword({ operation: 'getSuggestedTerms', term: 'sport', termLimit: 6 }),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.rank)).toEqual([1, 2, 3, 4, 5, 6]);
		for (const item of items) expect(String(item.json.term).startsWith('sport')).toBe(true);
	});
});
