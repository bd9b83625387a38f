import type { IDataObject } from 'n8n-workflow';

/** Seconds one request may take before the node gives up on it (Rate Limit Handling → Request Timeout). */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

/** The longest Request Timeout the option accepts: n8n's own default per request. */
export const MAX_REQUEST_TIMEOUT_SECONDS = 300;

/**
 * Milliseconds from the node's Rate Limit Handling options. A value that is not a positive
 * number (an expression gone wrong) falls back to the default instead of waiting forever.
 */
export function requestTimeoutMsFrom(options: IDataObject | undefined): number {
	const seconds = Number(options?.requestTimeout);
	if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000;
	return Math.round(Math.min(seconds, MAX_REQUEST_TIMEOUT_SECONDS) * 1000);
}

interface ErrorLike {
	code?: unknown;
	message?: unknown;
	description?: unknown;
	cause?: unknown;
}

/**
 * Whether a failure before any answer was the request timing out: axios says
 * "timeout of N ms exceeded" (ECONNABORTED, or ETIMEDOUT with clarified timeouts), and n8n
 * wraps it in a NodeApiError whose cause is axios' error.
 */
export function isTimeout(error: unknown): boolean {
	let e = error as ErrorLike | undefined;
	for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		if (e.code === 'ETIMEDOUT' || e.code === 'ESOCKETTIMEDOUT') return true;
		const texts = [e.message, e.description].filter((t) => typeof t === 'string') as string[];
		if (texts.some((text) => /timeout of \d+ ?ms exceeded|timed out/i.test(text))) return true;
		e = e.cause as ErrorLike | undefined;
	}
	return false;
}
