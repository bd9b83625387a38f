import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	CODE_SOMETHING_WENT_WRONG,
	markOutcome,
	outcomeOfAnswer,
	outcomeOfNetworkFailure,
} from './outcome';
import { redactUrl } from './redact';
import { isTimeout } from './timeout';

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

/** What a 403 on an advertising or catalogs operation means, naming the scopes it needs. */
export function scopeAdvice(scopes: string[]): string {
	const list = scopes.join(', ');
	const catalogs = scopes.some((scope) => scope.startsWith('catalogs'));
	return (
		`This operation needs the ${list} scope${scopes.length > 1 ? 's' : ''}. ` +
		'With OAuth2: open the Pinterest credential, turn on "Include Ads and Catalogs Scopes" and reconnect. ' +
		'With an access token: generate one that has these scopes. ' +
		(catalogs
			? 'Also check that the catalog belongs to the connected account (or pass an ad account you have Catalogs Manager access to).'
			: 'Also check that the connected account owns the ad account or has a Business Access role on it (Admin, Analyst or Campaign Manager).')
	);
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

/** Names the object a path refers to, for 404 texts: "board 123", "pin 456". */
export function describeTarget(url: string): string {
	const adObject =
		/\/ad_accounts\/(\d+)\/(campaigns|ad_groups|ads|audiences|customer_lists|conversion_tags|reports)\/([^/?]+)/.exec(
			url,
		);
	if (adObject) {
		const kind = adObject[2].replace(/_/g, ' ').replace(/s$/, '');
		return `${kind} ${adObject[3]} in ad account ${adObject[1]}`;
	}
	if (/^\/user_account\/websites/.test(url))
		return 'this website among the websites of the account';
	const adAccount = /\/ad_accounts\/(\d+)/.exec(url);
	if (adAccount) return `ad account ${adAccount[1]}`;
	const catalogObject = /\/catalogs\/(feeds|product_groups)\/(\d+)/.exec(url);
	if (catalogObject)
		return `${catalogObject[1] === 'feeds' ? 'catalog feed' : 'product group'} ${catalogObject[2]}`;
	const section = /\/boards\/([^/]+)\/sections\/([^/?]+)/.exec(url);
	if (section) return `board section ${section[2]} on board ${section[1]}`;
	const board = /\/boards\/([^/?]+)/.exec(url);
	if (board) return `board ${board[1]}`;
	const pin = /\/pins\/(\d+)/.exec(url);
	if (pin) return `pin ${pin[1]}`;
	const media = /\/media\/(\d+)/.exec(url);
	if (media) return `media upload ${media[1]}`;
	const user = /\/(?:users|following)\/([^/?]+)/.exec(url);
	if (user) return `user ${user[1]}`;
	return `the object at ${url}`;
}

function advice(
	status: number,
	code: number | undefined,
	apiMessage: string,
	request: RequestContext,
): string {
	const { url, method } = request;
	if (code === 9 || (status === 429 && /spam/i.test(apiMessage))) {
		return "Pinterest's spam protection stopped this request. Slow down: set Max Parallel Requests to 1, put a Wait node between batches, and spread pins over hours and boards instead of many in a row. Repeated blocks can restrict the account, so do not retry at once.";
	}
	if (code === CODE_SOMETHING_WENT_WRONG) {
		return "Something went wrong on Pinterest's side, and its answer does not say whether the request was carried out. Try again later; before re-running a create, check whether the object exists.";
	}
	if (code === 1 && method === 'POST' && /^\/pins\/?$/.test(url)) {
		return "Pinterest could not use the pin's media. If the message is about the image: the URL must be public (no login, no IP allow-list, no hot-link protection), answer with a JPEG, PNG or WebP image, and be reachable from the internet; this can also be temporary on Pinterest's side, so try again later. Otherwise the message names the parameter to fix.";
	}
	// Pinterest answers a token without a needed scope with 401 and code 3.
	const missingScope = status === 401 && code === 3;
	if ((status === 403 || missingScope) && request.scopes?.length) {
		return scopeAdvice(request.scopes);
	}
	if (missingScope) {
		return 'The token is missing a scope this operation needs. Reconnect the credential so it is granted all the scopes the node asks for (see the README), or generate an access token with them.';
	}
	if (status === 401) {
		return 'Pinterest did not accept the credential. Open the Pinterest credential and reconnect it (OAuth2), or paste a new access token.';
	}
	if (status === 403 && (code === 29 || /trial access/i.test(apiMessage))) {
		return 'Apps with Trial access may not create pins in production. In the Pinterest credential, set Environment to Sandbox (and use a Sandbox token), or apply for Standard access in your Pinterest app.';
	}
	if (status === 403) {
		return 'The token is missing a scope this operation needs, or the account may not access this object. Reconnect the credential so it is granted all the scopes the node asks for (see the README), and check that the board or pin belongs to this account.';
	}
	if (status === 404) {
		return `Pinterest could not find ${describeTarget(url)}. Check the ID (or pick it from the list) and that it belongs to the connected account.`;
	}
	if (status === 409) {
		return 'Pinterest reported a conflict on this board (another change was in progress). Wait a moment and run the node again.';
	}
	if (status === 429) {
		return 'Pinterest rate limit reached, and it did not clear within the retries. Wait a few minutes, space the requests out (fewer items per run, Limit instead of Return All), or allow more waiting under Rate Limit Handling.';
	}
	if (status >= 500 && method === 'POST') {
		return `Pinterest had a server problem, and the request may have been carried out anyway, so it was not sent again. Before running this item again, check whether it exists (for a pin: Pin → Get Many, or the board's pins), so that nothing is created twice.`;
	}
	if (status >= 500) {
		return 'Pinterest had a server problem and did not recover within the retries. Try again later; if it persists, check https://developers.pinterest.com for service status.';
	}
	if (status === 400) {
		return 'Pinterest rejected a parameter; the message above says which.';
	}
	return 'See the message above.';
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
	return markOutcome(apiError, outcomeOfAnswer(status, code));
}
