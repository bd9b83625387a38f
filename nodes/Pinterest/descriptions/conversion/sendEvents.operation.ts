import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildConversionEvent, conversionBatch, conversionResult } from '../../hooks/conversions';
import { route } from '../../routing/route';
import { adsLocator } from '../shared/locators';

export const option: INodePropertyOptions = {
	name: 'Send Events',
	value: 'sendEvents',
	action: 'Send conversion events',
	description:
		"Send conversion events to Pinterest's Conversions API, one per item, with user data hashed (SHA-256) and up to 1,000 events a request. Returns each event's status, processed or refused with Pinterest's reason (not available in Sandbox).",
	routing: route({
		method: 'POST',
		url: '/ad_accounts/{adAccountId}/events',
		preSend: [buildConversionEvent],
		postReceive: [conversionResult],
		scopes: ['ads:write'],
		batch: conversionBatch,
	}),
};

export const notice: INodeProperties = {
	displayName:
		'Needs the ads:write scope, or the conversion access token that Ads Manager generates, pasted into an Access Token credential (then pick the ad account By ID: that token cannot list ad accounts). Email, phone, names and the other user data are hashed with SHA-256 before they leave n8n.',
	name: 'conversionNotice',
	type: 'notice',
	default: '',
};

const EVENT_NAMES: Array<[string, string, string]> = [
	['Add Payment Info', 'add_payment_info', 'Payment details were added'],
	['Add to Cart', 'add_to_cart', 'A product was added to the cart'],
	['Add to Wishlist', 'add_to_wishlist', 'A product was added to a wishlist'],
	['App Install', 'app_install', 'The app was installed'],
	['Checkout', 'checkout', 'A purchase was completed'],
	['Custom', 'custom', 'An event of your own (reported as Custom)'],
	['Initiate Checkout', 'initiate_checkout', 'A checkout was started'],
	['Lead', 'lead', 'Interest in a product or service, e.g. a form sent'],
	['Page Visit', 'page_visit', 'A key page, such as a product page, was viewed'],
	['Search', 'search', 'A search on your site'],
	['Signup', 'signup', 'A sign-up for your product or service'],
	['Subscribe', 'subscribe', 'A paid subscription was started'],
	['View Category', 'view_category', 'A category page was viewed'],
	['View Content', 'view_content', 'Content was viewed'],
	['Watch Video', 'watch_video', 'A video was watched'],
];

const userDataOptions: INodeProperties[] = [
	{
		displayName: 'City',
		name: 'city',
		type: 'string',
		default: '',
		description:
			'Hashed after lower-casing and removing spaces and punctuation (e.g. "San Francisco" → sanfrancisco)',
	},
	{
		displayName: 'Click ID',
		name: 'clickId',
		type: 'string',
		default: '',
		description:
			'The _epik cookie or the epik= URL parameter of the visit; recommended on checkouts. Sent as is.',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'US',
		description: 'Two-letter ISO 3166 code; hashed after lower-casing',
	},
	{
		displayName: 'Date of Birth',
		name: 'dateOfBirth',
		type: 'string',
		default: '',
		placeholder: '1990-05-31',
		description: 'YYYY-MM-DD or YYYYMMDD; hashed as YYYYMMDD',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description:
			'Hashed after trimming and lower-casing. A list from an expression sends several. Email, Mobile Ad ID, or IP Address with User Agent: at least one is needed.',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description:
			'Your own ID of the person (customer or loyalty number); hashed after trimming, case kept',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		description: 'Hashed after trimming and lower-casing',
	},
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'string',
		default: '',
		placeholder: 'f',
		description: 'F, m or n (non-binary); female, male and non-binary are understood too. Hashed.',
	},
	{
		displayName: 'IP Address',
		name: 'clientIpAddress',
		type: 'string',
		default: '',
		placeholder: '216.3.128.12',
		description:
			"The person's IPv4 or IPv6 address; sent as is (Pinterest does not take it hashed)",
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		description: 'Hashed after trimming and lower-casing',
	},
	{
		displayName: 'Mobile Ad ID',
		name: 'mobileAdId',
		type: 'string',
		default: '',
		description: 'Google Advertising ID or Apple IDFA; hashed after lower-casing',
	},
	{
		displayName: 'Partner ID',
		name: 'partnerId',
		type: 'string',
		default: '',
		description: "A third party's ID of the visitor, e.g. a RampID; sent as is",
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: '+1 415 555 0100',
		description:
			'With country code. Hashed as digits only, without symbols, spaces or leading zeros (+1 (415) 555-0100 → 14155550100).',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
		placeholder: 'CA',
		description: 'Two-letter code; hashed after lower-casing',
	},
	{
		displayName: 'User Agent',
		name: 'clientUserAgent',
		type: 'string',
		default: '',
		description: "The browser's user agent; sent as is",
	},
	{
		displayName: 'Zip Code',
		name: 'zip',
		type: 'string',
		default: '',
		description:
			'Hashed after lower-casing and removing spaces and dashes; a US ZIP+4 keeps its first 5 digits',
	},
];

