import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PinterestContext } from '../transport';
import { checkId } from './ids';
import { itemIndexOf, locatorOf } from './resolve';

// Advertising objects (ad accounts, campaigns, ad groups, ads) are picked From list or By ID.
// Ads Manager links are not documented by the API, so there is no By URL mode.

interface AdsObject {
	/** Parameter name of the locator (or plain ID string). */
	parameter: string;
	/** Name in texts: "Ad Account". */
	field: string;
	searchListMethod?: string;
	placeholder: string;
}

/** The path placeholders our preSend fills, and the parameters they come from. */
export const ADS_OBJECTS: Record<string, AdsObject> = {
	adAccountId: {
		parameter: 'adAccount',
		field: 'Ad Account',
		searchListMethod: 'searchAdAccounts',
		placeholder: '549755885175',
	},
	campaignId: {
		parameter: 'campaign',
		field: 'Campaign',
		searchListMethod: 'searchCampaigns',
		placeholder: '626736533506',
	},
	adGroupId: {
		parameter: 'adGroup',
		field: 'Ad Group',
		searchListMethod: 'searchAdGroups',
		placeholder: '2680060704746',
	},
	adId: {
		parameter: 'ad',
		field: 'Ad',
		searchListMethod: 'searchAds',
		placeholder: '687195134316',
	},
	feedId: {
		parameter: 'feed',
		field: 'Feed',
		searchListMethod: 'searchFeeds',
		placeholder: '2680059592705',
	},
	productGroupId: {
		parameter: 'productGroup',
		field: 'Product Group',
		searchListMethod: 'searchProductGroups',
		placeholder: '443727193917',
	},
	audienceId: { parameter: 'audienceId', field: 'Audience ID', placeholder: '549755885175' },
	conversionTagId: {
		parameter: 'conversionTagId',
		field: 'Conversion Tag ID',
		placeholder: '2612345678901',
	},
	customerListId: {
		parameter: 'customerListId',
		field: 'Customer List ID',
		placeholder: '549755885175',
	},
	leadFormId: {
		parameter: 'leadForm',
		field: 'Lead Form',
		searchListMethod: 'searchLeadForms',
		placeholder: '7765300871171',
	},
	subscriptionId: {
		parameter: 'subscriptionId',
		field: 'Subscription ID',
		placeholder: '8078432025948590686',
	},
};

/** The validated ID of one of ADS_OBJECTS. */
export function resolveAdsId(context: PinterestContext, key: keyof typeof ADS_OBJECTS): string {
	const object = ADS_OBJECTS[key];
	return checkId(
		context.getNode(),
		locatorOf(context, object.parameter).value,
		object.field,
		itemIndexOf(context),
	);
}

/**
 * A list of IDs from a parameter: an array (from an expression) or text separated by commas,
 * spaces or new lines. Each ID is checked; duplicates are dropped.
 */
export function idList(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	options: { required?: boolean; max?: number } = {},
	fallback: unknown = '',
): string[] {
	const raw = context.getNodeParameter(parameter, fallback) as unknown;
	const values = Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/);
	const ids: string[] = [];
	for (const value of values) {
		if (value === '' || value === null || value === undefined) continue;
		const id = checkId(context.getNode(), value, field, context.getItemIndex());
		if (!ids.includes(id)) ids.push(id);
	}
	if (options.required && ids.length === 0) {
		checkId(context.getNode(), '', field, context.getItemIndex());
	}
	if (options.max !== undefined && ids.length > options.max) {
		throw new NodeOperationError(context.getNode(), `${field} has ${ids.length} IDs`, {
			itemIndex: context.getItemIndex(),
			description: `Pinterest accepts at most ${options.max} IDs here. Split the list over several items.`,
		});
	}
	return ids;
}
