import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import * as getAll from './getAll.operation';

// keywords/get is a list; the API has no endpoint to get one keyword by ID.
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
		],
	},
];

export const keywordFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['keyword'] } }, [scopesNotice('ads:read')]),
	...getAll.description,
];
