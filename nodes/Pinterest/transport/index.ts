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

// The credentials define the environments' base URLs; the transport uses the same constants.
import { PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '../../../credentials/PinterestEnvironment';
import { networkErrorCode, pinterestCodeOf, pinterestHttpError, toPinterestError } from './errors';
import { outcomeOf } from './outcome';
import { afterRefusedRefresh, isRefusedRefresh } from './refresh';
import type { RetryPolicy } from './retry';
import { delayBeforeRetry, retryPolicyFrom, shouldRetry, wait } from './retry';

export type PinterestContext =
	| IExecuteSingleFunctions
	| IPollFunctions
	| ILoadOptionsFunctions
	| IHookFunctions;

export type PinterestCredentialType = 'pinterestOAuth2Api' | 'pinterestApi';

/** OAuth scopes of the operations that need more than the organic ones (named in 403 texts). */
export type PinterestScope =
	| 'ads:read'
	| 'ads:write'
	| 'catalogs:read'
	| 'catalogs:write'
	| 'boards:read'
	| 'pins:read';

export interface PinterestRequest {
	method: IHttpRequestMethods;
	/** Path below the /v5 base URL, starting with a slash. */
	url: string;
	qs?: IDataObject;
	body?: IDataObject;
	headers?: IDataObject;
	timeout?: number;
	/** The scopes the operation needs: a 403 then names them instead of the generic text. */
	scopes?: PinterestScope[];
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

/** The node's Rate Limit Handling options; the defaults where a node has none. */
export function retryPolicyOf(context: PinterestContext): RetryPolicy {
	try {
		return retryPolicyFrom(parameterOf(context, 'rateLimit', {}) as IDataObject);
	} catch {
		return retryPolicyFrom(undefined);
	}
}

/**
 * The one place that talks HTTP to Pinterest. n8n's helper applies the credential, refreshes
 * OAuth2 tokens and honours proxies; we add the base URL of the credential's environment,
 * retry what is safe to retry, and turn failures into clean NodeApiErrors.
 *
 * Requests go out with ignoreHttpStatusErrors so that we see the status, headers (Retry-After)
 * and body of every answer; n8n's error would drop the headers. Only an OAuth2 401 is sent once
 * more the normal way, so that n8n's refresh-on-401 renews the token; a refresh lost to another
 * execution (Pinterest rotates refresh tokens) is settled in ./refresh.ts.
 */
export async function pinterestApiRequest(
	this: PinterestContext,
	request: PinterestRequest,
	itemIndex?: number,
	policy: RetryPolicy = retryPolicyOf(this),
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
		ignoreHttpStatusErrors: true,
		// Pinterest array parameters are exploded: creative_types=A&creative_types=B.
		arrayFormat: 'repeat',
		timeout: request.timeout,
	};
	if (!options.body || Object.keys(options.body).length === 0) delete options.body;
	const context = {
		itemIndex,
		method: request.method,
		url: request.url,
		baseUrl: options.baseURL as string,
		scopes: request.scopes,
	};
	const send = async (extra: Partial<IHttpRequestOptions> = {}) =>
		(await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
			...options,
			...extra,
			headers: { ...options.headers },
		})) as IN8nHttpFullResponse;

	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		let response: IN8nHttpFullResponse | undefined;
		let failure: unknown;
		try {
			response = await send();
			// A 401 with code 3 is a missing scope: a refreshed token would not have it either.
			const missingScope = (response.body as IDataObject | undefined)?.code === 3;
			if (response.statusCode === 401 && credentialType === 'pinterestOAuth2Api' && !missingScope) {
				const expired = response;
				response = undefined; // from here on, an error is the refreshed request's own answer
				try {
					response = await send({ ignoreHttpStatusErrors: false });
				} catch (refreshed) {
					if (!isRefusedRefresh(refreshed)) failure = refreshed;
					else {
						// Another execution rotated the token first: use the one it saved. If none
						// did, the 401 is the answer that explains the failure.
						response = expired;
						response = await afterRefusedRefresh(send, refreshed);
					}
				}
			}
		} catch (error) {
			failure = error;
		}
		if (response && response.statusCode < 400) {
			return { ...response, request: { method: request.method, url: request.url } };
		}
		const error = response
			? pinterestHttpError(this.getNode(), response, context)
			: toPinterestError(this.getNode(), failure, context);
		const status = response?.statusCode ?? (Number(error.httpCode) || undefined);
		const delay = delayBeforeRetry(attempt, response?.headers as IDataObject, policy);
		const reason = networkErrorCode(failure);
		const retryable = status !== undefined || reason !== undefined;
		// A request that never reached Pinterest (connection refused) is safe to send again.
		const neverArrived = status === undefined && outcomeOf(error) === 'not-applied';
		// A spam block (code 9) gets worse when retried at once.
		const spamBlock = pinterestCodeOf(error) === 9;
		if (
			!retryable ||
			spamBlock ||
			!(shouldRetry(request.method, status) || neverArrived) ||
			attempt >= policy.maxAttempts ||
			waited + delay > policy.maxTotalWaitMs
		) {
			throw error;
		}
		waited += delay;
		await wait(delay, this);
	}
}
