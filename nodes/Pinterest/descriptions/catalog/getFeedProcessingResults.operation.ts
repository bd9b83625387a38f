import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';
import { businessAdAccountOption } from './shared';

const properties: INodeProperties[] = [
	adsLocator('feedId', 'The feed whose processing results to list'),
	...returnAllOrLimit,
	{
		displayName:
			'Pinterest returns only the first page of processing results for now (its bookmark does not work yet)',
		name: 'processingResultsNotice',
		type: 'notice',
		default: '',
	},
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
	{ show: { resource: ['catalog'], operation: ['getFeedProcessingResults'] } },
	properties,
);
