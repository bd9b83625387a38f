import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { checkChoice, fail } from '../../hooks/validate';

// What the website operations of the account share (user_account/websites in Pinterest's OpenAPI
// description). Pinterest names a website by its domain, with a path or not: "mysite.test".

export const websiteProperty: INodeProperties = {
	displayName: 'Website',
	name: 'website',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'shop.example.com',
	description:
		'The domain, with a path if the site has one (shop.example.com/store). A leading http:// or https:// is removed.',
};

/** ad_account_id of the website operations: act for the owner of an ad account. */
export const websiteAdAccountOption: INodeProperties = {
	displayName: 'Business Ad Account ID',
	name: 'adAccountId',
	type: 'string',
	default: '',
	placeholder: '549755885175',
	description:
		'Act for the owner of this ad account (Business Access). Empty: the connected account.',
	routing: {
		send: { type: 'query', property: 'ad_account_id', value: '={{ $value || undefined }}' },
	},
};

/** The Website parameter as Pinterest wants it: domain and optional path, no scheme. */
export function websiteOf(context: IExecuteSingleFunctions): string {
	const raw = String(context.getNodeParameter('website', '') ?? '').trim();
	const website = raw.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
	if (website === '') {
		fail(context, 'Website is empty', 'Set Website to a domain like shop.example.com.');
	}
	const host = website.split('/')[0];
	if (/\s/.test(website) || website.includes('://') || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host)) {
		fail(
			context,
			'Website is not a domain',
			`"${raw.slice(0, 120)}" is not a website Pinterest can verify. Give the domain, with a path if needed: shop.example.com or example.com/store.`,
		);
	}
	return website;
}

/** preSend: the website in the body (verify). */
export const websiteInBody: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const website = websiteOf(this);
	const method = checkChoice(
		this,
		this.getNodeParameter('verificationMethod', 'METATAG'),
		'Verification Method',
		['DNSTXT', 'FILENAME', 'METATAG'],
		'METATAG',
	);
	requestOptions.body = { website, verification_method: method ?? 'METATAG' };
	return requestOptions;
};

/** preSend: the website in the query (unverify). */
export const websiteInQuery: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	requestOptions.qs = { ...(requestOptions.qs ?? {}), website: websiteOf(this) };
	return requestOptions;
};
