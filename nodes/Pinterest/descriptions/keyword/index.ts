import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import {
	relatedTermItems,
	sendRelatedTermsQuery,
	sendSuggestedTermsQuery,
	suggestedTermItems,
} from '../../hooks/terms';
import { route } from '../../routing/route';
import * as getAll from './getAll.operation';
import * as getRelatedTerms from './getRelatedTerms.operation';
import * as getSuggestedTerms from './getSuggestedTerms.operation';

// keywords/get is a list; the API has no endpoint to get one keyword by ID. Related and
// suggested terms (terms_related/list, terms_suggested/list) are Pinterest's keyword ideas for
// ads: they need ads:read like the ad keywords, and no ad account.
export const keywordOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['keyword'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many keywords',
				description:
					'List the ad keywords of an ad account, optionally of one campaign or ad group or by match type. Returns one item per keyword with its value and match type.',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/keywords',
					scopes: ['ads:read'],
					preSend: getAll.preSend,
					list: {},
				}),
			},
			{
				name: 'Get Related Terms',
				value: 'getRelatedTerms',
				action: 'Get related terms',
				description:
					'Get keyword ideas: the terms Pinterest relates to each given term ("yoga workout" for "workout"). Returns one item per given term with its list of related terms.',
				routing: route({
					method: 'GET',
					url: '/terms/related',
					scopes: ['ads:read'],
					preSend: [sendRelatedTermsQuery],
					postReceive: [relatedTermItems],
				}),
			},
			{
				name: 'Get Suggested Terms',
				value: 'getSuggestedTerms',
				action: 'Get suggested terms',
				description:
					'Get popular Pinterest search terms that begin with the given text ("sports bar" for "sport"). Returns one ranked item per term, up to 10.',
				routing: route({
					method: 'GET',
					url: '/terms/suggested',
					scopes: ['ads:read'],
					preSend: [sendSuggestedTermsQuery],
					postReceive: [suggestedTermItems],
				}),
			},
		],
	},
];

export const keywordFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['keyword'] } }, [scopesNotice('ads:read')]),
	...getAll.description,
	...getRelatedTerms.description,
	...getSuggestedTerms.description,
];
