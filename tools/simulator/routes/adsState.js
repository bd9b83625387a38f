'use strict';
// The records of the ads extension and the helpers that add them (ads.addCampaign, ads.seed, ...).

function createAdsState() {
	return {
		adAccounts: [],
		campaigns: [],
		adGroups: [],
		ads: [],
		// Served in realistic mode only (routes/adsTargeting.js).
		audiences: [],
		conversionTags: [],
		customerLists: [],
		keywords: [],
		reports: {},
		catalogs: [],
		feeds: [],
		productGroups: [],
		ingestions: [],
		processingRuns: [],
		// Lead ads (routes/adsLeads.js): forms, webhook subscriptions, submitted leads, deliveries.
		leadForms: [],
		leadSubscriptions: [],
		leads: [],
		deliveries: [],
		// IDs of deleted feeds and product groups (records stay: the lists page by position).
		deleted: new Set(),
		// Conversion events recorded by events/create (hashed, as received), and test requests.
		conversionEvents: [],
		conversionTestRequests: 0,
	};
}

const CREATED = 1700000000;
const CATALOG_DATE = '2024-01-01T00:00:00Z';

/**
 * The add* helpers and seed(); `id(kind)` gives the next id, `state()` the current records,
 * `realistic()` whether the simulator answers in the recorded shapes (then ad groups get times too).
 */
function createAdsSeeds(id, state, realistic = () => false) {
	function addAdAccount(spec = {}) {
		const a = {
			id: id('adAccount'),
			name: 'Ad account',
			currency: 'USD',
			country: 'US',
			owner: { username: 'demo_user' },
			permissions: ['OWNER'],
			created_time: CREATED,
			updated_time: CREATED,
			...spec,
		};
		state().adAccounts.push(a);
		return a;
	}
	function addCampaign(accountId, spec = {}) {
		const c = {
			id: id('campaign'),
			ad_account_id: accountId,
			name: 'Campaign',
			status: 'ACTIVE',
			objective_type: 'AWARENESS',
			created_time: CREATED,
			updated_time: CREATED,
			type: 'campaign',
			...spec,
		};
		state().campaigns.push(c);
		return c;
	}
	function addAdGroup(accountId, campaignId, spec = {}) {
		const g = {
			id: id('adGroup'),
			ad_account_id: accountId,
			campaign_id: campaignId,
			name: 'Ad group',
			status: 'ACTIVE',
			type: 'adgroup',
			...(realistic() ? { created_time: CREATED, updated_time: CREATED } : {}),
			...spec,
		};
		state().adGroups.push(g);
		return g;
	}
	function addAd(accountId, adGroupId, spec = {}) {
		const group = state().adGroups.find((g) => g.id === adGroupId);
		const a = {
			id: id('ad'),
			ad_account_id: accountId,
			ad_group_id: adGroupId,
			campaign_id: group && group.campaign_id,
			name: 'Ad',
			status: 'ACTIVE',
			type: 'pinpromotion',
			...spec,
		};
		state().ads.push(a);
		return a;
	}
	/** A catalog alone (what POST /catalogs makes). */
	function addCatalogRecord(spec = {}) {
		const c = {
			id: id(),
			name: 'Catalog',
			catalog_type: 'RETAIL',
			created_at: CATALOG_DATE,
			updated_at: CATALOG_DATE,
			...spec,
		};
		state().catalogs.push(c);
		return c;
	}
	/** A catalog with one feed (processed once, COMPLETED) and one product group. */
	function addCatalog(spec = {}) {
		const c = addCatalogRecord(spec);
		const feed = {
			id: id(),
			created_at: CATALOG_DATE,
			updated_at: CATALOG_DATE,
			catalog_id: c.id,
			catalog_type: 'RETAIL',
			name: `${c.name} feed`,
			format: 'CSV',
			status: 'ACTIVE',
			location: 'https://example.com/feed.csv',
			credentials: null,
			default_availability: null,
			default_country: 'US',
			default_currency: 'USD',
			default_locale: 'en-US',
			preferred_processing_schedule: null,
		};
		state().feeds.push(feed);
		const run = { id: id(), feed_id: feed.id, created_at: CATALOG_DATE, updated_at: CATALOG_DATE };
		state().processingRuns.push({ ...run, status: 'COMPLETED', reads: 0 });
		const group = {
			id: id(),
			feed_id: feed.id,
			catalog_id: c.id,
			catalog_type: 'RETAIL',
			name: 'All products',
			status: 'ACTIVE',
			type: 'MERCHANT_CREATED',
			filters: { any_of: [{ MIN_PRICE: { values: 0 } }] },
			created_at: 1704067200,
			updated_at: 1704067200,
		};
		state().productGroups.push(group);
		return { catalog: c, feed, productGroup: group };
	}
	/** One ad account with campaigns (active, paused, archived), ad groups, an ad, a catalog. */
	function seed() {
		const account = addAdAccount({ name: 'Demo shop' });
		const spring = addCampaign(account.id, { name: 'Spring sale' });
		const fall = addCampaign(account.id, { name: 'Fall sale', status: 'PAUSED' });
		addCampaign(account.id, { name: 'Old', status: 'ARCHIVED' });
		const group = addAdGroup(account.id, spring.id, { name: 'Shoes' });
		addAdGroup(account.id, fall.id, { name: 'Coats' });
		const ad = addAd(account.id, group.id, { name: 'Red shoe' });
		const catalog = addCatalog({ name: 'Shop' });
		return { account, campaigns: [spring, fall], adGroup: group, ad, ...catalog };
	}

	return { addAdAccount, addCampaign, addAdGroup, addAd, addCatalogRecord, addCatalog, seed };
}

module.exports = { createAdsState, createAdsSeeds };
