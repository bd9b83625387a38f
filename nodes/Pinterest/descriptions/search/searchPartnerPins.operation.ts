import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { searchSandboxNotice } from './shared';

const properties: INodeProperties[] = [
	searchSandboxNotice,
	{
		displayName:
			'Search Partner Pins is a beta feature of the Pinterest API and not available to all apps',
		name: 'partnerSearchBetaNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Search Term',
		name: 'term',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. summer dresses',
		routing: { send: { type: 'query', property: 'term' } },
	},
	{
		displayName: 'Country Code',
		name: 'countryCode',
		type: 'string',
		default: 'US',
		required: true,
		placeholder: 'e.g. US',
		description: 'Two-letter country code (ISO 3166-1 alpha-2)',
	},
	...returnAllOrLimit,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				placeholder: 'e.g. en-US',
				description: 'Language and region of the search',
				routing: { send: { type: 'query', property: 'locale' } },
			},
		],
	},
];

/** preSend: country_code must be two letters; sent in upper case. */
export async function sendCountryCode(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const raw = String(this.getNodeParameter('countryCode', '') ?? '').trim();
	if (!/^[a-z]{2}$/i.test(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			raw === ''
				? 'Country Code is empty'
				: `Country Code "${raw.slice(0, 20)}" is not a two-letter code`,
			{
				itemIndex: this.getItemIndex(),
				description: 'Use an ISO 3166-1 alpha-2 code such as US, GB, DE or FR.',
			},
		);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), country_code: raw.toUpperCase() };
	return requestOptions;
}

export const description = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['searchPartnerPins'] } },
	properties,
);
