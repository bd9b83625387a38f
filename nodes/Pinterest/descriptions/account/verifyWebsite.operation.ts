import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { websiteAdAccountOption, websiteProperty } from './website';

const properties: INodeProperties[] = [
	{
		displayName:
			'First put the code from Get Website Verification Code on the site (meta tag, HTML file or DNS TXT record); then verify. Not available in Sandbox.',
		name: 'verifyWebsiteNotice',
		type: 'notice',
		default: '',
	},
	websiteProperty,
	{
		displayName: 'Verification Method',
		name: 'verificationMethod',
		type: 'options',
		default: 'METATAG',
		description: 'Where Pinterest looks for the verification code',
		options: [
			{ name: 'DNS TXT Record', value: 'DNSTXT', description: 'A TXT record of the domain' },
			{ name: 'HTML File', value: 'FILENAME', description: 'A file at the root of the site' },
			{ name: 'Meta Tag', value: 'METATAG', description: 'A tag in the head of the home page' },
		],
	},
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
	{ show: { resource: ['account'], operation: ['verifyWebsite'] } },
	properties,
);
