import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeRequestOutput,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import type { PinterestResponse } from '../transport';
import { sendPaginated, sendSingle } from './executor';
import { guarded } from './guard';
import { resolveBoardId, resolvePinId, resolveSectionId } from '../hooks/resolve';
import type { PageOptions } from '../transport/pagination';

interface RouteOptions {
	method: IHttpRequestMethods;
	/** Path with {board}, {section}, {pin} placeholders filled from the resource locators. */
	url: string;
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
	/** List operation: follow the bookmark and emit one item per object. */
	list?: Omit<PageOptions, 'limit' | 'itemIndex'>;
	/** What a 403 means for this operation (the scopes it needs), instead of the generic text. */
	forbidden?: string;
}

/**
 * Fills the path placeholders from the operation's resource locators. Board comes first
 * because a section URL can only be resolved on its board.
 */
async function fillPath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let url = requestOptions.url;
	if (url.includes('{board}')) {
		const boardId = await resolveBoardId(this);
		url = url.replace('{board}', boardId);
		if (url.includes('{section}')) {
			url = url.replace('{section}', await resolveSectionId(this, boardId));
		}
	}
	if (url.includes('{pin}')) url = url.replace('{pin}', resolvePinId(this));
	requestOptions.url = url;
	return requestOptions;
}

/**
 * Routing of one operation. Every request goes through our executor (set as the
 * operation's pagination function, which RoutingNode calls when paginate is true), so
 * all calls share one transport, one error mapping and one pairing of items.
 */
export function route(options: RouteOptions): INodePropertyRouting {
	const output: INodeRequestOutput = {};
	if (options.postReceive?.length) output.postReceive = options.postReceive;
	return {
		request: { method: options.method, url: options.url },
		send: {
			paginate: true,
			preSend: [fillPath, ...(options.preSend ?? [])].map(guarded),
		},
		operations: {
			pagination: options.list
				? sendPaginated(options.list, { forbidden: options.forbidden })
				: sendSingle({ forbidden: options.forbidden }),
		},
		output,
	};
}

/** Deletes answer 204 with no body: return what was deleted instead. */
export async function deletedResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const url = (response as PinterestResponse).request.url;
	const id = url.split('/').filter(Boolean).pop() as string;
	return [{ json: { deleted: true, id } as IDataObject }];
}

/** Puts set fields of a collection parameter into the JSON body, skipping empty strings. */
export function bodyFrom(parameter: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = this.getNodeParameter(parameter, {}) as IDataObject;
		const body = (requestOptions.body ?? {}) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (value === '' || value === undefined) continue;
			body[key] = value;
		}
		requestOptions.body = body;
		return requestOptions;
	};
}
