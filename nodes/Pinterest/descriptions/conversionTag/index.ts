import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const conversionTagOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversionTag'] } },
		default: 'getAll',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a conversion tag',
				description:
					'Get one conversion tag of an ad account, given its ID. Returns the tag with its status and configuration (not available in Sandbox).',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/conversion_tags/{conversionTagId}',
					scopes: ['ads:read'],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many conversion tags',
				description:
					'List the conversion tags of an ad account picked from a list or by ID. Returns one item per tag (not available in Sandbox).',
				// conversion_tags/list is not paginated: one request, no page_size.
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/conversion_tags',
					scopes: ['ads:read'],
					list: { pageSizeParam: null },
				}),
			},
		],
	},
];

export const conversionTagFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['conversionTag'] } }, [scopesNotice('ads:read')]),
	...get.description,
	...getAll.description,
];
