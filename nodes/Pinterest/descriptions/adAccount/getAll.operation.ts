import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Include Shared Accounts',
				name: 'includeSharedAccounts',
				type: 'boolean',
				default: true,
				description:
					'Whether to include ad accounts others have shared with the user through Business Access',
				routing: { send: { type: 'query', property: 'include_shared_accounts' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['adAccount'], operation: ['getAll'] } },
	properties,
);
