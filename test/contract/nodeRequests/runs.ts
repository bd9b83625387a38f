/**
 * Runs of the node request contract test (../nodeRequests.test.ts, not a test file), also run by
 * the output schema test (test/schemas/outputSchemas.test.ts) in both node versions.
 */
import type { IBinaryKeyData, IDataObject } from 'n8n-workflow';

import type { Simulator } from '../../../tools/simulator';
import type { AdsSeed, AdsSimulator } from '../../../tools/simulator/routes/ads';

/**
 * Node parameters, then the input item's binary data (or the JSON of several input items), the
 * node's typeVersion (default 1) and the last node version that has the operation (the output
 * schema test runs every version up to it; default: all).
 */
export type ContractRun = [
	IDataObject,
	{
		binary?: IBinaryKeyData;
		inputs?: IDataObject[];
		typeVersion?: number;
		lastVersion?: number;
	}?,
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

/** What the runs work on: simulator records made before they start. */
export interface ContractFixtures {
	sim: Simulator;
	board: { id: string };
	other: { id: string };
	section: { id: string };
	pin: { id: string };
	other2: { id: string };
	seeded: AdsSeed;
	binary: IBinaryKeyData;
	/** A lead form of seeded.account and a lead subscription of it (deleted by the runs). */
	leads: { form: string; subscription: string };
}

/** A broad set of operations across every organic and advertising resource, deletes last. */
export function contractRuns(f: ContractFixtures): ContractRun[] {
	const { sim, board, other, section, pin, other2, seeded, binary, leads } = f;
	return [
		// The run's pins go together: GET /pins/analytics with pin_ids.
		[
			{
				resource: 'pin',
				operation: 'getAnalytics',
				pin: rl('={{ $json.pin }}'),
				dateRange: 'last7Days',
				metricTypes: ['IMPRESSION'],
			},
			{ inputs: [{ pin: pin.id }, { pin: other2.id }] },
		],
		// Skip If Already Pinned reads the board's pins; By Name reads the account's boards.
		[
			{
				resource: 'pin',
				operation: 'create',
				board: { __rl: true, mode: 'name', value: 'contract board' },
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/contract.jpg',
				title: 'skip check',
				additionalFields: { link: 'https://example.com/contract?utm_source=x' },
				options: { skipIfAlreadyPinned: true },
			},
		],
		// A video streamed from a URL (the simulator's video host) into the upload.
		[
			{
				resource: 'media',
				operation: 'upload',
				source: 'url',
				videoUrl: `${sim.origin}/__video/4096.mp4`,
				options: { waitForProcessing: false },
			},
		],
		[{ resource: 'account', operation: 'get' }],
		[
			{
				resource: 'account',
				operation: 'getAnalytics',
				dateRange: 'last30Days',
				metricTypes: ['IMPRESSION', 'SAVE'],
				splitField: 'APP_TYPE',
			},
		],
		[
			{
				resource: 'account',
				operation: 'getTopPins',
				dateRange: 'last7Days',
				sortBy: 'IMPRESSION',
				numOfPins: 5,
				filters: { createdInLast30Days: true },
			},
		],
		[
			{
				resource: 'account',
				operation: 'getTopVideoPins',
				dateRange: 'last7Days',
				sortBy: 'VIDEO_START',
			},
		],
		[
			{
				resource: 'board',
				operation: 'create',
				name: 'New board',
				additionalFields: { description: 'd', privacy: 'SECRET' },
			},
		],
		[{ resource: 'board', operation: 'get', board: rl(board.id) }],
		[
			{
				resource: 'board',
				operation: 'getAll',
				returnAll: true,
				filters: { privacy: 'PUBLIC_AND_SECRET' },
			},
		],
		[
			{
				resource: 'board',
				operation: 'update',
				board: rl(other.id),
				updateFields: { name: 'Renamed', privacy: 'PUBLIC' },
			},
		],
		[
			{
				resource: 'board',
				operation: 'getPins',
				board: rl(board.id),
				returnAll: false,
				limit: 3,
			},
		],
		[
			{
				resource: 'boardSection',
				operation: 'create',
				board: rl(board.id),
				name: 'Another section',
			},
		],
		[{ resource: 'boardSection', operation: 'getAll', board: rl(board.id), returnAll: true }],
		[
			{
				resource: 'boardSection',
				operation: 'update',
				board: rl(board.id),
				section: rl(section.id),
				name: 'Renamed section',
			},
		],
		[
			{
				resource: 'boardSection',
				operation: 'getPins',
				board: rl(board.id),
				section: rl(section.id),
				returnAll: true,
			},
		],
		[
			{
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				section: rl(section.id),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: 'T',
				additionalFields: {
					description: 'D',
					link: 'https://example.com/',
					altText: 'A',
					dominantColor: '#6E7874',
				},
			},
		],
		[
			{
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'imageBinary',
				binaryPropertyName: 'data',
				title: 'From a file',
			},
			{ binary },
		],
		[
			{
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'carousel',
				title: 'Carousel',
				carouselImages: {
					images: [
						{ source: 'url', url: 'https://example.com/1.jpg', title: 'one' },
						{ source: 'url', url: 'https://example.com/2.jpg' },
					],
				},
			},
		],
		[{ resource: 'pin', operation: 'get', pin: rl(pin.id), pinMetrics: true }],
		[
			{
				resource: 'pin',
				operation: 'getAll',
				returnAll: false,
				limit: 10,
				filters: {
					creativeTypes: ['REGULAR', 'VIDEO'],
					pinFilter: 'exclude_repins',
					includeProtectedPins: true,
				},
			},
		],
		[
			{
				resource: 'pin',
				operation: 'update',
				pin: rl(pin.id),
				updateFields: { title: 'Updated', altText: 'alt' },
			},
		],
		[{ resource: 'pin', operation: 'save', pin: rl(pin.id), board: rl(other.id) }],
		[
			{
				resource: 'pin',
				operation: 'getAnalytics',
				pin: rl(pin.id),
				dateRange: 'last14Days',
				metricTypes: ['IMPRESSION', 'SAVE'],
			},
		],
		[{ resource: 'media', operation: 'getAll', returnAll: true }],
		[{ resource: 'follow', operation: 'getFollowers', returnAll: true }],
		[
			{
				resource: 'follow',
				operation: 'getFollowingUsers',
				returnAll: false,
				limit: 5,
				filters: { feed_type: 'ALL', explicit_following: true },
			},
		],
		[{ resource: 'follow', operation: 'getFollowingBoards', returnAll: false, limit: 5 }],
		// deprecated by Pinterest: not in node version 1.2
		[
			{ resource: 'follow', operation: 'getFollowedInterests', username: '', returnAll: true },
			{ lastVersion: 1.1 },
		],
		[{ resource: 'follow', operation: 'followUser', username: 'someone_nice' }],
		[{ resource: 'search', operation: 'searchPins', query: 'recipe', returnAll: true }],
		[{ resource: 'search', operation: 'searchBoards', query: 'contract', returnAll: true }],
		[
			{
				resource: 'search',
				operation: 'searchPartnerPins',
				term: 'cake',
				countryCode: 'US',
				returnAll: false,
				limit: 60,
			},
		],
		...trendRuns(),
		...termRuns(),
		[{ resource: 'adAccount', operation: 'getAll', returnAll: true }],
		[{ resource: 'adAccount', operation: 'get', adAccount: rl(seeded.account.id) }],
		// Two events in one request; one with a value and no currency gets Pinterest's warning.
		[
			{
				resource: 'conversion',
				operation: 'sendEvents',
				adAccount: rl(seeded.account.id),
				eventName: 'checkout',
				actionSource: 'web',
				eventId: '={{ "run-" + $itemIndex }}',
				userData: { email: 'ann@example.com', country: 'GB' },
				customData: { value: '={{ $itemIndex === 0 ? "12.50" : "" }}' },
			},
			{ inputs: [{}, {}] },
		],
		[
			{
				resource: 'campaign',
				operation: 'getAll',
				adAccount: rl(seeded.account.id),
				returnAll: true,
			},
		],
		[
			{
				resource: 'campaign',
				operation: 'updateStatus',
				adAccount: rl(seeded.account.id),
				campaign: rl(seeded.campaigns[0].id),
				status: 'PAUSED',
			},
		],
		[
			{
				resource: 'adGroup',
				operation: 'getAll',
				adAccount: rl(seeded.account.id),
				returnAll: true,
			},
		],
		[{ resource: 'ad', operation: 'getAll', adAccount: rl(seeded.account.id), returnAll: true }],
		[{ resource: 'catalog', operation: 'getAll', returnAll: true }],
		[
			{
				resource: 'catalog',
				operation: 'getFeeds',
				returnAll: true,
				options: { catalogId: seeded.catalog.id },
			},
		],
		[
			{
				resource: 'catalog',
				operation: 'getProductGroups',
				returnAll: true,
				options: { catalogId: seeded.catalog.id },
			},
		],
		[{ resource: 'catalog', operation: 'ingestFeed', feed: rl(seeded.feed.id) }],
		...reportRuns(seeded.account.id),
		...leadRuns(seeded.account.id, leads.form, leads.subscription),
		[{ resource: 'pin', operation: 'delete', pin: rl(pin.id) }],
		[
			{
				resource: 'boardSection',
				operation: 'delete',
				board: rl(board.id),
				section: rl(section.id),
			},
		],
		[{ resource: 'board', operation: 'delete', board: rl(other.id) }],
	];
}

/**
 * A lead form of the ad account and a lead subscription of it, as the Lead Ads Trigger makes one
 * (installAds with deliverLeads: false, so a test lead is never posted to its webhook URL).
 */
export function seedLeads(ads: AdsSimulator, adAccountId: string) {
	const form = ads.addLeadForm(adAccountId).id;
	const subscription = `9000000000000000${ads.state.leadSubscriptions.length + 1}`;
	ads.state.leadSubscriptions.push({
		id: subscription,
		ad_account_id: adAccountId,
		lead_form_id: form,
		webhook_url: 'https://hooks.example.com/contract',
		key: `${'A'.repeat(43)}=`, // 32 zero bytes: a test key
		deleted: false,
	});
	return { form, subscription };
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
		[{ resource: 'leadSubscription', operation: 'get', adAccount, subscriptionId }],
		[{ resource: 'leadSubscription', operation: 'delete', adAccount, subscriptionId }],
	];
}
