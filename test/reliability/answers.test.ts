/**
 * Only well-formed answers succeed: a 2xx whose body is not the JSON the operation expects
 * (an HTML page, an empty body, a list where an object is due, a create without its ID) is an
 * error that says what came back, never an empty item. A delete's 204 stays a success.
 */
import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import { pinSave } from '../helpers/params';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_answer_token';

const getBoard = {
	authentication: 'accessToken',
	resource: 'board',
	operation: 'get',
	board: { __rl: true, mode: 'id', value: '42' },
};
const savePin = pinSave('7', '42');

describe('answers: a 2xx that is not the promised JSON is an error', () => {
	useStrictNock();
	const credentials = async () =>
		await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

	it('an HTML page is an error naming status, content type and first characters', async () => {
		nock(BASE)
			.get('/boards/42')
			.reply(200, '<html>\n  <body>Sign in to the office proxy</body>\n</html>', {
				'Content-Type': 'text/html; charset=utf-8',
			});
		const { items, error } = await runNode(getBoard, { credentials: await credentials() });
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'Pinterest\'s answer is not what the operation expects: HTTP 200, text/html; charset=utf-8, "<html> <body>Sign in to the office proxy</body> </html>"',
		);
		expect(String(error?.description)).toContain(
			'GET /boards/42 should answer a JSON object, and the answer was an answer that is not JSON.',
		);
	});

	it('an empty 200 is an error, not an empty item', async () => {
		nock(BASE).get('/boards/42').reply(200, '', { 'Content-Type': 'application/json' });
		const { items, error } = await runNode(getBoard, { credentials: await credentials() });
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			"Pinterest's answer is not what the operation expects: HTTP 200, application/json, no body",
		);
	});

	it('a JSON list where an object is due is an error', async () => {
		nock(BASE)
			.get('/boards/42')
			.reply(200, [{ id: '42' }]);
		const { error } = await runNode(getBoard, { credentials: await credentials() });
		expect(error?.message).toBe(
			'Pinterest\'s answer is not what the operation expects: HTTP 200, application/json, "[{"id":"42"}]"',
		);
	});

	it('a create answered without an ID is an error tagged for rerun, and secrets are redacted', async () => {
		nock(BASE)
			.post('/pins/7/save', { board_id: '42' })
			.reply(201, { status: 'ok', echo: `Bearer ${TOKEN}` });
		const { items, error } = await runNode(savePin, { credentials: await credentials() });
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'Pinterest\'s answer is not what the operation expects: HTTP 201, application/json, "{"status":"ok","echo":"Bearer …"}" (may have been carried out: check before running again)',
		);
		expect(String(error?.description)).toContain('an object without "id"');
	});

	it('with Continue On Fail the bad answer becomes the paired error item', async () => {
		nock(BASE).get('/boards/42').reply(200, 'OK', { 'Content-Type': 'text/plain' });
		const { items } = await runNode(getBoard, {
			credentials: await credentials(),
			continueOnFail: true,
		});
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					error:
						'Pinterest\'s answer is not what the operation expects: HTTP 200, text/plain, "OK"',
				},
				{ item: 0 },
			],
		]);
	});

	it('a delete answered 204 without a body is still a success', async () => {
		nock(BASE).delete('/boards/42').reply(204);
		const { items, error } = await runNode(
			{ ...getBoard, operation: 'delete' },
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
	});
});
