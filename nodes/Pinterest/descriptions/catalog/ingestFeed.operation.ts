import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';
import { businessAdAccountOption } from './shared';

const properties: INodeProperties[] = [
	adsLocator('feedId', 'The feed to process now'),
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
	{ show: { resource: ['catalog'], operation: ['ingestFeed'] } },
	properties,
);
