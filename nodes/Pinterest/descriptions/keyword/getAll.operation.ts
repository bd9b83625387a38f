import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator, returnAllOrLimit } from '../shared/locators';
import { checkId } from '../../hooks/ids';

/** campaign_id / ad_group_id filters: single IDs, checked before the request. */
async function sendParentFilters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	for (const [parameter, query, field] of [
		['campaignId', 'campaign_id', 'Campaign ID'],
		['adGroupId', 'ad_group_id', 'Ad Group ID'],
	]) {
		const value = filters[parameter];
		if (value === undefined || value === '') continue;
		qs[query] = checkId(this.getNode(), value, field, this.getItemIndex());
	}
	requestOptions.qs = qs;
	return requestOptions;
}

export const preSend = [sendParentFilters];

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account whose keywords to list'),
	{
		displayName:
			'Without a campaign or ad group filter, Pinterest lists only keywords set on the ad account itself; keywords made in Ads Manager belong to ad groups',
		name: 'keywordNotice',
		type: 'notice',
		default: '',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Ad Group ID',
				name: 'adGroupId',
				type: 'string',
				default: '',
				placeholder: '2680060704746',
				description: 'Only keywords of this ad group',
			},
			{
				displayName: 'Campaign ID',
				name: 'campaignId',
				type: 'string',
				default: '',
				placeholder: '626736533506',
				description: 'Only keywords of this campaign',
			},
			{
				displayName: 'Match Types',
				name: 'matchTypes',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Broad', value: 'BROAD' },
					{ name: 'Exact', value: 'EXACT' },
					{ name: 'Exact Negative', value: 'EXACT_NEGATIVE' },
					{ name: 'Phrase', value: 'PHRASE' },
					{ name: 'Phrase Negative', value: 'PHRASE_NEGATIVE' },
				],
				routing: { send: { type: 'query', property: 'match_types' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['keyword'], operation: ['getAll'] } },
	properties,
);
