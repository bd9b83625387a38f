import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { PinterestRequest, PinterestResponse } from '../transport';
import { markOutcome } from '../transport/outcome';
import { contentTypeOf, previewOf } from '../transport/preview';
import { redactUrl } from '../transport/redact';

// What a 2xx of a single-object operation must hold, from Pinterest's OpenAPI description.
// Anything else (an HTML page from a proxy, an empty 200, a JSON string) is not Pinterest's
// promised answer and must not pass as success: it would become {} or an item without an ID.

/**
 * Operations whose answer is a JSON array (analytics rows, featured topics, product categories,
 * suggested terms, businesses).
 */
const ARRAY_ANSWERS = [
	/^\/ad_accounts\/[^/]+(\/(campaigns|ad_groups|ads))?\/analytics\/?$/,
	/^\/trends\/topics\/featured\/?$/,
	/^\/trends\/product_categories\/(details|trending)\/?$/,
	/^\/terms\/suggested\/?$/,
	/^\/user_account\/businesses\/?$/,
];

/** Creates whose answer is the new object: without its key, nothing says what was made. */
const CREATED_KEYS: Array<[RegExp, string]> = [
	[/^\/pins\/?$/, 'id'],
	[/^\/pins\/[^/]+\/save\/?$/, 'id'],
	[/^\/boards\/?$/, 'id'],
	[/^\/boards\/[^/]+\/sections\/?$/, 'id'],
	[/^\/catalogs\/?$/, 'id'],
	[/^\/catalogs\/feeds\/?$/, 'id'],
	[/^\/catalogs\/feeds\/[^/]+\/ingest\/?$/, 'id'],
	[/^\/catalogs\/product_groups\/?$/, 'id'],
	[/^\/media\/?$/, 'media_id'],
];

type Expected = { shape: 'object' | 'array' | 'none-or-object'; key?: string };

function expectedOf(request: PinterestRequest): Expected {
	const path = request.url.split('?')[0];
	// Pinterest answers a delete with 204 and no body.
	if (request.method === 'DELETE') return { shape: 'none-or-object' };
	if (request.method === 'GET' && ARRAY_ANSWERS.some((pattern) => pattern.test(path))) {
		return { shape: 'array' };
	}
	const created =
		request.method === 'POST' ? CREATED_KEYS.find(([pattern]) => pattern.test(path)) : undefined;
	return { shape: 'object', key: created?.[1] };
}

function isEmpty(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

function isObject(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && !Array.isArray(body);
}

function hasKey(body: IDataObject, key: string): boolean {
	const value = body[key];
	return (typeof value === 'string' && value !== '') || typeof value === 'number';
}

/** Why an answer is not the expected one, or undefined when it is. */
function problemOf(body: unknown, expected: Expected): string | undefined {
	if (expected.shape === 'none-or-object') {
		return isEmpty(body) || isObject(body) ? undefined : 'an answer that is not JSON';
	}
	if (isEmpty(body)) return 'an empty answer';
	if (expected.shape === 'array') {
		return Array.isArray(body) ? undefined : 'an answer that is not a JSON list';
	}
	if (typeof body === 'string') return 'an answer that is not JSON';
	if (!isObject(body))
		return `JSON ${Array.isArray(body) ? 'list' : typeof body} instead of an object`;
	if (expected.key && !hasKey(body, expected.key)) return `an object without "${expected.key}"`;
	return undefined;
}

/**
 * Throws when a 2xx answer of a single-object operation is not what Pinterest promises for it:
 * the error says what came back (status, content type, first characters). A write answered
 * this way may have been carried out, so its outcome is unknown; a read's is not.
 */
export async function checkAnswer(
	node: INode,
	request: PinterestRequest,
	response: PinterestResponse,
	itemIndex: number,
	secrets: () => Promise<string[]>,
): Promise<void> {
	const expected = expectedOf(request);
	const problem = problemOf(response.body, expected);
	if (problem === undefined) return;
	const contentType = contentTypeOf(response.headers);
	const preview = previewOf(response.body, await secrets());
	const shown = preview === '(empty)' ? 'no body' : `"${preview}"`;
	const message = `Pinterest's answer is not what the operation expects: HTTP ${response.statusCode}, ${contentType}, ${shown}`;
	const promised =
		expected.shape === 'array'
			? 'a JSON list'
			: `a JSON object${expected.key ? ` with "${expected.key}"` : ''}`;
	const write = request.method !== 'GET' && request.method !== 'HEAD';
	const description =
		`${request.method} ${redactUrl(request.url)} should answer ${promised}, and the answer was ${problem}. ` +
		'Something between n8n and Pinterest (a proxy, a login page, a wrong Custom Base URL) may have answered instead, or Pinterest had a problem. ' +
		(write
			? 'The change may have been carried out: check before running this item again.'
			: 'Nothing was changed: run the item again later.');
	const error = new NodeApiError(node, { message } as JsonObject, {
		message,
		description,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	throw markOutcome(error, write ? 'unknown' : 'not-applied');
}
