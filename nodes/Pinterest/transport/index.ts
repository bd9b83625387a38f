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
import {
	isUnconnectedOAuth2,
	networkErrorCode,
	notConnectedError,
	pinterestCodeOf,
	pinterestMessageOf,
	pinterestHttpError,
	toPinterestError,
} from './errors';
import { outcomeOf } from './outcome';
import { endpointOf, pacerOf, pacingOn } from './pacing';
import { isRedirect, NO_REDIRECTS, redirectError } from './redirect';
import {
	afterRefusedRefresh,
	isRefusedRefresh,
	isRefusedRefreshError,
	refusedRefreshError,
} from './refresh';
import type { RetryPolicy } from './retry';
import { delayBeforeRetry, retryPolicyFrom, shouldRetry, throttleSeconds, wait } from './retry';
import { requestTimeoutMsFrom } from './timeout';

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
	/**
	 * What n8n's routing resolved (its Request Options → Timeout, or 300 s when unset). Not used:
	 * the transport reads the node's options itself (requestTimeoutOf), for every caller alike.
	 */
	timeout?: number;
	/** The scopes the operation needs: a 403 then names them instead of the generic text. */
	scopes?: PinterestScope[];
	/**
	 * Error statuses whose answer the caller reads itself (returned, not thrown): events/create
	 * answers 422 when some of its events were refused.
	 */
	answerStatuses?: number[];
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

function optionsOf(context: PinterestContext, name: string): IDataObject | undefined {
	try {
		const value = parameterOf(context, name, {});
		return value && typeof value === 'object' ? (value as IDataObject) : undefined;
	} catch {
		return undefined; // a context without that parameter (the trigger, list search)
	}
}

/**
 * Milliseconds one try may take: n8n's own Request Options → Timeout when the user set it
 * (n8n adds that option to declarative nodes), else Rate Limit Handling → Request Timeout,
 * else the default. Never n8n's silent 300 s.
 */
export function requestTimeoutOf(context: PinterestContext): number {
	return requestTimeoutMsFrom(
		optionsOf(context, 'rateLimit'),
		optionsOf(context, 'requestOptions'),
	);
}

/** A redirect that came back as a thrown error (a request sent without ignoreHttpStatusErrors). */
function redirectOfFailure(
	failure: unknown,
): { statusCode: number; headers?: IDataObject } | undefined {
	type Answer = { status?: number; headers?: IDataObject };
	const err = failure as { response?: Answer; cause?: { response?: Answer } } | undefined;
	const answer = err?.cause?.response ?? err?.response;
	const status = Number(answer?.status);
	return answer && isRedirect(status) ? { statusCode: status, headers: answer.headers } : undefined;
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
 *
 * No redirect is followed (./redirect.ts), so the credential never leaves the origin it names,
 * and every try ends after the Request Timeout, so a silent server costs bounded time.
 */
export async function pinterestApiRequest(
	this: PinterestContext,
	request: PinterestRequest,
	itemIndex?: number,
	policy: RetryPolicy = retryPolicyOf(this),
): Promise<PinterestResponse> {
	const credentialType = credentialTypeOf(this);
	const credentials = await this.getCredentials(credentialType);
	// Never sent: n8n's signer would fail without saying to connect the account.
	if (credentialType === 'pinterestOAuth2Api' && isUnconnectedOAuth2(credentials)) {
		throw notConnectedError(this.getNode(), itemIndex);
	}
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
		timeout: requestTimeoutOf(this),
		...NO_REDIRECTS,
	};
	if (!options.body || Object.keys(options.body).length === 0) delete options.body;
	const context = {
		itemIndex,
		method: request.method,
		url: request.url,
		baseUrl: options.baseURL as string,
		scopes: request.scopes,
		timeoutMs: options.timeout,
	};
	// Pace Requests: a spent budget (the answers' X-RateLimit headers) waits for its reset.
	const pacer = pacingOn(optionsOf(this, 'rateLimit')) ? pacerOf(this) : undefined;
	const endpoint = endpointOf(request.method, request.url);
	const send = async (extra: Partial<IHttpRequestOptions> = {}) => {
		pacer?.sending(endpoint);
		let answer: IN8nHttpFullResponse | undefined;
		try {
			answer = (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
				...options,
				...extra,
				headers: { ...options.headers },
			})) as IN8nHttpFullResponse;
			return answer;
		} finally {
			pacer?.answered(endpoint, answer?.headers as IDataObject | undefined);
		}
	};

	let waited = 0;
	for (let attempt = 1; ; attempt++) {
		// A pacing wait counts against Max Total Wait like a retry's; one that would go past it
		// is not taken (the request goes out, and a 429 is handled as always).
		const pace = pacer?.delayFor(endpoint) ?? 0;
		if (pace > 0 && waited + pace <= policy.maxTotalWaitMs) {
			waited += pace;
			await wait(pace, this);
		}
		let response: IN8nHttpFullResponse | undefined;
		let failure: unknown;
		try {
			response = await send();
			// A 401 with code 3 is a missing scope: a refreshed token would not have it either.
			const missingScope = (response.body as IDataObject | undefined)?.code === 3;
			if (response.statusCode === 401 && credentialType === 'pinterestOAuth2Api' && !missingScope) {
				response = undefined; // from here on, an error is the refreshed request's own answer
				try {
					response = await send({ ignoreHttpStatusErrors: false });
				} catch (refreshed) {
					if (!isRefusedRefresh(refreshed)) failure = refreshed;
					else {
						// Another execution rotated the token first: use the one it saved. If none
						// did, the refresh token is dead: say to reconnect (never retried).
						response = await afterRefusedRefresh(
							send,
							refusedRefreshError(this.getNode(), context),
							this,
						);
					}
				}
			}
		} catch (error) {
			failure = error;
		}
		// Never retried: a redirect says the same thing each time.
		const redirect =
			response && isRedirect(response.statusCode) ? response : redirectOfFailure(failure);
		if (redirect) throw redirectError(this.getNode(), redirect, context);
		// Only reconnecting the credential helps a refused refresh (./refresh.ts).
		if (isRefusedRefreshError(failure)) throw failure;
		if (
			response &&
			(response.statusCode < 400 || request.answerStatuses?.includes(response.statusCode))
		) {
			return { ...response, request: { method: request.method, url: request.url } };
		}
		const error = response
			? pinterestHttpError(this.getNode(), response, context)
			: toPinterestError(this.getNode(), failure, context);
		const status = response?.statusCode ?? (Number(error.httpCode) || undefined);
		// A throttle names the seconds to wait in its message: wait at least that long.
		const throttled = throttleSeconds(status, pinterestMessageOf(error));
		const delay = Math.max(
			delayBeforeRetry(attempt, response?.headers as IDataObject, policy),
			(throttled ?? 0) * 1000,
		);
		const reason = networkErrorCode(failure);
		const retryable = status !== undefined || reason !== undefined;
		// A request that never reached Pinterest (connection refused) is safe to send again.
		const neverArrived = status === undefined && outcomeOf(error) === 'not-applied';
		// A spam block (code 9) gets worse when retried at once.
		const spamBlock = pinterestCodeOf(error) === 9;
		if (
			!retryable ||
			spamBlock ||
			!(shouldRetry(request.method, status) || neverArrived || throttled !== undefined) ||
			attempt >= policy.maxAttempts ||
			waited + delay > policy.maxTotalWaitMs
		) {
			throw error;
		}
		waited += delay;
		await wait(delay, this);
	}
}
