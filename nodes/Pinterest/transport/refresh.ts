import type { IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { markOutcome } from './outcome';
import type { CancelWatch } from './retry';
import { wait } from './retry';

/**
 * Pinterest rotates refresh tokens: a refresh answers a new pair and the old refresh token dies.
 * When two executions (on two queue-mode workers, or on one) find the same token expired, both
 * refresh with the same refresh token and only the first one wins; n8n saves its pair in the
 * credential. n8n 2.8 refreshes with no coordination at all; n8n 2.41 holds one refresh per
 * credential at a time, but refreshes uncoordinated when its lock wait (10 s) runs out. The
 * loser's refresh is refused (400), yet nothing is wrong: the credential already holds a fresh
 * token. So the loser reads the credential again (each send does) and repeats its request once
 * the winner has had time to save.
 */
export const LOST_REFRESH_PAUSES_MS = [250, 750, 2000];

interface ErrorLike {
	code?: unknown;
	httpCode?: unknown;
	response?: unknown;
	description?: unknown;
	messages?: unknown;
	cause?: unknown;
}

// The text of the OAuth2 client's ResponseError, which n8n's NodeApiError keeps as description.
const CLIENT_STATUS_TEXT = /^HTTP status \d{3}$/;

// The codes of n8n's OAuth2 client (@n8n/client-oauth2): AuthError "EAUTH" when the token
// endpoint answers an OAuth2 error body ({"error":"invalid_grant"}), ResponseError "ESTATUS" for
// any other refusal (Pinterest's own {"code":283,"message":"The authorization grant is invalid"}).
// n8n 2.8's NodeApiError copies that code into httpCode. A token endpoint that cannot be reached
// throws a network error instead (ECONNREFUSED...), and a 5xx an HTTP client error.
const CLIENT_REFUSAL_CODES = ['EAUTH', 'ESTATUS'];

/**
 * Whether an error is the token endpoint refusing a refresh, as n8n's OAuth2 client throws it
 * (ResponseError "ESTATUS" or AuthError "EAUTH"), and not an answer of the API request itself
 * (an HTTP client error, which carries a response). n8n wraps it in a NodeApiError that keeps
 * only its text ("HTTP status 400") and code (httpCode "EAUTH"), or, in some versions, the error
 * itself as cause.
 */
export function isRefusedRefresh(error: unknown): boolean {
	let e = error as ErrorLike | undefined;
	for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		const refused = [e.code, e.httpCode].some((code) =>
			CLIENT_REFUSAL_CODES.includes(code as string),
		);
		if (refused && e.response === undefined) return true;
		const texts = [e.description, ...(Array.isArray(e.messages) ? e.messages : [])];
		if (texts.some((text) => typeof text === 'string' && CLIENT_STATUS_TEXT.test(text))) {
			return true;
		}
		e = e.cause as ErrorLike | undefined;
	}
	return false;
}

/**
 * After a refused refresh: sends the request again (without another refresh) with the token the
 * credential holds now, a few times with growing pauses, until it is no longer a 401. Throws the
 * refusal when no other execution saved a new token in that time (the refresh token is dead).
 */
export async function afterRefusedRefresh(
	send: () => Promise<IN8nHttpFullResponse>,
	refusal: unknown,
	cancel?: CancelWatch,
	pauses: number[] = LOST_REFRESH_PAUSES_MS,
): Promise<IN8nHttpFullResponse> {
	for (const pause of pauses) {
		await wait(pause, cancel);
		const response = await send();
		if (response.statusCode !== 401) return response;
	}
	throw refusal;
}

interface RefusalContext {
	itemIndex?: number;
	method: string;
	url: string;
}

/**
 * The error of a refresh the token endpoint refused for good (no other execution saved a new
 * token meanwhile): the refresh token is expired, revoked, or was replaced by a newer connection.
 * Only reconnecting helps, so it is never retried. It names nothing secret; the request it
 * ended was answered 401, so Pinterest carried nothing out.
 */
export function refusedRefreshError(node: INode, request: RefusalContext): NodeApiError {
	const message = 'Pinterest refused to renew the access token: reconnect the credential';
	const error = new NodeApiError(node, { message } as JsonObject, {
		message,
		description:
			"The refresh token of the Pinterest OAuth2 credential is no longer accepted by Pinterest's token endpoint: it expired, was revoked, or was replaced when the app was connected again elsewhere. " +
			`Open the Pinterest credential and click Reconnect (sign in to Pinterest again), then run the node again. ${request.method} ${request.url} was not carried out and was not retried.`,
		itemIndex: request.itemIndex,
	});
	const marked = markOutcome(error, 'not-applied') as NodeApiError & {
		context: { refusedRefresh?: boolean };
	};
	marked.context.refusedRefresh = true;
	return marked;
}

/** Whether an error is refusedRefreshError's: final, passed on as it is. */
export function isRefusedRefreshError(error: unknown): error is NodeApiError {
	const context = (error as { context?: { refusedRefresh?: unknown } } | undefined)?.context;
	return error instanceof NodeApiError && context?.refusedRefresh === true;
}
