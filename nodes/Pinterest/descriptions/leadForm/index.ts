import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import * as createTestLead from './createTestLead.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

// Lead forms of Pinterest's lead ads (a beta each ad account is let into by Pinterest).
export const leadFormOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['leadForm'] } },
		default: 'getAll',
		options: [
			{
				name: 'Create Test Lead',
				value: 'createTestLead',
				action: 'Create a test lead',
				description:
					"Send a test lead for a lead form to the form's lead subscriptions (the Pinterest Lead Ads Trigger's among them), with one answer per question in the form's order. Returns the subscription ID it went to (not available in Sandbox).",
				routing: route({
					method: 'POST',
					url: '/ad_accounts/{adAccountId}/lead_forms/{leadFormId}/test',
					preSend: createTestLead.preSend,
					scopes: ['ads:read', 'ads:write'],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a lead form',
				description:
					'Get one lead form of an ad account, given the form. Returns the form with its questions in order, status and policy links.',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/lead_forms/{leadFormId}',
					scopes: ['ads:read'],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many lead forms',
				description:
					'List the lead forms of an ad account picked from a list or by ID. Returns one item per form with its questions.',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/lead_forms',
					scopes: ['ads:read'],
					list: {},
				}),
			},
		],
	},
];

export const leadFormFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['leadForm'] } }, [
		scopesNotice('ads:read / ads:write'),
	]),
	...get.description,
	...getAll.description,
	...createTestLead.description,
];
