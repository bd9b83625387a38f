import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsIdProperty, adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the customer list belongs to'),
	adsIdProperty('customerListId'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customerList'], operation: ['get'] } },
	properties,
);
