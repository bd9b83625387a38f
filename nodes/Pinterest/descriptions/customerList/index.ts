import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const customerListOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerList'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer list',
				description:
					'Get one customer list of an ad account, given its ID. Returns its name, type, status and record counts (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/customer_lists/{customerListId}',
					scopes: ['ads:read'],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customer lists',
				description:
					'List the customer lists of an ad account picked from a list or by ID. Returns one item per list (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/customer_lists',
					scopes: ['ads:read'],
					list: {},
				}),
			},
		],
	},
];

export const customerListFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['customerList'] } }, [scopesNotice('ads:read')]),
	...get.description,
	...getAll.description,
];
