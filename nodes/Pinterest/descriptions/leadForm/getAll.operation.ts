import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose lead forms to list'),
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadForm'], operation: ['getAll'] } },
	properties,
);
