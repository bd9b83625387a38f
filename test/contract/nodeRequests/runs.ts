/**
 * Runs of the node request contract test (../nodeRequests.test.ts, not a test file) for the trends
 * and the report operations.
 */
import type { IBinaryKeyData, IDataObject } from 'n8n-workflow';

/**
 * Node parameters, then the input item's binary data (or the JSON of several input items) and
 * the node's typeVersion (default 1).
 */
export type ContractRun = [
	IDataObject,
	{ binary?: IBinaryKeyData; inputs?: IDataObject[]; typeVersion?: number }?,
];

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** The trends operations, with every filter and option, and with none. */
export function trendRuns(): ContractRun[] {
	return [
		[
			{
				resource: 'trend',
				operation: 'getTrendingKeywords',
				region: 'IT+ES+PT+GR+MT',
				trendType: 'seasonal',
				limit: 20,
				filters: {
					interests: ['home_decor', 'food_and_drinks'],
					genders: ['female', 'unknown'],
					ages: ['18-24', '65+'],
					includeKeywords: 'kitchen, easy recipes',
				},
				options: {
					normalizeAgainstGroup: true,
					includePredictions: true,
					includeDemographics: true,
				},
			},
		],
		[{ resource: 'trend', operation: 'getTrendingKeywords', region: 'US', trendType: 'growing' }],
		[
			{
				resource: 'trend',
				operation: 'getFeaturedTopics',
				topicRegion: 'GB+IE',
				filters: { interest: 'DIY_AND_CRAFTS' },
			},
		],
		[{ resource: 'trend', operation: 'getFeaturedTopics', topicRegion: 'CA' }],
		[
			{
				resource: 'trend',
				operation: 'getTrendingProductCategories',
				categoryRegion: 'GB+IE',
				filters: {
					verticals: ['FASHION', 'HOME_DECOR'],
					ages: ['18-24', '65+'],
					genders: ['FEMALE', 'UNSPECIFIED'],
				},
				options: { engagementType: 'OUTBOUND_CLICK' },
			},
		],
		[{ resource: 'trend', operation: 'getTrendingProductCategories', categoryRegion: 'US' }],
		[
			{
				resource: 'trend',
				operation: 'getProductCategoryDetails',
				productCategories: ['AREA_RUGS', 'CANDLES', 'GLASSES_AND_SUNGLASSES'],
				categoryRegion: 'CA',
				options: { lookbackWindow: 730, engagementType: 'SAVE' },
			},
		],
		[
			{
				resource: 'trend',
				operation: 'getProductCategoryDetails',
				productCategories: ['SOFAS'],
				categoryRegion: 'US',
			},
		],
	];
}

/** Keyword ideas: related terms (one and several) and suggested terms (default and maximum limit). */
export function termRuns(): ContractRun[] {
	return [
		[{ resource: 'keyword', operation: 'getRelatedTerms', terms: 'workout, clothes' }],
		[{ resource: 'keyword', operation: 'getRelatedTerms', terms: 'yoga' }],
		[{ resource: 'keyword', operation: 'getSuggestedTerms', term: 'sport' }],
		[{ resource: 'keyword', operation: 'getSuggestedTerms', term: 'cake', termLimit: 10 }],
	];
}

/** Report → Create in version 1.1: columns from the multi-select, and its default. */
export function reportRuns(adAccountId: string): ContractRun[] {
	return [
		[
			{
				resource: 'report',
				operation: 'create',
				adAccount: rl(adAccountId),
				level: 'AD_GROUP',
				dateRange: 'last7Days',
				granularity: 'DAY',
				columns: ['AD_GROUP_ID', 'SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH', 'CTR_2'],
				output: 'token',
			},
			{ typeVersion: 1.1 },
		],
		[
			{
				resource: 'report',
				operation: 'create',
				adAccount: rl(adAccountId),
				level: 'CAMPAIGN',
				dateRange: 'last7Days',
				granularity: 'DAY',
				output: 'token',
			},
			{ typeVersion: 1.1 },
		],
	];
}

/** Lead forms and lead subscriptions, both node versions; the subscription is deleted last. */
export function leadRuns(
	adAccountId: string,
	leadFormId: string,
	subscriptionId: string,
): ContractRun[] {
	const adAccount = rl(adAccountId);
	return [
		[{ resource: 'leadForm', operation: 'getAll', adAccount, returnAll: true }],
		[{ resource: 'leadForm', operation: 'getAll', adAccount, limit: 1 }, { typeVersion: 1.1 }],
		[{ resource: 'leadForm', operation: 'get', adAccount, leadForm: rl(leadFormId) }],
		[
			{
				resource: 'leadForm',
				operation: 'createTestLead',
				adAccount,
				leadForm: rl(leadFormId),
				answers: {
					answer: [{ value: 'Ann' }, { value: 'ann@example.com' }, { value: 'Under $100' }],
				},
			},
		],
		[{ resource: 'leadSubscription', operation: 'getAll', adAccount, limit: 5 }],
		[
			{ resource: 'leadSubscription', operation: 'get', adAccount, subscriptionId },
			{ typeVersion: 1.1 },
		],
		[{ resource: 'leadSubscription', operation: 'delete', adAccount, subscriptionId }],
	];
}
