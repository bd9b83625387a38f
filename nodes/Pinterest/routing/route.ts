import type {
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	PreSendAction,
} from 'n8n-workflow';

import type { IntentOf } from '../exactlyOnce/intents';
import type { PinterestScope } from '../transport';
import type { Batcher } from './batch';
import type { PageOptions } from '../transport/pagination';
import { executorFor } from './executor';

/** A postReceive hook: the answer's items in, the output items out. */
export type PostReceiveHook = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

export interface RouteOptions {
	method: IHttpRequestMethods;
	/** Path below /v5 with {placeholders} (see routing/path.ts) filled from the operation's fields. */
	url: string;
	/** Hooks that check the item's input and shape the request, in order, before it is sent. */
	preSend?: PreSendAction[];
	/** Hooks that turn the answer into output items (and may send follow-up requests). */
	postReceive?: PostReceiveHook[];
	/** List operation: follow the bookmark and emit one item per object. */
	list?: Omit<PageOptions, 'limit' | 'itemIndex'>;
	/** Scopes beyond the organic ones: a 403 then names them. */
	scopes?: PinterestScope[];
	/** A create whose unknown outcome is settled by looking for what it made (exactlyOnce/). */
	exactlyOnce?: IntentOf;
	/** Requests of a run that Pinterest answers together (routing/batch.ts). */
	batch?: Batcher;
}

/**
 * Routing of one operation. RoutingNode resolves the request from the description and hands
 * it to our executor (the operation's pagination function, which RoutingNode calls when
 * paginate is true). The executor runs this route's hooks and requests for the item in one
 * concurrency slot, so every call shares one transport, one error mapping and one pairing.
 */
export function route(options: RouteOptions): INodePropertyRouting {
	const routing: INodePropertyRouting = {
		request: { method: options.method, url: options.url },
		send: { paginate: true },
		operations: { pagination: executorFor(options) },
	};
	routes.set(routing, options);
	return routing;
}

const routes = new WeakMap<INodePropertyRouting, RouteOptions>();

/**
 * The options an operation's routing was made from. Not used at run time: the output schema
 * generator (scripts/schemas.js) reads an operation's request, list and hooks from it.
 */
export function routeOptionsOf(
	routing: INodePropertyRouting | undefined,
): RouteOptions | undefined {
	return routing ? routes.get(routing) : undefined;
}
