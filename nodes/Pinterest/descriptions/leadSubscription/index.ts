import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { deletedResult, hideSubscriptionKeys } from '../../hooks/results';
import { route } from '../../routing/route';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

// Lead ads webhook subscriptions: what the Pinterest Lead Ads Trigger creates on activation.
// Listed and deleted here so that users can see and clean them up; created by the trigger only.
export const leadSubscriptionOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['leadSubscription'] } },
		default: 'getAll',
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a lead subscription',
				description:
					'Delete a lead ads webhook subscription of an ad account, given its ID; Pinterest stops sending its leads. Returns one item with deleted: true and the ID (not available in Sandbox).',
				routing: route({
					method: 'DELETE',
					url: '/ad_accounts/{adAccountId}/leads/subscriptions/{subscriptionId}',
					postReceive: [deletedResult],
					scopes: ['ads:read', 'ads:write'],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a lead subscription',
				description:
					'Get one lead ads webhook subscription of an ad account, given its ID. Returns its webhook URL, lead form and creation time, never its encryption key (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/leads/subscriptions/{subscriptionId}',
					postReceive: [hideSubscriptionKeys],
					scopes: ['ads:read'],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many lead subscriptions',
				description:
					'List the lead ads webhook subscriptions of an ad account (those of the Pinterest Lead Ads Trigger among them). Returns one item per subscription with its webhook URL, never its encryption key (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/leads/subscriptions',
					postReceive: [hideSubscriptionKeys],
					scopes: ['ads:read'],
					list: {},
				}),
			},
		],
	},
];

export const leadSubscriptionFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['leadSubscription'] } }, [
		scopesNotice('ads:read / ads:write'),
	]),
	...get.description,
	...getAll.description,
	...del.description,
];
