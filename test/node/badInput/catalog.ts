/** Bad-input catalogue rows: Catalog → Create, Feed, Product Group, Account websites. */
import type { IDataObject } from 'n8n-workflow';

import type { Ids, Row } from './row';
import { fromItem, id } from './row';

// Feed names are unique at Pinterest: every good location is new, and the name adds the item.
let feedCount = 0;
const newLocation = () => `https://shop.example.com/feed-${++feedCount}.csv`;

const createFeed = (extra: IDataObject): IDataObject => ({
	resource: 'feed',
	operation: 'create',
	name: '={{ "Feed " + $itemIndex + " " + $json.v }}',
	format: 'CSV',
	location: '={{ $json.v }}',
	defaultCountry: 'US',
	defaultLocale: 'en-US',
	...extra,
});

/** A feed create whose location is fixed per run, so that another field can vary. */
const createFeedWith = (extra: IDataObject): IDataObject =>
	createFeed({
		location: newLocation(),
		name: '={{ "Feed " + $itemIndex + " " + $now }}',
		...extra,
	});

const updateFeed = (ids: Ids, updateFields: IDataObject): IDataObject => ({
	resource: 'feed',
	operation: 'update',
	feed: id(ids.feed),
	updateFields,
});

const replaceFilters = (ids: Ids, extra: IDataObject): IDataObject => ({
	resource: 'productGroup',
	operation: 'update',
	productGroup: id(ids.productGroup),
	replaceFilters: true,
	...extra,
});

const condition = (field: string) => ({
	filterConditions: { conditions: [{ field, values: '={{ $json.v }}' }] },
});

export const catalogRows: Row[] = [
	{
		name: 'catalog create with an empty name',
		params: () => ({ resource: 'catalog', operation: 'create', name: '={{ $json.v }}' }),
		good: () => 'Spring shop',
		bad: '',
		error: /^Name is empty$/,
		request: ['POST', '/v5/catalogs'],
	},
	{
		name: 'feed location with a file scheme',
		params: () => createFeed({}),
		good: newLocation,
		bad: 'file:///tmp/products.csv',
		error: /^Location is not an http, https, ftp or sftp URL$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed location that is not a URL',
		params: () => createFeed({}),
		good: newLocation,
		bad: 'products.csv',
		error: /^Location is not an http, https, ftp or sftp URL$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed location with a user name and password in it',
		params: () => createFeed({}),
		good: newLocation,
		bad: 'ftp://shop:pw@files.example.com/products.csv',
		error: /^Location contains a user name or password$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed default currency Pinterest does not list',
		params: () => createFeedWith({ additionalFields: { defaultCurrency: '={{ $json.v }}' } }),
		good: () => 'USD',
		bad: 'XYZ',
		error: /^Default Currency "XYZ" is not a value Pinterest accepts$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed default locale Pinterest does not list',
		params: () => createFeedWith({ defaultLocale: '={{ $json.v }}' }),
		good: () => 'en-GB',
		bad: 'en-ZZ',
		error: /^Default Locale "en-ZZ" is not a value Pinterest accepts$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed default country that is not a two-letter code',
		params: () => createFeedWith({ defaultCountry: '={{ $json.v }}' }),
		good: () => 'FR',
		bad: 'USA',
		error: /^Default Country "USA" is not a value Pinterest accepts$/,
		request: ['POST', '/v5/catalogs/feeds'],
	},
	{
		name: 'feed update: processing time 24:00',
		params: (i) =>
			updateFeed(i, { processingTime: '={{ $json.v }}', processingTimezone: 'Etc/UTC' }),
		good: () => '23:59',
		bad: '24:00',
		error: /^Processing Time is not a time like 02:30$/,
		request: ['PATCH', (i) => `/v5/catalogs/feeds/${i.feed}`],
	},
	{
		name: 'feed update: time zone Pinterest does not list',
		params: (i) => updateFeed(i, { processingTime: '06:00', processingTimezone: '={{ $json.v }}' }),
		good: () => 'America/New_York',
		bad: 'Mars/Olympus',
		error: /^Processing Time Zone "Mars\/Olympus" is not a value Pinterest accepts$/,
		request: ['PATCH', (i) => `/v5/catalogs/feeds/${i.feed}`],
	},
	{
		name: 'feed update: processing time without a time zone',
		params: (i) => updateFeed(i, { processingTime: '05:45', processingTimezone: '={{ $json.v }}' }),
		good: () => 'Asia/Tokyo',
		bad: '',
		error: /^Processing Time Zone is empty$/,
		request: ['PATCH', (i) => `/v5/catalogs/feeds/${i.feed}`],
	},
	{
		name: 'feed ID with letters',
		params: () => ({ resource: 'feed', operation: 'get', feed: fromItem }),
		good: (i) => i.feed,
		bad: 'feed-1',
		error: /^Feed must contain digits only$/,
		request: ['GET', '/v5/catalogs/feeds/'],
	},
	{
		name: 'product group ID with letters',
		params: () => ({ resource: 'productGroup', operation: 'get', productGroup: fromItem }),
		good: (i) => i.productGroup,
		bad: 'pg-1',
		error: /^Product Group must contain digits only$/,
		request: ['GET', '/v5/catalogs/product_groups/'],
	},
	{
		name: 'product group filters (JSON) that do not parse',
		params: (i) => replaceFilters(i, { filtersJson: '={{ $json.v }}' }),
		good: () => '[{"BRAND": {"values": ["acme"]}}]',
		bad: '[{"BRAND": ',
		error: /^More Filters \(JSON\) is not valid JSON$/,
		request: ['PATCH', (i) => `/v5/catalogs/product_groups/${i.productGroup}`],
	},
	{
		name: 'product group filter with an unknown key',
		params: (i) => replaceFilters(i, { filtersJson: '={{ $json.v }}' }),
		good: () => '[{"ITEM_ID": {"values": ["sku-1"]}}]',
		bad: '[{"COLOUR": {"values": ["red"]}}]',
		error: /^More Filters \(JSON\): filter 1 has the unknown filter key "COLOUR"$/,
		request: ['PATCH', (i) => `/v5/catalogs/product_groups/${i.productGroup}`],
	},
	{
		name: 'product group min price that is not a number',
		params: (i) => replaceFilters(i, condition('MIN_PRICE')),
		good: () => '10',
		bad: 'ten',
		error: /^Condition 1 \(MIN_PRICE\): "ten" is not a price$/,
		request: ['PATCH', (i) => `/v5/catalogs/product_groups/${i.productGroup}`],
	},
	{
		name: 'product group currency Pinterest does not list',
		params: (i) => replaceFilters(i, condition('CURRENCY')),
		good: () => 'EUR',
		bad: 'EURO',
		error: /^Condition 1 \(CURRENCY\) Values "EURO" is not a value Pinterest accepts$/,
		request: ['PATCH', (i) => `/v5/catalogs/product_groups/${i.productGroup}`],
	},
	{
		name: 'verify website that is not a domain',
		params: () => ({ resource: 'account', operation: 'verifyWebsite', website: '={{ $json.v }}' }),
		good: () => 'shop.example.com',
		bad: 'my shop',
		error: /^Website is not a domain$/,
		request: ['POST', '/v5/user_account/websites'],
	},
	{
		name: 'verify website with an ftp address',
		params: () => ({ resource: 'account', operation: 'verifyWebsite', website: '={{ $json.v }}' }),
		good: () => 'https://shop.example.com/',
		bad: 'ftp://shop.example.com',
		error: /^Website is not a domain$/,
		request: ['POST', '/v5/user_account/websites'],
	},
];
