import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { PinterestRequest, PinterestResponse } from '../transport';
import { credentialTypeOf, pinterestApiRequest, retryPolicyOf } from '../transport';
import { inputError } from '../transport/errors';
import { secretsOfCredentials } from '../transport/redact';
import { outcomeOf } from '../transport/outcome';
import { stopIfCancelled } from '../transport/retry';
import { fetchPages } from '../transport/pagination';
import type { RunSlot } from './concurrency';
import { maxParallelOf, withSlot } from './concurrency';
import { notCreated, tagRerun, unchecked } from '../exactlyOnce/outcomes';
import { sendBatched } from './batch';
import { checkAnswer } from './answers';
import { answerOf, beginItem, settleItem } from './itemState';
import { fillPath } from './path';
import type { RouteOptions } from './route';

type ResultOptions = DeclarativeRestApiSettings.ResultOptions;

function toRequest(options: IHttpRequestOptions, route: RouteOptions): PinterestRequest {
	return {
		method: (options.method ?? route.method) as IHttpRequestMethods,
		url: options.url,
		qs: options.qs as IDataObject,
		body: options.body as IDataObject,
		headers: options.headers as IDataObject,
		timeout: options.timeout,
		scopes: route.scopes,
	};
}

function pair(items: INodeExecutionData[], itemIndex: number): INodeExecutionData[] {
	return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
}

/** With "Continue On Fail" the failed item becomes a paired error item and the others go on. */
function failItem(
	context: IExecutePaginationFunctions,
	error: Error,
	itemIndex: number,
	method: IHttpRequestMethods,
): INodeExecutionData[] {
	// n8n errors carry the node; anything else (a bug, a thrown string) gets wrapped.
	// Duck typing, because instanceof fails when two copies of n8n-workflow are loaded.
	const nodeError =
		error && typeof error === 'object' && 'node' in error
			? error
			: new NodeOperationError(context.getNode(), error, { itemIndex });
	const withContext = nodeError as unknown as { context?: IDataObject };
	withContext.context = { ...(withContext.context ?? {}), itemIndex };
	// n8n shows the error (message and description) and keeps only the message in an item's
	// json, so the message says whether the item can be run again (the README's batch summary).
	tagRerun(nodeError, method);
	if (!context.continueOnFail()) {
		// An error before any answer (bad input, no connection) is no API error: n8n must not
		// give it an HTTP section (transport/errors.ts, inputError).
		throw nodeError instanceof NodeApiError || 'httpCode' in nodeError
			? nodeError
			: inputError(nodeError);
	}
	return [
		{
			json: { error: nodeError.message },
			error: nodeError as never,
			pairedItem: { item: itemIndex },
		},
	];
}

/**
 * The item's whole path runs in one of the node run's parallel slots (Max Parallel Requests).
 * An item that got its slot after the execution was cancelled stops there, so the queue of a
 * cancelled run drains without a request.
 */
async function inSlot<T>(
	context: IExecutePaginationFunctions,
	task: (run: RunSlot) => Promise<T>,
): Promise<T> {
	const options = context.getNodeParameter('rateLimit', {}) as IDataObject;
	const limit = maxParallelOf(context, options.maxParallel);
	const key = `${context.getExecutionId()}|${context.getNode().name}|${context.getWorkflow().id}`;
	return await withSlot(key, limit, async (run) => {
		stopIfCancelled(context);
		return await task(run);
	});
}

interface Sent {
	items: INodeExecutionData[];
	response: IN8nHttpFullResponse;
	/** Set on the output when the object was not made by this request: recovered or skipped. */
	marker?: 'recovered' | 'skipped';
}

/** The answer an object found without a request stands in for. */
function standIn(request: PinterestRequest, body: IDataObject): PinterestResponse {
	return {
		body,
		headers: {},
		statusCode: 200,
		request: { method: request.method, url: request.url },
	};
}

/**
 * The request(s) of one item: one object, or for a list every page up to Return All / Limit
 * (the Limit parameter sets maxResults), one item per Pinterest object.
 */
