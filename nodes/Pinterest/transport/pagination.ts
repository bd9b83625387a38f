import type { IDataObject } from 'n8n-workflow';

import type { PinterestContext, PinterestRequest, PinterestResponse } from './index';
import { pinterestApiRequest } from './index';

/** Pinterest's page_size maximum (the page_size parameter's maximum in Pinterest's OpenAPI description). */
export const MAX_PAGE_SIZE = 250;

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
}

export interface PageResult {
	items: IDataObject[];
	/** Bookmark of the page after the last one read, or undefined at the end. */
	bookmark?: string;
	requests: number;
	lastResponse?: PinterestResponse;
}

/**
 * Follows Pinterest's bookmark cursor. Each request asks for just what is still missing
 * (page_size = min(remaining, 250)) and the loop ends the moment the limit is met or the
 * bookmark runs out, so N items cost ceil(N / 250) requests. Other query parameters are kept.
 */
export async function fetchPages(
	this: PinterestContext,
	request: PinterestRequest,
	options: PageOptions = {},
): Promise<PageResult> {
	const limit = options.limit ?? Infinity;
	const pageSizeParam = options.pageSizeParam === undefined ? 'page_size' : options.pageSizeParam;
	const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
	const items: IDataObject[] = [];
	let bookmark = options.bookmark;
	let requests = 0;
	let lastResponse: PinterestResponse | undefined;
	while (items.length < limit) {
		const qs: IDataObject = { ...(request.qs ?? {}) };
		delete qs.bookmark;
		if (pageSizeParam) qs[pageSizeParam] = Math.min(limit - items.length, maxPageSize);
		if (bookmark) qs.bookmark = bookmark;
		lastResponse = await pinterestApiRequest.call(this, { ...request, qs }, options.itemIndex);
		requests++;
		const body = (lastResponse.body ?? {}) as IDataObject;
		const page = Array.isArray(body.items) ? (body.items as IDataObject[]) : [];
		items.push(...page.slice(0, limit - items.length));
		bookmark =
			typeof body.bookmark === 'string' && body.bookmark !== '' ? body.bookmark : undefined;
		if (!bookmark) break;
		if (options.maxPages !== undefined && requests >= options.maxPages) break;
	}
	return { items, bookmark, requests, lastResponse };
}
