import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { registerInputFields } from '../hooks/inputTypes';

import { accountFields, accountOperations } from './account';
import { adAccountFields, adAccountOperations } from './adAccount';
import { campaignFields, campaignOperations } from './campaign';
import { adGroupFields, adGroupOperations } from './adGroup';
import { adFields, adOperations } from './ad';
import { reportFields, reportOperations } from './report';
import { catalogFields, catalogOperations } from './catalog';
import { feedFields, feedOperations } from './feed';
import { productGroupFields, productGroupOperations } from './productGroup';
import { audienceFields, audienceOperations } from './audience';
import { keywordFields, keywordOperations } from './keyword';
import { conversionFields, conversionOperations } from './conversion';
import { conversionTagFields, conversionTagOperations } from './conversionTag';
import { customerListFields, customerListOperations } from './customerList';
import { leadFormFields, leadFormOperations } from './leadForm';
import { leadSubscriptionFields, leadSubscriptionOperations } from './leadSubscription';
import { boardFields, boardOperations } from './board';
import { boardSectionFields, boardSectionOperations } from './boardSection';
import { followFields, followOperations } from './follow';
import { mediaFields, mediaOperations } from './media';
import { pinFields, pinOperations } from './pin';
import { searchFields, searchOperations } from './search';
import { trendFields, trendOperations } from './trend';

interface ResourceDescription {
	option: INodePropertyOptions;
	operations: INodeProperties[];
	fields: INodeProperties[];
}

// The node's resources; the Resource menu lists them alphabetically, as n8n's own nodes do.
// Advertising resources need the ads/catalogs scopes (an option of the OAuth2 credential).
const resources: ResourceDescription[] = [
	{
		option: { name: 'Account', value: 'account' },
		operations: accountOperations,
		fields: accountFields,
	},
	{ option: { name: 'Board', value: 'board' }, operations: boardOperations, fields: boardFields },
	{
		option: { name: 'Board Section', value: 'boardSection' },
		operations: boardSectionOperations,
		fields: boardSectionFields,
	},
	{
		option: { name: 'Follow', value: 'follow' },
		operations: followOperations,
		fields: followFields,
	},
	{ option: { name: 'Media', value: 'media' }, operations: mediaOperations, fields: mediaFields },
	{ option: { name: 'Pin', value: 'pin' }, operations: pinOperations, fields: pinFields },
	{
		option: { name: 'Search', value: 'search' },
		operations: searchOperations,
		fields: searchFields,
	},
	{ option: { name: 'Trend', value: 'trend' }, operations: trendOperations, fields: trendFields },
	{
		option: { name: 'Ad Account', value: 'adAccount' },
		operations: adAccountOperations,
		fields: adAccountFields,
	},
	{
		option: { name: 'Campaign', value: 'campaign' },
		operations: campaignOperations,
		fields: campaignFields,
	},
	{
		option: { name: 'Ad Group', value: 'adGroup' },
		operations: adGroupOperations,
		fields: adGroupFields,
	},
	{ option: { name: 'Ad', value: 'ad' }, operations: adOperations, fields: adFields },
	{
		option: { name: 'Report', value: 'report' },
		operations: reportOperations,
		fields: reportFields,
	},
	{
		option: { name: 'Catalog', value: 'catalog' },
		operations: catalogOperations,
		fields: catalogFields,
	},
	{ option: { name: 'Feed', value: 'feed' }, operations: feedOperations, fields: feedFields },
	{
		option: { name: 'Product Group', value: 'productGroup' },
		operations: productGroupOperations,
		fields: productGroupFields,
	},
	{
		option: { name: 'Audience', value: 'audience' },
		operations: audienceOperations,
		fields: audienceFields,
	},
	{
		option: { name: 'Keyword', value: 'keyword' },
		operations: keywordOperations,
		fields: keywordFields,
	},
	{
		option: { name: 'Conversion', value: 'conversion' },
		operations: conversionOperations,
		fields: conversionFields,
	},
	{
		option: { name: 'Conversion Tag', value: 'conversionTag' },
		operations: conversionTagOperations,
		fields: conversionTagFields,
	},
	{
		option: { name: 'Customer List', value: 'customerList' },
		operations: customerListOperations,
		fields: customerListFields,
	},
	{
		option: { name: 'Lead Form', value: 'leadForm' },
		operations: leadFormOperations,
		fields: leadFormFields,
	},
	{
		option: { name: 'Lead Subscription', value: 'leadSubscription' },
		operations: leadSubscriptionOperations,
		fields: leadSubscriptionFields,
	},
]
	.filter((resource) => resource.operations.length > 0)
	.sort((a, b) => a.option.name.localeCompare(b.option.name));

export const resourceOptions: INodePropertyOptions[] = resources.map((resource) => resource.option);

export const resourceProperties: INodeProperties[] = resources.flatMap((resource) => [
	...resource.operations,
	...resource.fields,
]);

// Every text field of these is type-checked before an item's requests (hooks/inputTypes.ts).
registerInputFields(resourceProperties);
