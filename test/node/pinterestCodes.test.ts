/**
 * Advice for Pinterest's own error codes seen in the field (code 9 spam block, code 1 image that
 * could not be fetched, code 2787 "something went wrong", code 29 Trial access), through
 * n8n-core's RoutingNode with Pinterest's answers played by nock.
 */
import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_codes_token';
const BOARD = '549755885175';

describe("Pinterest's error codes: what to do", () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const createPin = (maxAttempts = 5) => ({
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: { __rl: true, mode: 'id', value: BOARD },
		mediaSource: 'imageUrl',
		imageUrl: 'https://images.example.com/tart.jpg',
		title: 'Lemon tart',
		rateLimit: { maxAttempts },
	});
	const run = async (parameters: object) =>
		await runNode(parameters, { credentials: await credentials(), continueOnFail: true });

	it('code 9 (spam block): slow down and spread pins; not retried at once', async () => {
		nock(BASE)
			.post('/pins')
			.once()
			.reply(
				429,
				{ code: 9, message: 'Your request was blocked to prevent spam.' },
				{ 'Retry-After': '0' },
			);
		const { items } = await run(createPin());
		expect(items[0].json.error).toBe(
			'Pinterest 429 (code 9): Your request was blocked to prevent spam. (not carried out: safe to run again)',
		);
		expect(String(items[0].error?.description)).toMatch(
			/spam protection.*Max Parallel Requests to 1.*spread pins over hours/,
		);
	});

	it('code 1 on a create (image not fetched): make the URL public, or try later', async () => {
		nock(BASE)
			.post('/pins')
			.reply(400, { code: 1, message: "Sorry! We couldn't fetch the image." });
		const { items } = await run(createPin());
		expect(items[0].json.error).toMatch(
			/^Pinterest 400 \(code 1\).*\(not carried out: safe to run again\)$/,
		);
		expect(String(items[0].error?.description)).toMatch(/URL must be public.*try again later/);
	});

	it('code 2787 on a create: the node looked, resent, and says how often', async () => {
		const body = { code: 2787, message: 'Something went wrong on our end. Sorry about that.' };
		nock(BASE).post('/pins').times(2).reply(400, body);
		nock(BASE)
			.get(`/boards/${BOARD}/pins`)
			.query(true)
			// Each look reads, then again 1 s and 3 s after the answer (lists can lag).
			.times(6)
			.reply(200, { items: [], bookmark: null });
		const { items } = await run(createPin(2));
		expect(items[0].json.error).toBe(
			`Pinterest 400 (code 2787): ${body.message} (not carried out: safe to run again)`,
		);
		expect(String(items[0].error?.description)).toMatch(
			/all 2 tries .*code 2787: something went wrong on Pinterest's side.*\(2 checks, each read again until 3 s after the answer.*\) and did not find a pin/,
		);
	});

	it('code 2787 elsewhere: something went wrong on their side, try again later', async () => {
		nock(BASE)
			.patch(`/boards/${BOARD}`)
			.reply(400, { code: 2787, message: 'Something went wrong on our end.' });
		const { items } = await run({
			authentication: 'accessToken',
			resource: 'board',
			operation: 'update',
			board: { __rl: true, mode: 'id', value: BOARD },
			updateFields: { name: 'New name' },
		});
		expect(items[0].json.error).toBe('Pinterest 400 (code 2787): Something went wrong on our end.');
		expect(String(items[0].error?.description)).toMatch(
			/went wrong on Pinterest's side.*Try again later/,
		);
	});

	it('code 29 (Trial access writing to production): use Sandbox', async () => {
		nock(BASE).post('/pins').reply(403, {
			code: 29,
			message: 'Apps with Trial access may not create Pins in production.',
		});
		const { items } = await run(createPin());
		expect(items[0].json.error).toMatch(
			/^Pinterest 403 \(code 29\).*\(not carried out: safe to run again\)$/,
		);
		expect(String(items[0].error?.description)).toMatch(/set Environment to Sandbox/);
	});
});
