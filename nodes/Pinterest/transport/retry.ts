import type { IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import { NodeOperationError, sleep, sleepWithAbort } from 'n8n-workflow';
import { headerValue } from './headers';

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

/**
 * "Retry after 5 seconds": how Pinterest throttles reporting and analytics queries, with a 400
 * (code 1) or a 429 (code 2726, "Reporting query cost limit exceeded. Retry after 1 seconds").
 * Seen: airbytehq/airbyte source-pinterest (its analytics error handler retries such a 400 after
 * the seconds given; other 400s fail). The request was not carried out.
 */
const RETRY_AFTER_MESSAGE = /\bretry after (\d+) seconds?\b/i;

/** The seconds a throttled answer asks to wait, or undefined when it is no throttle. */
export function throttleSeconds(status: number | undefined, message: unknown): number | undefined {
	if ((status !== 400 && status !== 429) || typeof message !== 'string') return undefined;
	const asked = RETRY_AFTER_MESSAGE.exec(message);
	return asked ? Number(asked[1]) : undefined;
}

/** What a failed try means for the next one. */
export function shouldRetry(method: IHttpRequestMethods, status: number | undefined): boolean {
	if (status === 429) return true; // Pinterest did not process the request
	if (status === undefined) return isRepeatable(method); // network failure before an answer
	return status >= 500 && isRepeatable(method);
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
	const retryAfter = headerValue(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = headerValue(headers, 'x-ratelimit-reset');
	if (reset !== undefined && Number.isFinite(Number(reset))) {
		const value = Number(reset);
		// Either seconds from now or a Unix time in seconds.
		return Math.max(0, value > 1e9 ? value * 1000 - now : value * 1000);
	}
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(random() * ceiling);
}

/**
 * Whatever runs the node's own waits and loops. n8n gives the cancel signal to the contexts of
 * a node run (ExecuteSingleFunctions in RoutingNode, since n8n 1.x); a trigger's poll and a
 * list search get none, and then nothing here can stop early.
 */
export interface CancelWatch {
	getNode(): INode;
	getExecutionCancelSignal?: () => AbortSignal | undefined;
}

/** The execution's cancel signal, where n8n gives the context one. */
export function cancelSignalOf(context: unknown): AbortSignal | undefined {
	const watch = context as Partial<CancelWatch> | undefined;
	if (!watch || typeof watch.getExecutionCancelSignal !== 'function') return undefined;
	try {
		return watch.getExecutionCancelSignal() ?? undefined;
	} catch {
		return undefined;
	}
}

export function isCancelled(context: unknown): boolean {
	return cancelSignalOf(context)?.aborted === true;
}

/**
 * Throws once the execution was cancelled: the one check every wait and loop of the node
 * makes before it sleeps, sends or takes a slot again. n8n's request helper refuses to send on
 * a cancelled signal too, but would leave our loops trying and sleeping in the background.
 */
export function stopIfCancelled(context: CancelWatch | undefined): void {
	if (!context || !isCancelled(context)) return;
	throw new NodeOperationError(context.getNode(), 'The execution was cancelled', {
		description: 'The node stopped its waits and sent nothing more to Pinterest after the cancel.',
	});
}

/** Sleeps ms, or less when the execution is cancelled meanwhile. */
async function sleepUnlessCancelled(ms: number, signal: AbortSignal): Promise<void> {
	// n8n-workflow 2.8 and 2.41 have sleepWithAbort; an older copy without it gets a plain sleep.
	if (typeof sleepWithAbort !== 'function') return await sleep(ms);
	try {
		await sleepWithAbort(ms, signal);
	} catch {
		// Its rejection is the cancel: stopIfCancelled turns it into the node's error.
	}
}

/**
 * The node's one way to wait (retry backoff, Retry-After, polls, re-looks). With the context it
 * ends early and throws when the execution is cancelled, before or during the wait.
 */
export async function wait(ms: number, context?: CancelWatch): Promise<void> {
	stopIfCancelled(context);
	if (!(ms > 0)) return;
	const signal = cancelSignalOf(context);
	if (signal) await sleepUnlessCancelled(ms, signal);
	else await sleep(ms);
	stopIfCancelled(context);
}
