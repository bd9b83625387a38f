import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [adsLocator('adAccountId')];

export const description = updateDisplayOptions(
	{ show: { resource: ['adAccount'], operation: ['get'] } },
	properties,
);
