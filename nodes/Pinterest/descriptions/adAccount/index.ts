import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendSyncAnalytics } from '../../hooks/adsAnalytics';
import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import { splitArray } from '../../hooks/results';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAnalytics from './getAnalytics.operation';

export const adAccountOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['adAccount'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an ad account',
				description:
					'Get one ad account picked from a list or by ID. Returns its ID, name, owner, country, currency and permissions.',
				routing: route({ method: 'GET', url: '/ad_accounts/{adAccountId}', scopes: ['ads:read'] }),
			},
			{
				name: 'Get Analytics',
				value: 'getAnalytics',
				action: 'Get analytics of an ad account',
				description:
					'Get spend, impressions, clicks and other chosen columns of a whole ad account for a date range, by day, hour, week, month or in total. Returns one item per period.',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/analytics',
					scopes: ['ads:read'],
					preSend: [sendSyncAnalytics()],
					postReceive: [splitArray],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ad accounts',
				description:
					'List the ad accounts the connected user owns or has Business Access to; needs no input. Returns one item per ad account.',
				routing: route({ method: 'GET', url: '/ad_accounts', scopes: ['ads:read'], list: {} }),
			},
		],
	},
];

export const adAccountFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['adAccount'] } }, [scopesNotice('ads:read')]),
	...get.description,
	...getAll.description,
	...getAnalytics.description,
];