const customDataOptions: INodeProperties[] = [
	{
		displayName: 'Content Brand',
		name: 'contentBrand',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Content Category',
		name: 'contentCategory',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Content IDs',
		name: 'contentIds',
		type: 'string',
		default: '',
		placeholder: 'sku-1, sku-2',
		description:
			'Product IDs (as in your catalog), separated by commas, or a list from an expression',
	},
	{
		displayName: 'Content Name',
		name: 'contentName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Contents',
		name: 'contents',
		type: 'json',
		default: '[]',
		description:
			'The products of the event as a JSON list, one object per product with its ID, item_price, quantity, item_name, item_category and item_brand',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'USD',
		description: "ISO 4217 code; without it Pinterest uses the ad account's currency",
	},
	{
		displayName: 'Number of Items',
		name: 'numItems',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
	},
	{
		displayName: 'Opt-Out Type',
		name: 'optOutType',
		type: 'string',
		default: '',
		placeholder: 'LDP',
		description: 'Privacy-law opt-out flags, comma-separated (LDP: limited data processing)',
	},
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		description: 'Helps Pinterest count an order once',
	},
	{
		displayName: 'Search String',
		name: 'searchString',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		placeholder: '72.39',
		description: 'Total value of the event, before tax and shipping',
	},
];

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the conversions belong to'),
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'options',
		default: 'checkout',
		required: true,
		description: 'What happened. Custom events are reported as Custom.',
		options: EVENT_NAMES.map(([name, value, description]) => ({ name, value, description })),
	},
	{
		displayName: 'Action Source',
		name: 'actionSource',
		type: 'options',
		default: 'web',
		description: 'Where the conversion happened',
		options: [
			{ name: 'Android App', value: 'app_android' },
			{ name: 'iOS App', value: 'app_ios' },
			{ name: 'Offline', value: 'offline', description: 'In a shop or by phone' },
			{ name: 'Web', value: 'web' },
		],
	},
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'order-1234',
		description:
			'A unique ID of the event. Send the same ID as the Pinterest tag does for this conversion, so that Pinterest counts it once.',
	},
	{
		displayName: 'Event Time',
		name: 'eventTime',
		type: 'dateTime',
		default: '',
		description:
			'When it happened; empty is now. Not in the future; send events as they happen (late ones may count less). Unix seconds or milliseconds work too.',
	},
	{
		displayName: 'User Data',
		name: 'userData',
		type: 'collection',
		placeholder: 'Add User Data',
		default: {},
		description:
			'Who converted. Personal fields are normalised and hashed with SHA-256 as Pinterest asks; values already hashed (64 hex characters) are sent unchanged. Needs Email, Mobile Ad ID, or IP Address with User Agent.',
		options: userDataOptions,
	},
	{
		displayName: 'Custom Data',
		name: 'customData',
		type: 'collection',
		placeholder: 'Add Custom Data',
		default: {},
		options: customDataOptions,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'App ID', name: 'appId', type: 'string', default: '' },
			{ displayName: 'App Name', name: 'appName', type: 'string', default: '' },
			{ displayName: 'App Version', name: 'appVersion', type: 'string', default: '' },
			{
				displayName: 'Event Source URL',
				name: 'eventSourceUrl',
				type: 'string',
				default: '',
				placeholder: 'https://shop.example.com/checkout',
				description: 'The page where a web conversion happened',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: '',
				placeholder: 'en',
				description: "Two-letter ISO 639-1 code of the person's language",
			},
			{
				displayName: 'Opt Out',
				name: 'optOut',
				type: 'boolean',
				default: false,
				description:
					'Whether the person opted out of tracking (web, offline) or limited ad tracking on the device (apps)',
			},
			{
				displayName: 'Partner Name',
				name: 'partnerName',
				type: 'string',
				default: '',
				placeholder: 'ss-partnername',
			},
		],
	},
	{
		displayName: 'Test Mode',
		name: 'testMode',
		type: 'boolean',
		default: false,
		description:
			'Whether to send the events as a test (test=true): Pinterest checks and answers them but does not record them. Turn it off for real events.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['conversion'], operation: ['sendEvents'] } },
	properties,
);
