import type { IDataObject } from 'n8n-workflow';

/** Seconds one request may take before the node gives up on it (Rate Limit Handling → Request Timeout). */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

/** The longest Request Timeout the option accepts: n8n's own default per request. */
export const MAX_REQUEST_TIMEOUT_SECONDS = 300;

function positive(value: unknown): number | undefined {
	const number = typeof value === 'number' ? value : Number.NaN;
	return Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Milliseconds from n8n's Request Options (its Timeout, in ms, when set) or else the node's Rate
 * Limit Handling (Request Timeout, in seconds). A value that is not a positive number (an
 * expression gone wrong) falls back to the default instead of waiting forever; both are capped
 * at n8n's own 300 s.
 */
export function requestTimeoutMsFrom(
	rateLimit: IDataObject | undefined,
	requestOptions?: IDataObject,
): number {
	const n8nMs = positive(requestOptions?.timeout);
	const seconds =
		n8nMs !== undefined
			? n8nMs / 1000
			: (positive(rateLimit?.requestTimeout) ?? DEFAULT_REQUEST_TIMEOUT_SECONDS);
	return Math.round(Math.min(seconds, MAX_REQUEST_TIMEOUT_SECONDS) * 1000);
}

interface ErrorLike {
	code?: unknown;
	message?: unknown;
	description?: unknown;
	messages?: unknown;
	cause?: unknown;
}

/**
 * Whether a failure before any answer was the request timing out: axios says
 * "timeout of N ms exceeded" (ECONNABORTED, or ETIMEDOUT with clarified timeouts), and n8n
 * wraps it in a NodeApiError that says "The connection was aborted" and keeps axios' text only
 * in its messages (and, in some versions, the error itself as cause).
 */
export function isTimeout(error: unknown): boolean {
	let e = error as ErrorLike | undefined;
	for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		if (e.code === 'ETIMEDOUT' || e.code === 'ESOCKETTIMEDOUT') return true;
		const messages = Array.isArray(e.messages) ? (e.messages as unknown[]) : [];
		const texts = [e.message, e.description, ...messages].filter(
			(t) => typeof t === 'string',
		) as string[];
		if (texts.some((text) => /timeout of \d+ ?ms exceeded|timed out/i.test(text))) return true;
		e = e.cause as ErrorLike | undefined;
	}
	return false;
}
