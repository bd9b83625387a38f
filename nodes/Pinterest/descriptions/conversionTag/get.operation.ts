import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsIdProperty, adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the conversion tag belongs to'),
	adsIdProperty('conversionTagId'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['conversionTag'], operation: ['get'] } },
	properties,
);
