import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

// RoutingNode runs preSend hooks before our executor and turns their exceptions into
// unpaired error items. Guarded hooks park the error on the request instead; the executor
// raises it before any request is sent, so it is paired with its item like any other error.
const deferredErrors = new WeakMap<IHttpRequestOptions, Error>();

export function guarded(hook: PreSendAction): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (deferredErrors.has(requestOptions)) return requestOptions;
		try {
			return await hook.call(this, requestOptions);
		} catch (error) {
			deferredErrors.set(requestOptions, error as Error);
			return requestOptions;
		}
	};
}

export function takeDeferredError(requestOptions: IHttpRequestOptions): Error | undefined {
	const error = deferredErrors.get(requestOptions);
	deferredErrors.delete(requestOptions);
	return error;
}
