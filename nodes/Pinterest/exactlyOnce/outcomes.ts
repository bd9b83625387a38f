import type { IHttpRequestMethods } from 'n8n-workflow';

import { pinterestCodeOf, pinterestMessageOf } from '../transport/errors';
import type { Outcome } from '../transport/outcome';
import { markOutcome, saysSomethingWentWrong } from '../transport/outcome';
import type { CreateIntent } from './intents';
import { RELOOK_AFTER_MS } from './view';

const RELOOK_S = RELOOK_AFTER_MS[RELOOK_AFTER_MS.length - 1] / 1000;

interface Described extends Error {
	description?: string | null;
}

function article(what: string): string {
	return /^[aeiou]/.test(what) ? 'an' : 'a';
}

/**
 * The create was tried `tries` times, each try ended without saying whether it was carried
 * out, and each time the node looked and found nothing: it was not created.
 */
export function notCreated(error: Error, intent: CreateIntent, tries: number): Error {
	const described = error as Described;
	const code = pinterestCodeOf(described);
	const why = saysSomethingWentWrong(code, pinterestMessageOf(described))
		? ` (${code === undefined ? '' : `code ${code}: `}something went wrong on Pinterest's side)`
		: '';
	described.description =
		`Pinterest answered ${tries > 1 ? `all ${tries} tries` : 'the only try'} with errors that do not say whether the ${intent.what} was made${why}. ` +
		`After each, the node read ${intent.where} (${tries} check${tries > 1 ? 's' : ''}, each read again until ${RELOOK_S} s after the answer, since lists can show a new ${intent.what} late) and did not find ${article(intent.what)} ${intent.what} made by it, so none was created: it is safe to run this item again, later. ` +
		'Max Attempts under Rate Limit Handling sets how many tries the node makes.';
	return markOutcome(described, 'not-applied');
}

/** The create's outcome is unknown and looking for it failed too: the user has to check. */
export function unchecked(error: Error, intent: CreateIntent, readError: Error): Error {
	const described = error as Described;
	described.description =
		`The answer does not say whether the ${intent.what} was made, and the node could not read ${intent.where} to find out (${readError.message}). ` +
		`The ${intent.what} may exist: check ${intent.where} before running this item again, so that nothing is created twice.`;
	return markOutcome(described, 'unknown');
}

/** The tags a failed create's message ends with: the batch summary of each error. */
export const SAFE_TO_RERUN = '(not carried out: safe to run again)';
export const CHECK_FIRST = '(may have been carried out: check before running again)';

/**
 * n8n keeps only the message of a failed item in its JSON ({ error: message }), so a create
 * that reached Pinterest says in its message whether it can simply be run again, and in its
 * description what to check when not. Input errors, reads and repeatable writes (PATCH,
 * DELETE) carry no tag: nothing was created, or running them again changes nothing.
 */
export function tagRerun(error: Error, method: IHttpRequestMethods): void {
	const marked = (error as { context?: { outcome?: Outcome } }).context?.outcome;
	if (method !== 'POST' || marked === undefined) return;
	if (error.message.endsWith(SAFE_TO_RERUN) || error.message.endsWith(CHECK_FIRST)) return;
	error.message = `${error.message} ${marked === 'unknown' ? CHECK_FIRST : SAFE_TO_RERUN}`;
}
