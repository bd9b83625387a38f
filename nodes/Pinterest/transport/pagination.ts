import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PinterestContext, PinterestRequest, PinterestResponse } from './index';
import { credentialTypeOf, pinterestApiRequest } from './index';
import { contentTypeOf, previewOf } from './preview';
import { secretsOfCredentials } from './redact';
import { stopIfCancelled } from './retry';

/** Pinterest's page_size maximum (the page_size parameter's maximum in Pinterest's OpenAPI description). */
export const MAX_PAGE_SIZE = 250;

/**
 * Empty pages in a row, each with a bookmark, after which a list is refused. Pinterest may
 * filter a page down to nothing now and then; a run of them is a list that goes nowhere.
 */
export const MAX_EMPTY_PAGES = 3;

/**
 * Most objects one call collects. n8n's RoutingNode (2.8 and 2.41) hands an item's output on
 * with push(...items), which overflows the call stack somewhere above 120,000 items; stopping
 * here with an error says what happened instead.
 */
export const MAX_LIST_ITEMS = 100_000;

/**
 * What a walk along one list has seen: the bookmarks already followed and the empty pages in a
 * row. Callers that read one page at a time (exactly-once views, the trigger) keep one trail
 * for the whole walk, so a repeated bookmark is caught across their calls too.
 */
export interface PageTrail {
	bookmarks: Set<string>;
	emptyInARow: number;
}

export function pageTrail(): PageTrail {
	return { bookmarks: new Set(), emptyInARow: 0 };
}

export interface PageOptions {
	/** Stop as soon as this many items are collected (Infinity: all). */
	limit?: number;
	/** Query parameter carrying the page size; null where the endpoint has none (search pins). */
	pageSizeParam?: string | null;
	/** Largest page the endpoint accepts. */
	maxPageSize?: number;
	/** Continue from this bookmark instead of the first page. */
	bookmark?: string;
	/** Stop after this many pages even if more exist (list search: one page per call). */
	maxPages?: number;
	itemIndex?: number;
	/** The walk this call continues (see PageTrail); a new one by default. */
	trail?: PageTrail;
}

export interface PageResult {
	items: IDataObject[];
	/** Bookmark of the page after the last one read, or undefined at the end. */
	bookmark?: string;
	requests: number;
	lastResponse?: PinterestResponse;
}

function listName(request: PinterestRequest): string {
	return `${request.method} ${request.url}`;
}

/** The page's objects; an answer that is not a Pinterest list page is an error saying what it was. */
async function pageItems(
	context: PinterestContext,
	request: PinterestRequest,
	response: PinterestResponse,
	itemIndex: number | undefined,
): Promise<IDataObject[]> {
	const body = response.body as IDataObject | undefined;
	if (body && typeof body === 'object' && Array.isArray(body.items)) {
		return body.items as IDataObject[];
	}
	const type = contentTypeOf(response.headers);
	const secrets = secretsOfCredentials(await context.getCredentials(credentialTypeOf(context)));
	throw new NodeOperationError(
		context.getNode(),
		`Pinterest's answer to ${listName(request)} is not a list (HTTP ${response.statusCode}, ${type})`,
		{
			itemIndex,
			description: `A list page holds an "items" array; this answer began with: ${previewOf(response.body, secrets)}. A proxy or captive portal may have answered instead of Pinterest; nothing was output for this list.`,
		},
	);
}

function loopError(
	context: PinterestContext,
	request: PinterestRequest,
	itemIndex: number | undefined,
	message: string,
	description: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${listName(request)}: ${message}`, {
		itemIndex,
		description,
	});
}

/** Appends without spreading: push(...page) overflows the stack on a huge page. */
function append(target: IDataObject[], page: IDataObject[], count: number): void {
	for (let i = 0; i < count && i < page.length; i++) target.push(page[i]);
}

/**
 * Follows Pinterest's bookmark cursor. Each request asks for just what is still missing
 * (page_size = min(remaining, 250)) and the loop ends the moment the limit is met or the
 * bookmark runs out, so N items cost ceil(N / 250) requests. Other query parameters are kept.
 *
 * Every walk is bounded: a bookmark seen before, MAX_EMPTY_PAGES empty pages in a row or more
 * than MAX_LIST_ITEMS objects end it with an error naming the list (never a silent cut, which
 * would pass a partial list as the whole one), and so does a cancelled execution.
 */
export async function fetchPages(
	this: PinterestContext,
	request: PinterestRequest,
	options: PageOptions = {},
): Promise<PageResult> {
	const limit = options.limit ?? Infinity;
	const pageSizeParam = options.pageSizeParam === undefined ? 'page_size' : options.pageSizeParam;
	const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
	const trail = options.trail ?? pageTrail();
	const { itemIndex } = options;
	const items: IDataObject[] = [];
	let bookmark = options.bookmark;
	if (bookmark) trail.bookmarks.add(bookmark);
	let requests = 0;
	let lastResponse: PinterestResponse | undefined;
	while (items.length < limit) {
		stopIfCancelled(this);
		const qs: IDataObject = { ...(request.qs ?? {}) };
		delete qs.bookmark;
		if (pageSizeParam) qs[pageSizeParam] = Math.min(limit - items.length, maxPageSize);
		if (bookmark) qs.bookmark = bookmark;
		lastResponse = await pinterestApiRequest.call(this, { ...request, qs }, itemIndex);
		requests++;
		const page = await pageItems(this, request, lastResponse, itemIndex);
		append(items, page, Math.min(limit - items.length, MAX_LIST_ITEMS + 1 - items.length));
		if (items.length > MAX_LIST_ITEMS) {
			throw loopError(
				this,
				request,
				itemIndex,
				`more than ${MAX_LIST_ITEMS.toLocaleString('en-US')} objects for one item`,
				'n8n cannot output more objects than that from one input item of this node. Turn Return All off and set a Limit, or split the list (for example per board).',
			);
		}
		const body = lastResponse.body as IDataObject;
		bookmark =
			typeof body.bookmark === 'string' && body.bookmark !== '' ? body.bookmark : undefined;
		if (!bookmark) break;
		if (trail.bookmarks.has(bookmark)) {
			throw loopError(
				this,
				request,
				itemIndex,
				'Pinterest answered a bookmark it had already given',
				`Following it would read the same pages again without end, so the list was stopped after ${requests} request(s). This is a fault on Pinterest's side (or a proxy in between); run again later.`,
			);
		}
		trail.bookmarks.add(bookmark);
		trail.emptyInARow = page.length === 0 ? trail.emptyInARow + 1 : 0;
		if (trail.emptyInARow >= MAX_EMPTY_PAGES) {
			throw loopError(
				this,
				request,
				itemIndex,
				`${MAX_EMPTY_PAGES} empty pages in a row, each pointing to another page`,
				'The list was stopped rather than followed further; what it read so far is not output, since it may be incomplete. Run again later.',
			);
		}
		if (options.maxPages !== undefined && requests >= options.maxPages) break;
	}
	return { items, bookmark, requests, lastResponse };
}
