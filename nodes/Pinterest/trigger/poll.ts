import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { simplifyBoard, simplifyFollower, simplifyPin } from '../hooks/simplify';

import { credentialTypeOf, pinterestApiRequest } from '../transport';
import type { PinterestRequest } from '../transport';
import { resolveBoardId, resolveSectionId } from '../hooks/resolve';
import { fetchPages, pageTrail } from '../transport/pagination';
import { createdAtMs } from '../time/utc';
import { listProblem, pageOf } from './page';
import { contentTypeOf, previewOf } from '../transport/preview';
import { secretsOfCredentials } from '../transport/redact';
import type { ListOrder, PageReader, TriggerLimits, TriggerState } from './state';
import { TRIGGER_LIMITS, pollFollowers, pollStamped } from './state';

export type TriggerEvent = 'newPin' | 'newFollower' | 'newBoard';
export type PinSource = 'account' | 'board' | 'section';

/** What one trigger node watches, resolved from its parameters. */
export interface WatchedSource {
	/** Identity of the source; stored with the state so a changed parameter starts over. */
	key: string;
	kind: 'stamped' | 'followers';
	request: PinterestRequest;
	/** The list's order; boards come by name (or the account's own order), never by date. */
	order?: ListOrder;
	/** Board whose metadata changes whenever its pins change (board and section sources). */
	boardId?: string;
	/** What is watched, for messages: "board 123". */
	label: string;
	noun: 'pin' | 'follower' | 'board';
	/** Locator resolution to keep in static data once the poll succeeded. */
	resolved?: IDataObject;
}

// Static data keys.
const STATE_KEY = 'state';
const RESOLVED_KEY = 'resolved';

function locatorKey(context: IPollFunctions, parameter: string): string {
	const raw = context.getNodeParameter(parameter, '') as IDataObject | string;
	if (raw && typeof raw === 'object') return `${String(raw.mode)}:${String(raw.value ?? '')}`;
	return `id:${String(raw)}`;
}

/**
 * Board and section IDs of the node's locators. A locator "By URL" costs a board list lookup,
 * so in production the result is kept in static data (keyed by the locator) and an idle poll
 * stays at one request.
 */
async function resolveIds(
	context: IPollFunctions,
	pinSource: PinSource,
	staticData: IDataObject | undefined,
): Promise<{ boardId: string; sectionId?: string; resolved?: IDataObject }> {
	const key =
		pinSource === 'section'
			? `${locatorKey(context, 'board')}|${locatorKey(context, 'section')}`
			: locatorKey(context, 'board');
	const cached = staticData?.[RESOLVED_KEY] as IDataObject | undefined;
	if (cached && cached.key === key && typeof cached.boardId === 'string') {
		return { boardId: cached.boardId, sectionId: cached.sectionId as string | undefined };
	}
	const boardId = await resolveBoardId(context, 'board');
	const sectionId =
		pinSource === 'section' ? await resolveSectionId(context, boardId, 'section') : undefined;
	const resolved = key.includes('url:')
		? sectionId
			? { key, boardId, sectionId }
			: { key, boardId }
		: undefined;
	return { boardId, sectionId, resolved };
}

export async function watchedSource(
	context: IPollFunctions,
	staticData: IDataObject | undefined,
): Promise<WatchedSource> {
	const event = context.getNodeParameter('event') as TriggerEvent;
	if (event === 'newFollower') {
		return {
			key: 'followers',
			kind: 'followers',
			request: { method: 'GET', url: '/user_account/followers' },
			label: 'your account',
			noun: 'follower',
		};
	}
	if (event === 'newBoard') {
		return {
			key: 'boards',
			kind: 'stamped',
			request: { method: 'GET', url: '/boards', qs: { privacy: 'ALL' } },
			order: 'any',
			label: 'your account',
			noun: 'board',
		};
	}
	if (event !== 'newPin') {
		throw new NodeOperationError(context.getNode(), `Unknown event "${String(event)}"`);
	}
	const pinSource = context.getNodeParameter('pinSource', 'account') as PinSource;
	if (pinSource === 'account') {
		const includeSaved = context.getNodeParameter('options.includeSavedPins', true) as boolean;
		return {
			key: includeSaved ? 'pins:account' : 'pins:account:exclude_repins',
			kind: 'stamped',
			request: {
				method: 'GET',
				url: '/pins',
				qs: includeSaved ? {} : { pin_filter: 'exclude_repins' },
			},
			label: 'your account',
			noun: 'pin',
		};
	}
	const { boardId, sectionId, resolved } = await resolveIds(context, pinSource, staticData);
	if (pinSource === 'section') {
		return {
			key: `pins:section:${boardId}:${sectionId}`,
			kind: 'stamped',
			request: { method: 'GET', url: `/boards/${boardId}/sections/${sectionId}/pins` },
			boardId,
			resolved,
			label: `section ${sectionId} of board ${boardId}`,
			noun: 'pin',
		};
	}
	return {
		key: `pins:board:${boardId}`,
		kind: 'stamped',
		request: { method: 'GET', url: `/boards/${boardId}/pins` },
		boardId,
		resolved,
		label: `board ${boardId}`,
		noun: 'pin',
	};
}

/**
 * Reads one page of the watched list and refuses anything that is not one (trigger/page.ts):
 * the poll then fails before its state is written, and the next good poll compares with the
 * memory as it was.
 */
