import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	adsDateRangeProperties,
	attributionProperty,
	columnsProperty,
	granularityProperty,
	syncDateHint,
} from '../shared/analyticsFields';
import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId'),
	syncDateHint(false),
	...adsDateRangeProperties(),
	granularityProperty,
	columnsProperty,
	attributionProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['adAccount'], operation: ['getAnalytics'] } },
	properties,
);
