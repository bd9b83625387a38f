/**
 * Cancelling a run stops the node's own waits and loops, as a user stopping an execution in
 * n8n sees it: the harness runs the declarative node through the execute() n8n's CLI gives it
 * and cancels the way n8n does (cancel() of WorkflowExecute's run, which aborts the signal
 * RoutingNode hands to every item). runNode resolves only once the node gave back control,
 * so anything it sent after the cancel is counted.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { recordUnmatchedRequests, useStrictNock } from '../helpers/nock';
import { imagePinCreate } from '../helpers/params';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_cancel_token';
const BOARD = '5000000000000000077';

const credentials = async () =>
	await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

const createPin = (extra: IDataObject = {}) => imagePinCreate(BOARD, extra);

describe('cancelling a run', () => {
	useStrictNock();

	// Requests that reached no interceptor: with the network off, whatever was sent after the
	// answers the test set up.
	const unmatched = recordUnmatchedRequests();

	/**
	 * An AbortController aborted once the scope sent its answer: at once, or after `readMs` so
	 * that the node has read the answer and is waiting (aborting while the answer is in flight
	 * only cancels that request, not the wait the answer asks for).
	 */
	function cancelAfterAnswer(scope: nock.Scope, readMs = 0): AbortController {
		const controller = new AbortController();
		scope.on('replied', () => {
			if (readMs === 0) controller.abort();
			else void sleep(readMs).then(() => controller.abort());
		});
		return controller;
	}

	it('a create answered 429 with Retry-After 5, cancelled after that answer, is never sent again', async () => {
		const scope = nock(BASE)
			.post('/pins')
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '5' });
		const controller = cancelAfterAnswer(scope, 300);
		const { run } = await runNode(createPin(), {
			credentials: await credentials(),
			cancelSignal: controller.signal,
		});
		const answeredAt = Date.now();
		expect(run.status).toBe('canceled');
		// Past the Retry-After: still nothing more was sent.
		await sleep(Math.max(0, 5_500 - (Date.now() - answeredAt)));
		expect(unmatched()).toEqual([]);
	}, 20_000);

	it('the run ends at the cancel even when Pinterest asked to wait an hour', async () => {
		// Before, the node slept out the hour (and the test its timeout) in the background.
		const scope = nock(BASE)
			.get(`/boards/${BOARD}`)
			.reply(429, { code: 8, message: 'Rate limited' }, { 'Retry-After': '3600' });
		const controller = cancelAfterAnswer(scope, 300);
		const { run } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: BOARD },
				rateLimit: { maxTotalWait: 7200 },
			},
			{ credentials: await credentials(), cancelSignal: controller.signal },
		);
		expect(run.status).toBe('canceled');
		expect(unmatched()).toEqual([]);
	});

	it('Return All reads no further page after the cancel', async () => {
		const scope = nock(BASE)
			.get('/boards')
			.query(true)
			.reply(200, { items: [{ id: '1', name: 'one' }], bookmark: 'page-2' });
		const controller = cancelAfterAnswer(scope);
		const { run } = await runNode(
			{ authentication: 'accessToken', resource: 'board', operation: 'getAll', returnAll: true },
			{ credentials: await credentials(), cancelSignal: controller.signal },
		);
		expect(run.status).toBe('canceled');
		expect(unmatched()).toEqual([]);
	});

	it('items queued for a parallel slot send nothing after the cancel', async () => {
		const scope = nock(BASE).get(`/boards/${BOARD}`).reply(200, { id: BOARD, name: 'Mine' });
		const controller = cancelAfterAnswer(scope);
		const { run } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'get',
				board: { __rl: true, mode: 'id', value: BOARD },
				rateLimit: { maxParallel: 1 },
			},
			{
				credentials: await credentials(),
				cancelSignal: controller.signal,
				input: [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }],
			},
		);
		expect(run.status).toBe('canceled');
		expect(unmatched()).toEqual([]);
	});
});
