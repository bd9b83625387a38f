/** Bad-input catalogue rows: Keyword ideas (related and suggested terms). */
import type { Row } from './row';

export const termRows: Row[] = [
	{
		name: 'related terms: a list of only commas',
		params: () => ({ resource: 'keyword', operation: 'getRelatedTerms', terms: '={{ $json.v }}' }),
		good: () => 'workout, yoga',
		bad: ' , ,',
		error: /^Terms has no value$/,
		request: ['GET', '/v5/terms/related'],
	},
	{
		name: 'related terms: an object from an expression',
		params: () => ({ resource: 'keyword', operation: 'getRelatedTerms', terms: '={{ $json.v }}' }),
		good: () => ['workout'],
		bad: { term: 'workout' },
		error: /^Terms is an object, not a text$/,
		request: ['GET', '/v5/terms/related'],
	},
	{
		name: 'suggested terms: an empty term',
		params: () => ({ resource: 'keyword', operation: 'getSuggestedTerms', term: '={{ $json.v }}' }),
		good: () => 'sport',
		bad: '   ',
		error: /^Term contains only spaces$/,
		request: ['GET', '/v5/terms/suggested'],
	},
	{
		name: 'suggested terms: 11 asked for',
		params: () => ({
			resource: 'keyword',
			operation: 'getSuggestedTerms',
			term: 'sport',
			termLimit: '={{ $json.v }}',
		}),
		good: () => 10,
		bad: 11,
		error: /^Limit must be a whole number from 1 to 10$/,
		request: ['GET', '/v5/terms/suggested'],
	},
];
