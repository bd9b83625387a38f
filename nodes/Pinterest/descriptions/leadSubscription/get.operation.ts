import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsIdProperty, adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the subscription belongs to'),
	adsIdProperty('subscriptionId'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadSubscription'], operation: ['get'] } },
	properties,
);
