import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { route } from '../../routing/route';
import { checkText } from '../../hooks/validate';
import * as searchBoards from './searchBoards.operation';
import * as searchPartnerPins from './searchPartnerPins.operation';
import * as searchPins from './searchPins.operation';

/** search_user_boards/get: query is optional; an empty one is left out. */
async function optionalQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const query = String(this.getNodeParameter('query', '') ?? '').trim();
	if (query !== '') requestOptions.qs = { ...(requestOptions.qs ?? {}), query };
	return requestOptions;
}

// All three are x-sandbox: disabled in the spec; partner search is beta.
export const searchOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['search'] } },
		default: 'searchPins',
		options: [
			{
				name: 'Search My Boards',
				value: 'searchBoards',
				action: 'Search my boards',
				description:
					'Search the boards of the connected account by a query (all boards when empty). Returns one item per board (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/search/boards',
					preSend: [optionalQuery],
					list: {},
				}),
			},
			{
				name: 'Search My Pins',
				value: 'searchPins',
				action: 'Search my pins',
				description:
					'Search the pins of the connected account by a query, or by pin IDs separated by commas. Returns one item per pin (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/search/pins',
					preSend: [checkText('query', 'Query', Infinity, true)],
					// search_user_pins/list has a bookmark but no page_size.
					list: { pageSizeParam: null },
				}),
			},
			{
				name: 'Search Partner Pins',
				value: 'searchPartnerPins',
				action: 'Search partner pins',
				description:
					'Search pins across Pinterest by a term and a two-letter country code (beta, not available to all apps or in Sandbox). Returns one item per pin.',
				routing: route({
					method: 'GET',
					url: '/search/partner/pins',
					preSend: [
						checkText('term', 'Search Term', Infinity, true),
						searchPartnerPins.sendCountryCode,
					],
					// Its page size is `limit`, at most 50.
					list: { pageSizeParam: 'limit', maxPageSize: 50 },
				}),
			},
		],
	},
];

export const searchFields: INodeProperties[] = [
	...searchBoards.description,
	...searchPartnerPins.description,
	...searchPins.description,
];
