import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { adviceFor } from './advice';
import { markOutcome, outcomeOfAnswer, outcomeOfNetworkFailure } from './outcome';
import { redactUrl } from './redact';
import { isTimeout } from './timeout';

export { describeTarget, scopeAdvice } from './advice';

interface RequestContext {
	itemIndex?: number;
	method: string;
	url: string;
	baseUrl: string;
	/** Scopes the operation needs; a 403 names them. */
	scopes?: string[];
	/** The try's timeout, named when it ran out. */
	timeoutMs?: number;
}

interface ErrorLike {
	httpCode?: string | null;
	statusCode?: number;
	code?: string;
	message?: string;
	context?: { data?: unknown };
	cause?: { code?: string; response?: { status?: number; data?: unknown } };
	response?: { status?: number; data?: unknown };
}

/** Pinterest error body: { code, message } (the Error schema of Pinterest's OpenAPI description). */
function pinterestBody(error: ErrorLike): { code?: number; message?: string } {
	const candidates = [error.context?.data, error.cause?.response?.data, error.response?.data];
	for (const data of candidates) {
		if (data && typeof data === 'object') {
			const { code, message } = data as { code?: unknown; message?: unknown };
			return {
				code: typeof code === 'number' ? code : undefined,
				message: typeof message === 'string' ? message : undefined,
			};
		}
	}
	return {};
}

function statusOf(error: ErrorLike): number | undefined {
	const raw =
		error.cause?.response?.status ?? error.response?.status ?? error.statusCode ?? error.httpCode;
	const status = Number(raw);
	return Number.isInteger(status) && status >= 100 ? status : undefined;
}

/** What to do about an error answer: Pinterest's code first, then the status (./advice.ts). */
function advice(
	status: number,
	code: number | undefined,
	apiMessage: string,
	request: RequestContext,
): string {
	return adviceFor(status, code, apiMessage, request);
}

/** An HTTP answer with an error status, read in full (status, headers, body). */
export function pinterestHttpError(
	node: INode,
	response: { statusCode: number; body?: unknown },
	request: RequestContext,
): NodeApiError {
	return toPinterestError(
		node,
		{ httpCode: String(response.statusCode), context: { data: response.body } },
		request,
	);
}

/** Pinterest's own error code of an error made by toPinterestError, if its answer had one. */
export function pinterestCodeOf(error: unknown): number | undefined {
	const response = (error as { errorResponse?: { code?: unknown } } | undefined)?.errorResponse;
	return typeof response?.code === 'number' ? response.code : undefined;
}

/** Pinterest's own error message of an error made by toPinterestError, if its answer had one. */
export function pinterestMessageOf(error: unknown): string | undefined {
	const response = (error as { errorResponse?: { message?: unknown } } | undefined)?.errorResponse;
	return typeof response?.message === 'string' ? response.message : undefined;
}

/** The system error code of a failure before any answer (ECONNREFUSED, ETIMEDOUT, ...). */
export function networkErrorCode(error: unknown): string | undefined {
	const err = (error ?? {}) as ErrorLike;
	const candidates = [err.cause?.code, err.httpCode, err.code];
	const code = candidates.find((c) => typeof c === 'string' && /^E[A-Z0-9_]+$/.test(c));
	if (code) return code as string;
	return isTimeout(error) || /timeout/i.test(String(err.message ?? '')) ? 'ETIMEDOUT' : undefined;
}

/**
 * Maps any failure of a Pinterest call to a NodeApiError with the HTTP status, Pinterest's
 * code and message, and what to do. The error is rebuilt from plain values so the original
 * request (with its Authorization header) never travels with it.
 */
