import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../helpers/routing';

export const accountOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the connected account',
				description: 'Get the account the credential belongs to: username, type, counts',
				routing: route({ method: 'GET', url: '/user_account' }),
			},
		],
	},
];

export const accountFields: INodeProperties[] = [];
