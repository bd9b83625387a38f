import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { entriesOf } from './trends';
import { fail } from './validate';

// Keyword ideas: terms_related/list (GET /terms/related) and terms_suggested/list
// (GET /terms/suggested), both ads:read.

/** query_term_limit: 1 to 10, default 4. */
export const MAX_SUGGESTED_TERMS = 10;
export const DEFAULT_SUGGESTED_TERMS = 4;

const quoted = (text: string) => `"${text.slice(0, 60)}"`;

/** preSend of Keyword → Get Related Terms: `terms`, one query value per term. */
export async function sendRelatedTermsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const terms = entriesOf(this, 'terms', 'Terms');
	if (!terms) {
		fail(
			this,
			'Terms is empty',
			'Give one or more terms separated by commas, e.g. "workout, yoga", or a list from an expression.',
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), terms: [...new Set(terms)] };
	return requestOptions;
}

/** preSend of Keyword → Get Suggested Terms: `term` and `limit` (1 to 10). */
export async function sendSuggestedTermsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const raw = this.getNodeParameter('term', '') as unknown;
	const term = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (term === '') {
		fail(this, 'Term is empty', 'Give the start of a search term, e.g. "sport".');
	}
	const rawLimit = this.getNodeParameter('termLimit', DEFAULT_SUGGESTED_TERMS) as unknown;
	const limit = typeof rawLimit === 'string' && rawLimit.trim() === '' ? NaN : Number(rawLimit);
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTED_TERMS) {
		fail(
			this,
			`Limit must be a whole number from 1 to ${MAX_SUGGESTED_TERMS}`,
			`Got ${quoted(String(rawLimit))}. Pinterest suggests at most ${MAX_SUGGESTED_TERMS} terms.`,
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), term, limit };
	return requestOptions;
}

/**
 * postReceive of related terms: one item per input term of the answer's related_terms_list,
 * {term, related_terms}.
 */
export async function relatedTermItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = (items[0]?.json ?? {}) as IDataObject;
	const list = Array.isArray(body.related_terms_list)
		? (body.related_terms_list as IDataObject[])
		: [];
	return list.map((entry) => {
		const related = Array.isArray(entry.related_terms) ? entry.related_terms : [];
		return { json: { term: entry.term ?? null, related_terms: related } };
	});
}

/** postReceive of suggested terms: the answer is an array of strings; one item per term. */
export async function suggestedTermItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const terms = Array.isArray(response.body) ? (response.body as unknown[]) : [];
	return terms
		.filter((term): term is string => typeof term === 'string')
		.map((term, index) => ({ json: { rank: index + 1, term } }));
}
