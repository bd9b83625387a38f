import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { ApplicationError, NodeOperationError } from 'n8n-workflow';

import type { PinterestRequest, PinterestResponse } from '../transport';
import { pinterestApiRequest } from '../transport';
import { DEFAULT_MAX_PARALLEL, withSlot } from './concurrency';
import { takeDeferredError } from './guard';
import type { PageOptions } from '../transport/pagination';
import { fetchPages } from '../transport/pagination';

type ResultOptions = DeclarativeRestApiSettings.ResultOptions;

function toRequest(requestData: ResultOptions): PinterestRequest {
	const { options } = requestData;
	if (!options.url || /[{}]/.test(options.url)) {
		throw new ApplicationError(`Unresolved request path "${options.url}"`);
	}
	return {
		method: (options.method ?? 'GET') as IHttpRequestMethods,
		url: options.url,
		qs: options.qs as IDataObject,
		body: options.body as IDataObject,
		headers: options.headers as IDataObject,
		timeout: options.timeout,
	};
}

/**
 * RoutingNode does not run postReceive hooks when a pagination function handles the
 * request, so we run them here, in order. Only function hooks are used in this node.
 */
async function applyPostReceive(
	context: IExecutePaginationFunctions,
	requestData: ResultOptions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	let result = items;
	for (const step of requestData.postReceive) {
		for (const action of step.actions) {
			if (typeof action !== 'function') {
				throw new ApplicationError('Pinterest node: postReceive hooks must be functions');
			}
			result = await action.call(context, result, response);
		}
	}
	return result;
}

function pair(items: INodeExecutionData[], itemIndex: number): INodeExecutionData[] {
	return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
}

export interface ExecutorOptions {
	/** Replaces the description of a 403, e.g. with the scopes an advertising operation needs. */
	forbidden?: string;
}

/** With "Continue On Fail" the failed item becomes a paired error item and the others go on. */
function failItem(
	context: IExecutePaginationFunctions,
	error: Error,
	itemIndex: number,
	options: ExecutorOptions,
): INodeExecutionData[] {
	// n8n errors carry the node; anything else (a bug, a thrown string) gets wrapped.
	// Duck typing, because instanceof fails when two copies of n8n-workflow are loaded.
	const nodeError =
		error && typeof error === 'object' && 'node' in error
			? error
			: new NodeOperationError(context.getNode(), error, { itemIndex });
	const withContext = nodeError as unknown as { context?: IDataObject; httpCode?: unknown; description?: unknown };
	withContext.context = { ...(withContext.context ?? {}), itemIndex };
	if (options.forbidden && String(withContext.httpCode) === '403') withContext.description = options.forbidden;
	if (!context.continueOnFail()) throw nodeError;
	// n8n shows the error (message and description) from `error`; json carries the message.
	return [{ json: { error: nodeError.message }, error: nodeError as never, pairedItem: { item: itemIndex } }];
}

/** Runs one item's requests in one of the node run's parallel slots. */
async function inSlot<T>(context: IExecutePaginationFunctions, task: () => Promise<T>): Promise<T> {
	const options = context.getNodeParameter('rateLimit', {}) as IDataObject;
	const limit = typeof options.maxParallel === 'number' ? options.maxParallel : DEFAULT_MAX_PARALLEL;
	const key = `${context.getExecutionId()}|${context.getNode().name}|${context.getWorkflow().id}`;
	return await withSlot(key, limit, task);
}

/** Executor for operations that return one object (or nothing, for deletes). */
export function sendSingle(options: ExecutorOptions = {}) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: ResultOptions,
	): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	try {
		const deferred = takeDeferredError(requestData.options as IHttpRequestOptions);
		if (deferred) throw deferred;
		const request = toRequest(requestData);
		const response = await inSlot(this, async () => await pinterestApiRequest.call(this, request, itemIndex));
		const body = response.body;
		const items: INodeExecutionData[] = [
			{ json: body && typeof body === 'object' ? (body as IDataObject) : {} },
		];
		return pair(await applyPostReceive(this, requestData, items, response), itemIndex);
	} catch (error) {
		return failItem(this, error as Error, itemIndex, options);
	}
	};
}

/**
 * Executor factory for list operations: follows the bookmark, honours Return All / Limit
 * (the Limit parameter sets maxResults) and emits one item per Pinterest object.
 */
export function sendPaginated(
	pageOptions: Omit<PageOptions, 'limit' | 'itemIndex'> = {},
	options: ExecutorOptions = {},
) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		try {
			const deferred = takeDeferredError(requestData.options as IHttpRequestOptions);
			if (deferred) throw deferred;
			const limit =
				requestData.maxResults === undefined ? Infinity : Number(requestData.maxResults);
			const request = toRequest(requestData);
			const result = await inSlot(this, async () =>
				await fetchPages.call(this, request, { ...pageOptions, limit, itemIndex }),
			);
			const items = result.items.map((json) => ({ json }));
			const response = result.lastResponse as PinterestResponse;
			return pair(await applyPostReceive(this, requestData, items, response), itemIndex);
		} catch (error) {
			return failItem(this, error as Error, itemIndex, options);
		}
	};
}
