import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose lead subscriptions to list'),
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadSubscription'], operation: ['getAll'] } },
	properties,
);
