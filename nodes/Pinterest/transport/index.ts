import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';

import { toPinterestError } from './errors';

export const PRODUCTION_BASE_URL = 'https://api.pinterest.com/v5';
export const SANDBOX_BASE_URL = 'https://api-sandbox.pinterest.com/v5';

export type PinterestContext =
	| IExecuteSingleFunctions
	| IPollFunctions
	| ILoadOptionsFunctions
	| IHookFunctions;

export type PinterestCredentialType = 'pinterestOAuth2Api' | 'pinterestApi';

export interface PinterestRequest {
	method: IHttpRequestMethods;
	/** Path below the /v5 base URL, starting with a slash. */
	url: string;
	qs?: IDataObject;
	body?: IDataObject;
	headers?: IDataObject;
	timeout?: number;
}

export interface PinterestResponse extends IN8nHttpFullResponse {
	/** What was sent, for hooks that need the path (never carries credentials). */
	request: { method: IHttpRequestMethods; url: string };
}

/**
 * Reads a node parameter in any context. List-search (load options) contexts only know the
 * parameters being edited, through getCurrentNodeParameter.
 */
export function parameterOf(context: PinterestContext, name: string, fallback?: unknown): unknown {
	if ('getCurrentNodeParameter' in context) {
		return (context as ILoadOptionsFunctions).getCurrentNodeParameter(name) ?? fallback;
	}
	return context.getNodeParameter(name, fallback as never);
}

/** The node's Authentication parameter picks the credential; OAuth2 is the default. */
export function credentialTypeOf(context: PinterestContext): PinterestCredentialType {
	const authentication = parameterOf(context, 'authentication', 'oAuth2');
	return authentication === 'accessToken' ? 'pinterestApi' : 'pinterestOAuth2Api';
}

export function baseUrlOf(credentials: IDataObject): string {
	if (credentials.environment === 'sandbox') return SANDBOX_BASE_URL;
	if (credentials.environment === 'custom') {
		return String(credentials.customBaseUrl ?? '').replace(/\/+$/, '');
	}
	return PRODUCTION_BASE_URL;
}

/**
 * The one place that talks HTTP to Pinterest. n8n's helper applies the credential,
 * refreshes OAuth2 tokens on a 401 and honours proxies; we add the base URL of the
 * credential's environment and turn failures into clean NodeApiErrors.
 */
export async function pinterestApiRequest(
	this: PinterestContext,
	request: PinterestRequest,
	itemIndex?: number,
): Promise<PinterestResponse> {
	const credentialType = credentialTypeOf(this);
	const credentials = await this.getCredentials(credentialType);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: baseUrlOf(credentials),
		url: request.url,
		qs: request.qs,
		body: request.body,
		headers: { Accept: 'application/json', ...(request.headers ?? {}) },
		json: true,
		returnFullResponse: true,
		// Pinterest array parameters are exploded: creative_types=A&creative_types=B.
		arrayFormat: 'repeat',
		timeout: request.timeout,
	};
	if (!options.body || Object.keys(options.body).length === 0) delete options.body;
	try {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			credentialType,
			options,
		)) as IN8nHttpFullResponse;
		return { ...response, request: { method: request.method, url: request.url } };
	} catch (error) {
		throw toPinterestError(this.getNode(), error, {
			itemIndex,
			method: request.method,
			url: request.url,
			baseUrl: options.baseURL as string,
		});
	}
}
