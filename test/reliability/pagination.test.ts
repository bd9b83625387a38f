/**
 * Every list walk is bounded and says why it stopped, through n8n-core (RoutingNode, the
 * load-options context, PollContext): a bookmark answered twice, a run of empty pages that
 * point on, a 2xx that is not a list page, and a page too big to pass on. Each user of the
 * pager is tried: Get Many with Return All, Skip If Already Pinned's read, list search and
 * the trigger's poll.
 */
import nock from 'nock';

import { makeCredentials, runListSearch, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import { imagePinCreate } from '../helpers/params';
import { poll, triggerWorkflow } from '../trigger/pollHarness';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_pages_token';
const BOARD = '5000000000000000042';

const credentials = async () =>
	await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
const getAllBoards = {
	authentication: 'accessToken',
	resource: 'board',
	operation: 'getAll',
	returnAll: true,
};
const boards = (from: number, n: number) =>
	Array.from({ length: n }, (_, k) => ({ id: String(from + k), name: `b${from + k}` }));

/** Serves GET path with answer(n) for the n-th request (from 1), counting them. */
function serve(path: string, answer: (n: number) => [number, unknown, Record<string, string>?]) {
	const calls: string[] = [];
	nock(BASE)
		.persist()
		.get(path)
		.query(true)
		.reply((uri) => {
			calls.push(uri);
			return answer(calls.length);
		});
	return calls;
}

describe('pagination is bounded and says so', () => {
	useStrictNock();

	it('Return All refuses a bookmark answered twice, naming the list, after 2 requests', async () => {
		const calls = serve('/boards', () => [200, { items: boards(1, 2), bookmark: 'same' }]);
		const { error, items } = await runNode(getAllBoards, { credentials: await credentials() });
		expect(calls).toHaveLength(2);
		expect(items).toEqual([]);
		expect(error?.message).toMatch(
			/^GET \/boards: Pinterest answered a bookmark it had already given/,
		);
	});

	it(`empty pages that keep pointing on stop after 3 requests with an error`, async () => {
		const calls = serve('/boards', (n) => [200, { items: [], bookmark: `next-${n}` }]);
		const { error } = await runNode(getAllBoards, { credentials: await credentials() });
		expect(calls).toHaveLength(3);
		expect(error?.message).toMatch(/^GET \/boards: 3 empty pages in a row/);
	});

	it('an empty page now and then is followed: only a run of them stops the list', async () => {
		const pages = [
			{ items: boards(1, 2), bookmark: 'a' },
			{ items: [], bookmark: 'b' },
			{ items: [], bookmark: 'c' },
			{ items: boards(3, 1), bookmark: null },
		];
		const calls = serve('/boards', (n) => [200, pages[n - 1]]);
		const { error, items } = await runNode(getAllBoards, { credentials: await credentials() });
		expect(error).toBeUndefined();
		expect(calls).toHaveLength(4);
		expect(items.map((i) => i.json.id)).toEqual(['1', '2', '3']);
	});

	it.each([
		[
			'an HTML page',
			'<html><body>Sign in to the Wi-Fi</body></html>',
			'text/html',
			/began with: <html><body>Sign in to the Wi-Fi/,
		],
		['an empty object', {}, 'application/json', /began with: \{\}/],
		[
			'items that are not an array',
			{ items: 'nope', bookmark: 'x' },
			'application/json',
			/began with: \{"items":"nope"/,
		],
	])(
		'a 200 with %s is an error saying what came back, not "0 items"',
		async (_, body, type, start) => {
			const calls = serve('/boards', () => [200, body, { 'Content-Type': type }]);
			const { error, items } = await runNode(getAllBoards, { credentials: await credentials() });
			expect(calls).toHaveLength(1);
			expect(items).toEqual([]);
			expect(error?.message).toContain(
				`Pinterest's answer to GET /boards is not a list (HTTP 200, ${type}`,
			);
			expect(String(error?.description)).toMatch(start);
		},
	);

	it('N items still cost ceil(N/250) requests', async () => {
		const total = 600;
		const calls = serve('/boards', (n) => {
			const from = (n - 1) * 250;
			const size = Math.min(250, total - from);
			return [
				200,
				{ items: boards(from + 1, size), bookmark: from + size < total ? `p${n}` : null },
			];
		});
		const { items, error } = await runNode(getAllBoards, { credentials: await credentials() });
		expect(error).toBeUndefined();
		expect(calls).toHaveLength(3);
		expect(items).toHaveLength(total);
	});

	describe('a page of 300,000 items (no spread of huge arrays)', () => {
		const huge = { items: boards(1, 300_000), bookmark: null };

		it('Return All stops with an error naming the list and the bound, not a stack overflow', async () => {
			serve('/boards', () => [200, huge]);
			const { error } = await runNode(getAllBoards, { credentials: await credentials() });
			expect(error?.message).toBe('GET /boards: more than 100,000 objects for one item');
			expect(error?.message).not.toMatch(/call stack/);
		});

		it('with a Limit the first objects of the page are output', async () => {
			serve('/boards', () => [200, huge]);
			const { error, items } = await runNode(
				{ ...getAllBoards, returnAll: false, limit: 1000 },
				{ credentials: await credentials() },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1000);
		});
	});

	it("Skip If Already Pinned's read stops on a repeated bookmark instead of reading forever", async () => {
		const calls = serve(`/boards/${BOARD}/pins`, () => [
			200,
			{
				items: [{ id: '1', link: 'https://other.example.com/', created_at: '2099-01-01T00:00:00' }],
				bookmark: 'again',
			},
		]);
		const { error } = await runNode(
			imagePinCreate(BOARD, {
				title: 'Tart',
				additionalFields: { link: 'https://shop.example.com/tart' },
				options: { skipIfAlreadyPinned: true },
			}),
			{ credentials: await credentials() },
		);
		expect(calls.length).toBeLessThanOrEqual(3);
		expect(error?.message).toContain(
			`GET /boards/${BOARD}/pins: Pinterest answered a bookmark it had already given`,
		);
	});

	it('list search refuses a page whose bookmark is the one it was asked with', async () => {
		serve('/boards', () => [200, { items: boards(1, 1), bookmark: 'bm0' }]);
		await expect(
			runListSearch(
				'searchBoards',
				{ authentication: 'accessToken' },
				await credentials(),
				'',
				'bm0',
			),
		).rejects.toThrow('GET /boards: Pinterest answered a bookmark it had already given');
	});

	it("the trigger's poll fails on a repeated bookmark and keeps its state", async () => {
		const pin = (id: string, minute: number) => ({
			id,
			created_at: `2025-01-01T10:${String(minute).padStart(2, '0')}:00`,
			board_id: BOARD,
		});
		const first = serve('/pins', () => [
			200,
			{ items: [pin('2', 2), pin('1', 1)], bookmark: null },
		]);
		const workflow = await triggerWorkflow({
			authentication: 'accessToken',
			event: 'newPin',
			pinSource: 'account',
		});
		const creds = await credentials();
		expect(await poll(workflow, creds)).toBeNull();
		expect(first).toHaveLength(1);
		const before = JSON.stringify(workflow.staticData);
		nock.cleanAll();

		// Every page newer than the last poll, each pointing to the same next page.
		const calls = serve('/pins', (n) => [200, { items: [pin(`n${n}`, 30 + n)], bookmark: 'loop' }]);
		await expect(poll(workflow, creds)).rejects.toThrow(
			'GET /pins: Pinterest answered a bookmark it had already given',
		);
		expect(calls).toHaveLength(2);
		expect(JSON.stringify(workflow.staticData)).toBe(before);
	});
});
