'use strict';
/*
 * Audiences, conversion tags, customer lists and keywords of the ads extension, read only (the
 * node lists and gets them). Realistic mode only: routes/ads.js adds these routes when
 * `sim.realistic`, in the shapes recorded from the live API (REAL-API.md, "Ads"):
 *
 *   audiences        13-digit ids, 13 keys from get, 14 in lists (`is_ctv_enabled`), `type: "audience"`
 *   conversion tags  13-digit ids, 7 keys with `configs` (8 flags), a list without `bookmark`
 *   customer lists   7-digit ids, 11 keys from get, 12 in lists (`is_nca`), `type: "customerlist"`
 *   keywords         13-digit ids, 8 keys; filtered by ad_group_id, campaign_id or (without) the account
 *
 * Records come from ads.addAudience / addConversionTag / addCustomerList / addKeyword; times are
 * Unix seconds.
 */

const CREATED = 1700000000;
const MATCH_TYPES = ['BROAD', 'PHRASE', 'EXACT', 'EXACT_NEGATIVE', 'PHRASE_NEGATIVE'];

const orDefault = (value, def) => (value === undefined ? def : value);

function audienceView(a, list) {
	const view = {
		type: 'audience',
		id: a.id,
		name: a.name,
		ad_account_id: a.ad_account_id,
		audience_type: a.audience_type,
		description: orDefault(a.description, null),
		status: orDefault(a.status, 'READY'),
		size: orDefault(a.size, 0),
		updated_timestamp: orDefault(a.updated_timestamp, a.created_timestamp),
		created_timestamp: a.created_timestamp,
		rule: orDefault(a.rule, {}),
		created_by_company_name: orDefault(a.created_by_company_name, null),
		is_nca: orDefault(a.is_nca, false),
	};
	if (list) view.is_ctv_enabled = orDefault(a.is_ctv_enabled, false);
	return view;
}

function conversionTagView(t) {
	return {
		ad_account_id: t.ad_account_id,
		code_snippet: t.code_snippet,
		id: t.id,
		name: t.name,
		status: orDefault(t.status, 'ACTIVE'),
		version: orDefault(t.version, '3'),
		configs: {
			aem_enabled: false,
			md_frequency: 1,
			aem_fnln_enabled: false,
			aem_ph_enabled: false,
			aem_ge_enabled: false,
			aem_db_enabled: false,
			aem_loc_enabled: false,
			aem_external_id_enabled: false,
			...(t.configs || {}),
		},
	};
}

function customerListView(c, list) {
	const view = {
		ad_account_id: c.ad_account_id,
		created_time: c.created_time,
		id: c.id,
		name: c.name,
		num_batches: orDefault(c.num_batches, 1),
		num_removed_user_records: orDefault(c.num_removed_user_records, 0),
		num_uploaded_user_records: orDefault(c.num_uploaded_user_records, 0),
		type: 'customerlist',
		updated_time: orDefault(c.updated_time, c.created_time),
		exceptions: orDefault(c.exceptions, {}),
	};
	if (list) view.is_nca = orDefault(c.is_nca, false);
	view.status = orDefault(c.status, 'READY');
	return view;
}

function keywordView(k) {
	return {
		archived: orDefault(k.archived, false),
		id: k.id,
		parent_id: k.parent_id,
		parent_type: k.parent_type,
		type: 'KEYWORD',
		bid: orDefault(k.bid, null),
		match_type: k.match_type,
		value: k.value,
	};
}

