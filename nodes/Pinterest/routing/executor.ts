import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PinterestRequest, PinterestResponse } from '../transport';
import { pinterestApiRequest } from '../transport';
import { fetchPages } from '../transport/pagination';
import { DEFAULT_MAX_PARALLEL, withSlot } from './concurrency';
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
): INodeExecutionData[] {
	// n8n errors carry the node; anything else (a bug, a thrown string) gets wrapped.
	// Duck typing, because instanceof fails when two copies of n8n-workflow are loaded.
	const nodeError =
		error && typeof error === 'object' && 'node' in error
			? error
			: new NodeOperationError(context.getNode(), error, { itemIndex });
	const withContext = nodeError as unknown as { context?: IDataObject };
	withContext.context = { ...(withContext.context ?? {}), itemIndex };
	if (!context.continueOnFail()) throw nodeError;
	// n8n shows the error (message and description) from `error`; json carries the message.
	return [
		{
			json: { error: nodeError.message },
			error: nodeError as never,
			pairedItem: { item: itemIndex },
		},
	];
}

/** The item's whole path runs in one of the node run's parallel slots (Max Parallel Requests). */
async function inSlot<T>(context: IExecutePaginationFunctions, task: () => Promise<T>): Promise<T> {
	const options = context.getNodeParameter('rateLimit', {}) as IDataObject;
	const limit =
		typeof options.maxParallel === 'number' ? options.maxParallel : DEFAULT_MAX_PARALLEL;
	const key = `${context.getExecutionId()}|${context.getNode().name}|${context.getWorkflow().id}`;
	return await withSlot(key, limit, task);
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
): Promise<{ items: INodeExecutionData[]; response: IN8nHttpFullResponse }> {
	if (route.list) {
		const limit = maxResults === undefined ? Infinity : Number(maxResults);
		const result = await fetchPages.call(context, request, { ...route.list, limit, itemIndex });
		return {
			items: result.items.map((json) => ({ json })),
			response: result.lastResponse as PinterestResponse,
		};
	}
	const response = await pinterestApiRequest.call(context, request, itemIndex);
	const body = response.body;
	return {
		items: [{ json: body && typeof body === 'object' ? (body as IDataObject) : {} }],
		response,
	};
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
			return await inSlot(this, async () => {
				const resolved = requestData.options as IHttpRequestOptions;
				let options: IHttpRequestOptions = { ...resolved, url: await fillPath(this, resolved.url) };
				for (const hook of route.preSend ?? []) options = await hook.call(this, options);
				const { items, response } = await send(
					this,
					toRequest(options, route),
					route,
					requestData.maxResults,
					itemIndex,
				);
				let result = items;
				for (const hook of route.postReceive ?? [])
					result = await hook.call(this, result, response);
				return pair(result, itemIndex);
			});
		} catch (error) {
			return failItem(this, error as Error, itemIndex);
		}
	};
}
