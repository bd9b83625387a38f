import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the lead form belongs to'),
	adsLocator('leadFormId', 'The lead form to get'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadForm'], operation: ['get'] } },
	properties,
);