/** The add* helpers (every mode keeps the records; only realistic mode serves them). */
function createTargetingSeeds(id, state) {
	function addAudience(accountId, spec = {}) {
		const a = {
			id: id('audience'),
			ad_account_id: accountId,
			name: 'Audience',
			audience_type: 'VISITOR',
			created_timestamp: CREATED,
			...spec,
		};
		state().audiences.push(a);
		return audienceView(a, false);
	}
	function addConversionTag(accountId, spec = {}) {
		const tagId = id('conversionTag');
		const t = {
			id: tagId,
			ad_account_id: accountId,
			name: 'Conversion tag',
			code_snippet: `<script type="text/javascript">/* Pinterest tag ${tagId} (simulator) */</script>\n`,
			...spec,
		};
		state().conversionTags.push(t);
		return conversionTagView(t);
	}
	function addCustomerList(accountId, spec = {}) {
		const c = {
			id: id('customerList'),
			ad_account_id: accountId,
			name: 'Customer list',
			created_time: CREATED,
			...spec,
		};
		state().customerLists.push(c);
		return customerListView(c, false);
	}
	/** A keyword of an ad group (parent_type AD_GROUP), or of `spec.parent_id`/`parent_type`. */
	function addKeyword(accountId, adGroupId, spec = {}) {
		const k = {
			id: id('keyword'),
			ad_account_id: accountId,
			parent_id: adGroupId,
			parent_type: 'AD_GROUP',
			match_type: 'BROAD',
			value: 'keyword',
			...spec,
		};
		state().keywords.push(k);
		return keywordView(k);
	}
	return { addAudience, addConversionTag, addCustomerList, addKeyword };
}

/** Routes [method, regex, handler, scopes]; `page` is ads.js's paginator. */
function createTargetingRoutes({ state, account, bad, fail, at, read, page }) {
	const one = (query, name) => (Array.isArray(query[name]) ? query[name][0] : query[name]);
	function ofAccount(collection, accountId) {
		account(accountId);
		return state()[collection].filter((x) => x.ad_account_id === accountId);
	}
	function getOne(collection, accountId, entityId, label) {
		const found = ofAccount(collection, accountId).find((x) => x.id === entityId);
		if (!found) throw fail(404, 2, `${label} not found.`);
		return found;
	}
	function ordered(query, collection, accountId, items, render) {
		const order = one(query, 'order');
		if (order !== undefined && order !== 'ASCENDING' && order !== 'DESCENDING')
			throw bad('order must be ASCENDING or DESCENDING.');
		const descending = order === 'DESCENDING';
		const list = descending ? [...items].reverse() : items;
		return page(query, `${collection}:${accountId}`, state()[collection], list, {
			descending,
			render,
		});
	}
	function keywords(c, accountId) {
		const all = ofAccount('keywords', accountId);
		const adGroup = one(c.query, 'ad_group_id');
		const campaign = one(c.query, 'campaign_id');
		const parent = adGroup || campaign || accountId;
		let items = all.filter((k) => k.parent_id === parent);
		const types = []
			.concat(c.query.match_types === undefined ? [] : c.query.match_types)
			.flatMap((v) => String(v).split(','))
			.filter(Boolean);
		for (const t of types) if (!MATCH_TYPES.includes(t)) throw bad(`Invalid match_types ${t}`);
		if (types.length) items = items.filter((k) => types.includes(k.match_type));
		return page(c.query, `keywords:${accountId}:${parent}`, state().keywords, items, {
			render: keywordView,
		});
	}
	return [
		[
			'GET',
			at('/audiences'),
			(c, [a]) =>
				ordered(c.query, 'audiences', a, ofAccount('audiences', a), (x) => audienceView(x, true)),
			read,
		],
		[
			'GET',
			at('/audiences/(\\d+)'),
			(c, [a, e]) => audienceView(getOne('audiences', a, e, 'Audience'), false),
			read,
		],
		[
			'GET',
			at('/conversion_tags'),
			// Recorded without a bookmark: the list does not page.
			(c, [a]) => ({ items: ofAccount('conversionTags', a).map(conversionTagView) }),
			read,
		],
		[
			'GET',
			at('/conversion_tags/(\\d+)'),
			(c, [a, e]) => conversionTagView(getOne('conversionTags', a, e, 'Conversion tag')),
			read,
		],
		[
			'GET',
			at('/customer_lists'),
			(c, [a]) =>
				ordered(c.query, 'customerLists', a, ofAccount('customerLists', a), (x) =>
					customerListView(x, true),
				),
			read,
		],
		[
			'GET',
			at('/customer_lists/(\\d+)'),
			(c, [a, e]) => customerListView(getOne('customerLists', a, e, 'Customer list'), false),
			read,
		],
		['GET', at('/keywords'), (c, [a]) => keywords(c, a), read],
	];
}

module.exports = { createTargetingRoutes, createTargetingSeeds };
