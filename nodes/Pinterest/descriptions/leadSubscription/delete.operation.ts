import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the subscription belongs to'),
	{
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '8078432025948590686',
		description:
			'The lead subscription to delete (digits only); Lead Subscription → Get Many lists them with their webhook URLs',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadSubscription'], operation: ['delete'] } },
	properties,
);
