import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { boardUrl, resolveBoardId, slugify } from '../hooks/resolve';
import { fetchPages } from '../transport/pagination';
import { pinterestApiRequest } from '../transport';
import { matches } from './page';

export async function searchBoards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { items, bookmark } = await fetchPages.call(
		this,
		{ method: 'GET', url: '/boards', qs: { privacy: 'ALL' } },
		{ bookmark: paginationToken, maxPages: 1 },
	);
	const results: INodeListSearchItems[] = items
		.filter((board) => matches(board, filter))
		.map((board) => ({
			name: String(board.name),
			value: String(board.id),
			url: boardUrl(board),
		}));
	return { results, paginationToken: bookmark };
}

export async function searchSections(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const boardId = await resolveBoardId(this);
	const board = await fetchBoardForUrl(this, boardId);
	const { items, bookmark } = await fetchPages.call(
		this,
		{ method: 'GET', url: `/boards/${boardId}/sections` },
		{ bookmark: paginationToken, maxPages: 1 },
	);
	const base = board ? boardUrl(board) : undefined;
	const results: INodeListSearchItems[] = items
		.filter((section) => matches(section, filter))
		.map((section) => ({
			name: String(section.name),
			value: String(section.id),
			url: base ? `${base}${slugify(String(section.name))}/` : undefined,
		}));
	return { results, paginationToken: bookmark };
}

// Only for the section links shown in the list; a failure here must not hide the sections.
async function fetchBoardForUrl(context: ILoadOptionsFunctions, boardId: string) {
	try {
		const response = await pinterestApiRequest.call(context, {
			method: 'GET',
			url: `/boards/${boardId}`,
		});
		return response.body as IDataObject;
	} catch {
		return undefined;
	}
}

// Pins of the connected account (GET /pins), one page per call, filtered by title on that page.
export async function searchPins(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { items, bookmark } = await fetchPages.call(
		this,
		{ method: 'GET', url: '/pins' },
		{ bookmark: paginationToken, maxPages: 1 },
	);
	const results: INodeListSearchItems[] = items
		.filter((pin) => matches({ id: pin.id, name: pin.title || pin.description }, filter))
		.map((pin) => ({
			name: String(pin.title || pin.description || `Pin ${String(pin.id)}`).slice(0, 100),
			value: String(pin.id),
			url: `https://www.pinterest.com/pin/${String(pin.id)}/`,
		}));
	return { results, paginationToken: bookmark };
}
