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
				displayName: 'Privacy',
				name: 'privacy',
				type: 'options',
				default: 'ALL',
				description: 'Secret boards are listed only when the credential has the secret-board scope',
				options: [
					{ name: 'All', value: 'ALL' },
					{ name: 'Protected', value: 'PROTECTED' },
					{ name: 'Public', value: 'PUBLIC' },
					{ name: 'Public and Secret', value: 'PUBLIC_AND_SECRET' },
					{ name: 'Secret', value: 'SECRET' },
				],
				routing: { send: { type: 'query', property: 'privacy' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['getAll'] } },
	properties,
);