export function toPinterestError(
	node: INode,
	error: unknown,
	request: RequestContext,
): NodeApiError {
	const err = (error ?? {}) as ErrorLike;
	const status = statusOf(err);
	if (status === undefined && !networkErrorCode(err)) {
		// Not an answer and not the network: e.g. an OAuth2 credential that was never connected.
		const message = String(err.message || 'The request to Pinterest could not be sent');
		return new NodeApiError(node, { message } as JsonObject, {
			message,
			description: /oauth|credential/i.test(message)
				? 'Open the Pinterest credential and connect it (Connect my account), or choose another credential.'
				: `${request.method} ${redactUrl(request.baseUrl + request.url)} was not sent.`,
			itemIndex: request.itemIndex,
		});
	}
	if (status === undefined) {
		const reason = networkErrorCode(err);
		// The base URL may hold a proxy login (https://user:pass@proxy/v5): never shown.
		const target = `${request.method} ${redactUrl(request.baseUrl + request.url)}`;
		if (isTimeout(err)) {
			const seconds = request.timeoutMs === undefined ? undefined : request.timeoutMs / 1000;
			const after = seconds === undefined ? '' : ` after ${seconds} s`;
			const message = `The request to Pinterest timed out${after}`;
			const timedOut = new NodeApiError(node, { message } as JsonObject, {
				message,
				description:
					`${target} got no answer${after}. ` +
					(request.method === 'POST'
						? 'Pinterest may still have carried it out: check before running this item again. '
						: '') +
					"Pinterest or the network is slow: try again later, or raise Request Timeout under Rate Limit Handling. Check the credential's Environment / Custom Base URL if it keeps happening.",
				itemIndex: request.itemIndex,
			});
			// The request may have arrived and be running: its outcome is unknown.
			return markOutcome(timedOut, 'unknown');
		}
		const failure = new NodeApiError(node, { message: 'Could not reach Pinterest' } as JsonObject, {
			message: 'Could not reach Pinterest',
			description: `${target} failed before a response arrived (${reason}). Check the credential's Environment / Custom Base URL and the network.`,
			itemIndex: request.itemIndex,
		});
		return markOutcome(failure, outcomeOfNetworkFailure(reason));
	}
	const { code, message } = pinterestBody(err);
	const apiMessage = message ?? `HTTP ${status}`;
	const codeText = code !== undefined ? ` (code ${code})` : '';
	const cause: JsonObject = { status, message: apiMessage };
	if (code !== undefined) cause.code = code;
	const apiError = new NodeApiError(node, cause, {
		message: `Pinterest ${status}${codeText}: ${apiMessage}`,
		description: advice(status, code, apiMessage, request),
		httpCode: String(status),
		itemIndex: request.itemIndex,
	});
	return markOutcome(apiError, outcomeOfAnswer(status, code, message));
}

/**
 * An OAuth2 credential that was saved but never connected has no access token: n8n would fail
 * inside its signer ("Unable to sign without access token") without naming the fix.
 */
export function isUnconnectedOAuth2(credentials: IDataObject): boolean {
	const token = (credentials.oauthTokenData as IDataObject | undefined)?.access_token;
	return typeof token !== 'string' || token === '';
}

export function notConnectedError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, 'The Pinterest OAuth2 API credential is not connected', {
		description:
			'It was saved without signing in to Pinterest, so it has no access token. Open the credential (Pinterest OAuth2 API), click "Connect my account" ("Connect" in newer n8n versions) and allow access on Pinterest\'s page; or set Authentication to Access Token.',
		itemIndex,
	});
}

/**
 * n8n's RoutingNode turns every error of a declarative node that is not a NodeApiError into one
 * with HTTP code "none", so the editor shows a "From Pinterest / Error code" section for input
 * that was never sent. An input error therefore leaves the node as a NodeApiError that carries
 * nothing HTTP (no code, raw messages or response data): the editor shows its message and
 * description only, like a NodeOperationError's.
 */
export function inputError(error: Error & { description?: string | null; context?: IDataObject }) {
	const wrapped = new NodeApiError((error as unknown as { node: INode }).node, {} as JsonObject, {
		message: error.message,
		description: error.description ?? undefined,
		itemIndex: error.context?.itemIndex as number | undefined,
	});
	wrapped.httpCode = null;
	wrapped.messages = [];
	wrapped.context = { ...(error.context ?? {}) };
	delete wrapped.context.data;
	wrapped.stack = error.stack;
	return wrapped;
}
