/**
 * Max Parallel Requests from an expression: a value that is not a whole number from 1 to 50
 * is refused before any request, naming the field (a NaN count used to leave every item
 * waiting for a slot that never opened, and the run hung).
 */
import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_parallel_token';

const getBoard = (maxParallel: unknown) => ({
	authentication: 'accessToken',
	resource: 'board',
	operation: 'get',
	board: { __rl: true, mode: 'id', value: '42' },
	rateLimit: { maxParallel },
});

describe('Max Parallel Requests that no slot count can follow', () => {
	useStrictNock();

	it.each([
		['NaN', '={{ Number("many") }}', 'NaN'],
		['0', '={{ 0 }}', '0'],
		['negative', '={{ -2 }}', '-2'],
		['fractional', '={{ 2.5 }}', '2.5'],
		['text', '={{ "three" }}', '"three"'],
		['Infinity', '={{ 1 / 0 }}', 'Infinity'],
		['above the range', '={{ 500 }}', '500'],
	])('%s is refused before any request, naming the field', async (_, expression, shown) => {
		const { error, items } = await runNode(getBoard(expression), {
			credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
			input: [{ json: {} }, { json: {} }],
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`Max Parallel Requests must be a whole number from 1 to 50, not ${shown}`,
		);
	});

	it('a whole number from an expression is used', async () => {
		nock(BASE).get('/boards/42').times(2).reply(200, { id: '42' });
		const { error, items } = await runNode(getBoard('={{ 1 + 1 }}'), {
			credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
			input: [{ json: {} }, { json: {} }],
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
	});
});
