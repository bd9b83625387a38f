import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface RetryPolicy {
	/** Tries of one request in all, the first included. */
	maxAttempts: number;
	/** Longest total time spent waiting between tries of one request. */
	maxTotalWaitMs: number;
	/** First backoff step when Pinterest gives no Retry-After. */
	baseDelayMs: number;
	/** Longest single wait. */
	maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxAttempts: 5,
	maxTotalWaitMs: 120_000,
	baseDelayMs: 1_000,
	maxDelayMs: 30_000,
};

/** The node's "Rate Limit Handling" options (seconds in the UI) over the defaults. */
export function retryPolicyFrom(options: IDataObject | undefined): RetryPolicy {
	const policy = { ...DEFAULT_RETRY_POLICY };
	if (!options) return policy;
	if (typeof options.maxAttempts === 'number' && options.maxAttempts >= 1) {
		policy.maxAttempts = Math.floor(options.maxAttempts);
	}
	if (typeof options.maxTotalWait === 'number' && options.maxTotalWait >= 0) {
		policy.maxTotalWaitMs = options.maxTotalWait * 1000;
	}
	return policy;
}

// GET, DELETE and PATCH (which sets fields to given values) can be repeated safely; a POST
// that failed with a 5xx may have been applied, so it is never sent twice.
const REPEATABLE: IHttpRequestMethods[] = ['GET', 'HEAD', 'DELETE', 'PATCH', 'PUT'];

export function isRepeatable(method: IHttpRequestMethods): boolean {
	return REPEATABLE.includes(method);
}

/** What a failed try means for the next one. */
export function shouldRetry(method: IHttpRequestMethods, status: number | undefined): boolean {
	if (status === 429) return true; // Pinterest did not process the request
	if (status === undefined) return isRepeatable(method); // network failure before an answer
	return status >= 500 && isRepeatable(method);
}

function header(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return value === undefined || value === null ? undefined : String(value);
}

/**
 * Milliseconds to wait before the next try. Retry-After (seconds or an HTTP date), or a
 * rate-limit reset header, wins; otherwise exponential backoff with full jitter.
 */
export function delayBeforeRetry(
	attempt: number,
	headers: IDataObject | undefined,
	policy: RetryPolicy,
	now = Date.now(),
	random = Math.random,
): number {
	const retryAfter = header(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = header(headers, 'x-ratelimit-reset');
	if (reset !== undefined && Number.isFinite(Number(reset))) {
		const value = Number(reset);
		// Either seconds from now or a Unix time in seconds.
		return Math.max(0, value > 1e9 ? value * 1000 - now : value * 1000);
	}
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(random() * ceiling);
}

export async function wait(ms: number): Promise<void> {
	if (ms > 0) await sleep(ms);
}
