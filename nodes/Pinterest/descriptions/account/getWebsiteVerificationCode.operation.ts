import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { websiteAdAccountOption } from './website';

const properties: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [websiteAdAccountOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getWebsiteVerificationCode'] } },
	properties,
);
