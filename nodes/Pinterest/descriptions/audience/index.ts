import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const audienceOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['audience'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an audience',
				description:
					'Get one audience of an ad account, given its ID. Returns its name, type, size, rule and status (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/audiences/{audienceId}',
					scopes: ['ads:read'],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many audiences',
				description:
					'List the audiences of an ad account picked from a list or by ID. Returns one item per audience (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/audiences',
					scopes: ['ads:read'],
					list: {},
				}),
			},
		],
	},
];

export const audienceFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['audience'] } }, [scopesNotice('ads:read')]),
	...get.description,
	...getAll.description,
];