async function send(
	context: IExecutePaginationFunctions,
	request: PinterestRequest,
	route: RouteOptions,
	maxResults: ResultOptions['maxResults'],
	itemIndex: number,
): Promise<Sent> {
	if (route.list) {
		const limit = maxResults === undefined ? Infinity : Number(maxResults);
		const result = await fetchPages.call(context, request, { ...route.list, limit, itemIndex });
		return {
			items: result.items.map((json) => ({ json })),
			response: result.lastResponse as PinterestResponse,
		};
	}
	const response = await pinterestApiRequest.call(context, request, itemIndex);
	// An answer that is not the JSON Pinterest promises is an error, never an empty success.
	await checkAnswer(context.getNode(), request, response, itemIndex, async () =>
		secretsOfCredentials(await context.getCredentials(credentialTypeOf(context))),
	);
	const body = response.body;
	// A delete's 204 has no body: its item is {} (the operation's hooks say what was deleted).
	return {
		items: [{ json: body && typeof body === 'object' ? (body as IDataObject) : {} }],
		response,
	};
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
	return await promise.then(
		(value): Settled<T> => ({ ok: true, value }),
		(error: unknown): Settled<T> => ({ ok: false, error }),
	);
}

/**
 * A create with an intent: when its outcome is unknown (a 5xx, a dropped connection, code
 * 2787), look for what it would have made instead of guessing. Found: that is the result.
 * Not found: it did not happen, so send it again, up to the retry policy's Max Attempts.
 */
async function sendExactlyOnce(
	context: IExecutePaginationFunctions,
	run: RunSlot,
	request: PinterestRequest,
	route: RouteOptions,
	itemIndex: number,
): Promise<Sent> {
	const intent = route.exactlyOnce?.(run, request);
	if (!intent) return await send(context, request, route, undefined, itemIndex);
	const { maxAttempts } = retryPolicyOf(context);
	for (let tries = 1; ; tries++) {
		const startedAt = Date.now();
		intent.sending();
		// Settled as values: the errors thrown on are the transport's NodeApiErrors, with texts.
		const tried = await settle(send(context, request, route, undefined, itemIndex));
		const answeredAt = Date.now();
		if (tried.ok) {
			intent.created(tried.value.items[0]?.json ?? {});
			return tried.value;
		}
		const error = tried.error as Error;
		if (outcomeOf(error) !== 'unknown') throw error;
		const looked = await settle(intent.find(context, run, { startedAt, answeredAt }, itemIndex));
		if (!looked.ok) throw unchecked(error, intent, looked.error as Error);
		if (looked.value) {
			const found = looked.value;
			return { items: [{ json: found }], response: standIn(request, found), marker: 'recovered' };
		}
		if (tries >= maxAttempts) throw notCreated(error, intent, tries);
	}
}

/**
 * The executor of one routed operation. RoutingNode calls it once per item with the request it
 * resolved from the description; everything else happens here, one way, inside one slot:
 * path placeholders → preSend hooks (input checks, body) → request(s) → postReceive hooks.
 * Any failure on the way becomes the item's error, paired with it, before or after a request.
 */
export function executorFor(route: RouteOptions) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		try {
			return await inSlot(this, async (run) => {
				beginItem(this, run);
				try {
					const resolved = requestData.options as IHttpRequestOptions;
					let options: IHttpRequestOptions = {
						...resolved,
						url: await fillPath(this, resolved.url),
					};
					for (const hook of route.preSend ?? []) options = await hook.call(this, options);
					const request = toRequest(options, route);
					const answer = answerOf(this);
					const batchKey = route.batch?.keyOf(request);
					let sent: Sent;
					if (answer) {
						sent = {
							items: [{ json: answer }],
							response: standIn(request, answer),
							marker: 'skipped',
						};
					} else if (route.batch && batchKey !== undefined) {
						const body = await sendBatched(this, run, request, route.batch, batchKey, itemIndex);
						sent = { items: [{ json: body }], response: standIn(request, body) };
					} else if (route.exactlyOnce) {
						sent = await sendExactlyOnce(this, run, request, route, itemIndex);
					} else {
						sent = await send(this, request, route, requestData.maxResults, itemIndex);
					}
					let result = sent.items;
					for (const hook of route.postReceive ?? [])
						result = await hook.call(this, result, sent.response);
					if (sent.marker) {
						const marker = sent.marker;
						result = result.map((item) => ({ ...item, json: { ...item.json, [marker]: true } }));
					}
					return pair(result, itemIndex);
				} finally {
					settleItem(this);
				}
			});
		} catch (error) {
			return failItem(this, error as Error, itemIndex, route.method);
		}
	};
}
