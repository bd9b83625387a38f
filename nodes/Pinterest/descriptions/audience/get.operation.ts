import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsIdProperty, adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the audience belongs to'),
	adsIdProperty('audienceId'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['audience'], operation: ['get'] } },
	properties,
);
