import type { IDataObject } from 'n8n-workflow';

import type { Page } from './state';

/*
 * What the trigger accepts as one page of a list. The trigger compares what it reads with what
 * it remembers, so an answer that only looks like a list (HTML, `{}`, `{"items": null}`, items
 * without their key) must never be taken as "the list is empty now" or "these are all the
 * items": the poll would forget what it knew and emit old items again on the next good answer.
 * Such an answer fails the poll instead, before any state is written.
 */

/** The field every item of the list must carry: `id` (pins, boards) or `username` (followers). */
export type ItemKey = 'id' | 'username';

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKey(item: IDataObject, key: ItemKey): boolean {
	const value = item[key];
	if (typeof value === 'string') return value.trim() !== '';
	return key === 'id' && typeof value === 'number' && Number.isFinite(value);
}

/** Why a body is not one page of the list, or undefined when it is one. */
export function listProblem(body: unknown, key: ItemKey): string | undefined {
	if (!isRecord(body)) {
		if (typeof body === 'string') return body.trim() ? 'the body is not JSON' : 'the body is empty';
		return body === undefined || body === null ? 'the body is empty' : 'the body is not an object';
	}
	if (!Array.isArray(body.items)) {
		return body.items === undefined ? 'it has no "items"' : '"items" is not an array';
	}
	const items = body.items as unknown[];
	for (let index = 0; index < items.length; index++) {
		const item = items[index];
		if (!isRecord(item)) return `item ${index + 1} is not an object`;
		if (!hasKey(item, key)) return `item ${index + 1} has no ${key}`;
	}
	const bookmark = body.bookmark;
	if (bookmark !== undefined && bookmark !== null && typeof bookmark !== 'string') {
		return '"bookmark" is not text';
	}
	return undefined;
}

/** The page of a body that listProblem accepted. */
export function pageOf(body: IDataObject): Page {
	const bookmark = body.bookmark;
	return {
		items: body.items as IDataObject[],
		bookmark: typeof bookmark === 'string' && bookmark !== '' ? bookmark : undefined,
	};
}
