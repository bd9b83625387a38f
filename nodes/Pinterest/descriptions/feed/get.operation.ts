import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { businessAdAccountOption } from '../catalog/shared';
import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('feedId', 'The feed to get'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [businessAdAccountOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['feed'], operation: ['get'] } },
	properties,
);
