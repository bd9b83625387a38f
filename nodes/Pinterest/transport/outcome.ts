// Whether Pinterest may have carried out a request that failed. Pinterest has no idempotency
// key, so a create that failed this way can only be settled by looking (exactlyOnce/).

/** 'not-applied': Pinterest did not carry it out. 'unknown': it may have. */
export type Outcome = 'not-applied' | 'unknown';

/** Pinterest's code for "something went wrong on our end"; nothing says whether it applied. */
export const CODE_SOMETHING_WENT_WRONG = 2787;

// Failures before the request reached Pinterest: nothing can have been carried out.
const NEVER_ARRIVED =
	/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ERR_TLS.*|CERT_.*|DEPTH_ZERO.*|SELF_SIGNED.*|UNABLE_TO_.*)$/;

/**
 * The text of code 2787's answer. Airbyte's Pinterest tests pair it with code 12 as well
 * (REAL-API.md, Errors), so the text counts as much as the code: Pinterest failed midway, and a
 * write may have been applied.
 */
const SOMETHING_WENT_WRONG = /something went wrong on our end/i;

/** Whether Pinterest's answer says it failed midway (code 2787, or its text under another code). */
export function saysSomethingWentWrong(code: number | undefined, message?: string): boolean {
	return code === CODE_SOMETHING_WENT_WRONG || (!!message && SOMETHING_WENT_WRONG.test(message));
}

export function outcomeOfAnswer(
	status: number,
	code: number | undefined,
	message?: string,
): Outcome {
	if (saysSomethingWentWrong(code, message)) return 'unknown';
	if (status === 408 || status >= 500) return 'unknown';
	return 'not-applied';
}

export function outcomeOfNetworkFailure(reason: string | undefined): Outcome {
	return reason && NEVER_ARRIVED.test(reason) ? 'not-applied' : 'unknown';
}

interface WithOutcome {
	context?: { outcome?: Outcome };
}

/** Marks an error with the outcome of the request it ended. */
export function markOutcome<T extends object>(error: T, outcome: Outcome): T {
	const target = error as WithOutcome;
	target.context = { ...(target.context ?? {}), outcome };
	return error;
}

/**
 * The outcome an error carries. Errors without one (input checks, a credential that was never
 * connected) were thrown before anything was sent.
 */
export function outcomeOf(error: unknown): Outcome {
	const outcome = (error as WithOutcome | undefined)?.context?.outcome;
	return outcome === 'unknown' ? 'unknown' : 'not-applied';
}
