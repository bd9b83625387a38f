import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { resolveAdsId } from '../hooks/adsResolve';
import { locatorOf } from '../hooks/resolve';
import { fetchPages } from '../transport/pagination';
import { matches } from './page';

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

function nameOf(object: IDataObject, kind: string): string {
	const name =
		typeof object.name === 'string' && object.name !== ''
			? object.name
			: `${kind} ${String(object.id)}`;
	const status = typeof object.status === 'string' ? ` (${object.status.toLowerCase()})` : '';
	return `${name}${status}`;
}

async function listPage(
	context: ILoadOptionsFunctions,
	url: string,
	qs: IDataObject,
	kind: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { items, bookmark } = await fetchPages.call(
		context,
		{ method: 'GET', url, qs },
		{ bookmark: paginationToken, maxPages: 1 },
	);
	const results: INodeListSearchItems[] = items
		.filter((object) => matches(object, filter))
		.map((object) => ({ name: nameOf(object, kind), value: String(object.id) }));
	return { results, paginationToken: bookmark };
}

/** An ID chosen in another locator of the node, when it is set and valid; else undefined. */
function optionalId(
	context: ILoadOptionsFunctions,
	parameter: string,
	key: string,
): string | undefined {
	const value = locatorOf(context, parameter).value;
	if (value === undefined || value === null || value === '') return undefined;
	try {
		return resolveAdsId(context, key);
	} catch {
		return undefined;
	}
}

// All statuses but deleted drafts, so a paused or archived object can still be picked.
const PICKABLE_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT'];

export const searchAdAccounts: ListSearchMethod = async function (filter, paginationToken) {
	return await listPage(this, '/ad_accounts', {}, 'Ad account', filter, paginationToken);
};

export const searchCampaigns: ListSearchMethod = async function (filter, paginationToken) {
	const adAccountId = resolveAdsId(this, 'adAccountId');
	return await listPage(
		this,
		`/ad_accounts/${adAccountId}/campaigns`,
		{ entity_statuses: PICKABLE_STATUSES },
		'Campaign',
		filter,
		paginationToken,
	);
};

export const searchAdGroups: ListSearchMethod = async function (filter, paginationToken) {
	const adAccountId = resolveAdsId(this, 'adAccountId');
	const qs: IDataObject = { entity_statuses: PICKABLE_STATUSES };
	const campaignId = optionalId(this, 'campaign', 'campaignId');
	if (campaignId) qs.campaign_ids = [campaignId];
	return await listPage(
		this,
		`/ad_accounts/${adAccountId}/ad_groups`,
		qs,
		'Ad group',
		filter,
		paginationToken,
	);
};

export const searchAds: ListSearchMethod = async function (filter, paginationToken) {
	const adAccountId = resolveAdsId(this, 'adAccountId');
	const qs: IDataObject = { entity_statuses: PICKABLE_STATUSES };
	const adGroupId = optionalId(this, 'adGroup', 'adGroupId');
	const campaignId = optionalId(this, 'campaign', 'campaignId');
	// ads/list takes one kind of ID filter only.
	if (adGroupId) qs.ad_group_ids = [adGroupId];
	else if (campaignId) qs.campaign_ids = [campaignId];
	return await listPage(this, `/ad_accounts/${adAccountId}/ads`, qs, 'Ad', filter, paginationToken);
};

export const searchFeeds: ListSearchMethod = async function (filter, paginationToken) {
	return await listPage(this, '/catalogs/feeds', {}, 'Feed', filter, paginationToken);
};

export const searchProductGroups: ListSearchMethod = async function (filter, paginationToken) {
	return await listPage(
		this,
		'/catalogs/product_groups',
		{},
		'Product group',
		filter,
		paginationToken,
	);
};

// Lead forms of the ad account chosen above (Pinterest's lead ads beta; DRAFT forms included).
export const searchLeadForms: ListSearchMethod = async function (filter, paginationToken) {
	const adAccountId = resolveAdsId(this, 'adAccountId');
	return await listPage(
		this,
		`/ad_accounts/${adAccountId}/lead_forms`,
		{},
		'Lead form',
		filter,
		paginationToken,
	);
};

// List searches of the advertising resources (ad accounts, campaigns, ad groups, ads, feeds,
// product groups). Each list depends on the ad account chosen above it.
export const adsListSearch: Record<string, ListSearchMethod> = {
	searchAdAccounts,
	searchCampaigns,
	searchAdGroups,
	searchAds,
	searchFeeds,
	searchProductGroups,
	searchLeadForms,
};