function pageReader(
	context: IPollFunctions,
	source: WatchedSource,
	limits: TriggerLimits,
): PageReader {
	const key = source.kind === 'followers' ? 'username' : 'id';
	// One trail per poll: a repeated bookmark or a run of empty pages fails the poll, so a list
	// that goes nowhere never counts as read to its end.
	const trail = pageTrail();
	return async (bookmark?: string) => {
		const { lastResponse } = await fetchPages.call(context, source.request, {
			limit: limits.pageSize,
			maxPages: 1,
			bookmark,
			trail,
		});
		const body = lastResponse?.body;
		const problem = listProblem(body, key);
		if (problem) {
			const secrets = secretsOfCredentials(await context.getCredentials(credentialTypeOf(context)));
			const status = lastResponse?.statusCode ?? 'no status';
			throw new NodeOperationError(
				context.getNode(),
				`Pinterest's answer to ${source.request.method} ${source.request.url} is not a list of ${source.noun}s: ${problem}`,
				{
					description: `HTTP ${status}, ${contentTypeOf(lastResponse?.headers)}, body: "${previewOf(body, secrets)}". This poll was skipped and the trigger's memory is unchanged, so nothing is lost or repeated; the next poll reads the list again. If it keeps happening, a proxy or the Custom Base URL may not point at Pinterest's API.`,
				},
			);
		}
		return pageOf(body as IDataObject);
	};
}

/** One request that changes whenever the pins of a board change (used for custom-ordered boards). */
function boardFingerprint(context: IPollFunctions, boardId: string) {
	return async () => {
		const { body } = await pinterestApiRequest.call(context, {
			method: 'GET',
			url: `/boards/${boardId}`,
		});
		const board = (body ?? {}) as IDataObject;
		return `${String(board.board_pins_modified_at ?? '')}|${String(board.pin_count ?? '')}`;
	};
}

// ---------------------------------------------------------------------------------------
// output
// ---------------------------------------------------------------------------------------

function toOutput(
	source: WatchedSource,
	items: IDataObject[],
	simplify: boolean,
): INodeExecutionData[] {
	return items.map((item) => {
		if (!simplify) return { json: item };
		if (source.noun === 'pin') return { json: simplifyPin(item) };
		if (source.noun === 'board') return { json: simplifyBoard(item) };
		return { json: simplifyFollower(item) };
	});
}

// ---------------------------------------------------------------------------------------
// the poll
// ---------------------------------------------------------------------------------------

function newestOf(source: WatchedSource, items: IDataObject[]): IDataObject | undefined {
	if (source.kind === 'followers') return items[0];
	let best: IDataObject | undefined;
	let bestStamp = -Infinity;
	for (const item of items) {
		const value = createdAtMs(item) ?? -Infinity;
		if (!best || value > bestStamp) {
			best = item;
			bestStamp = value;
		}
	}
	return best;
}

/**
 * The trigger's poll. Manual mode ("Fetch Test Event") returns the newest item and never
 * reads or writes the production state. Trigger mode loads the state, polls, and stores the
 * new state only when every request succeeded (any failure throws before the write).
 */
export async function pollTrigger(
	context: IPollFunctions,
	limits: TriggerLimits = TRIGGER_LIMITS,
): Promise<INodeExecutionData[][] | null> {
	// Version 1 had Simplify under Options; from 1.1 it is a top-level toggle, as in the action.
	const simplify = context.getNodeParameter(
		context.getNode().typeVersion >= 1.1 ? 'simplify' : 'options.simplify',
		true,
	) as boolean;
	if (context.getMode() === 'manual') {
		const source = await watchedSource(context, undefined);
		const { items } = await pageReader(context, source, limits)();
		const newest = newestOf(source, items);
		if (!newest) {
			throw new NodeOperationError(
				context.getNode(),
				`No ${source.noun}s found for ${source.label} yet`,
				{
					description:
						source.noun === 'follower'
							? 'The account has no followers yet, so there is no test event to show. The trigger will still fire for new followers once the workflow is active.'
							: `There is no ${source.noun} in ${source.label} to show as a test event. Create one on Pinterest and fetch the test event again; the active workflow will fire for new ${source.noun}s either way.`,
				},
			);
		}
		return [toOutput(source, [newest], simplify)];
	}

	const staticData = context.getWorkflowStaticData('node');
	const source = await watchedSource(context, staticData);
	const stored = staticData[STATE_KEY] as TriggerState | undefined;
	const previous =
		stored && stored.source === source.key && stored.kind === source.kind ? stored : undefined;
	const read = pageReader(context, source, limits);
	const result =
		source.kind === 'followers'
			? await pollFollowers(
					previous as Extract<TriggerState, { kind: 'followers' }> | undefined,
					source.key,
					read,
					limits,
				)
			: await pollStamped(
					previous as Extract<TriggerState, { kind: 'stamped' }> | undefined,
					source.key,
					read,
					limits,
					source.boardId ? boardFingerprint(context, source.boardId) : undefined,
					source.order,
				);
	// Only now, after every request of the poll succeeded.
	staticData[STATE_KEY] = result.state as unknown as IDataObject;
	if (result.warning) context.logger.warn(`Pinterest Trigger (${source.label}): ${result.warning}`);
	if (source.resolved) staticData[RESOLVED_KEY] = source.resolved;
	if (!result.items.length) return null;
	return [toOutput(source, result.items, simplify)];
}
