'use strict';
/*
 * Advertising extension of the Pinterest simulator: ad accounts, campaigns, ad groups, ads
 * (list / get / PATCH status), async reports that are ready after N polls with a downloadable
 * CSV/JSON file (routes/adsReports.js), and catalogs, feeds with their processing results, and
 * product groups, read and written (routes/adsCatalogs.js, routes/adsProductGroups.js), and
 * conversion events with Pinterest's per-event answers (routes/adsConversions.js).
 *
 *   const { createSimulator, installAds } = require('./tools/simulator');
 *   const sim = createSimulator({ accessTokens: ['tok-1'] });
 *   const ads = installAds(sim, { accessTokens: ['tok-1'], reportPolls: 2 });
 *   await sim.start(0);
 *   ads.seed();                    // one ad account with campaigns, ad groups, ads, a catalog
 *
 * It registers through `sim.extend()`, so ads requests share the simulator's token check, fault
 * injection and request log; report files are served under /__ads_reports/. Lists page with the
 * simulator's paginator (pagination.js): collections only grow, so a bookmark keeps the position
 * of the last item in its collection (deleted feeds and product groups stay, marked deleted).
 *
 * Scopes: every route names the scopes the spec requires. A token listed in `tokenScopes`
 * ({ token: [scopes] }) has only those, and a route needing another one answers 401 code 3, as
 * Pinterest does; any other token has every scope.
 */
const { arrayOrder, paginate } = require('../pagination');
const { ApiError } = require('../params');
const { createAdsState, createAdsSeeds } = require('./adsState');
const { createReports } = require('./adsReports');
const { createCatalogRoutes } = require('./adsCatalogs');
const { createProductGroupRoutes } = require('./adsProductGroups');
const { createAdsAnalytics } = require('./adsAnalytics');
const { createTargetingRoutes, createTargetingSeeds } = require('./adsTargeting');
const { adAccountView, adGroupView, campaignView, createAdIds } = require('../realistic');
const { createConversionRoutes } = require('./adsConversions');
const { createLeadRoutes } = require('./adsLeads');

const ENTITY_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT', 'DELETED_DRAFT'];
const MISSING_SCOPE =
	'Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.';

/** An answer with a status other than 200 (a create's 201, a delete's 204). */
class Reply {
	constructor(status, body) {
		this.status = status;
		this.body = body;
	}
}
const fail = (status, code, message) => new ApiError(status, code, message);
const bad = (message) => fail(400, 1, message);

function list(value) {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** One page of a collection, in the order items were added (or the reverse). */
function page(
	query,
	kind,
	collection,
	items,
	{ descending = false, render = (item) => item } = {},
) {
	const order = arrayOrder(collection, { descending });
	const listKind = `ads:${kind}:${descending ? 'desc' : 'asc'}`;
	return paginate(query, listKind, items, render, { order });
}

function installAds(sim, options = {}) {
	const opts = {
		accessTokens: ['tok-1'],
		reportPolls: 2,
		reportRows: null,
		feedProcessingPolls: 2,
		tokenScopes: {},
		...options,
	};
	let state = createAdsState();
	let nextId = 700000000000000000n; // 18 digits: ad account IDs have maxLength 18
	// Realistic mode: ad accounts, campaigns, ad groups and ads get ids of the recorded lengths.
	const adId = createAdIds();
	const id = (kind) => (sim.realistic && kind && adId(kind)) || String((nextId += 1n));
	const counters = { reportPolls: 0, downloads: 0 };
	const reports = createReports(sim, opts, { counters, id, state: () => state });
	const seeds = {
		...createAdsSeeds(
			id,
			() => state,
			() => !!sim.realistic,
		),
		...createTargetingSeeds(id, () => state),
	};

	/**
	 * What a list, get or PATCH answers for a record: the record itself, or in realistic mode the
	 * recorded key set with its defaults (realistic.js). `sim.newAccount`: no billing on the account.
	 */
	function view(collection, record, { list: inList = false } = {}) {
		if (!sim.realistic || !record) return record;
		const withoutBilling = !!sim.newAccount;
		if (collection === 'adAccounts') return adAccountView(record, sim.state.user);
		if (collection === 'campaigns') return campaignView(record, { withoutBilling });
		if (collection === 'adGroups') {
			const campaign = state.campaigns.find((c) => c.id === record.campaign_id);
			return adGroupView(record, { campaign, list: inList, withoutBilling });
		}
		return record;
	}

	function account(accountId) {
		// The path parameter's maxLength (18), with the live answer's message (REAL-API.md, "Errors").
		if (accountId.length > 18) {
			throw bad('ad_account_id is too long. The maximum length is 18 characters.');
		}
		const found = state.adAccounts.find((a) => a.id === accountId);
		if (!found) throw fail(404, 2, 'Ad account not found.');
		return found;
	}
	function statusFilter(query) {
		const wanted = list(query.entity_statuses);
		for (const s of wanted)
			if (!ENTITY_STATUSES.includes(s)) throw bad(`Invalid entity_statuses ${s}`);
		return wanted.length ? wanted : ['ACTIVE', 'PAUSED'];
	}
	function entityList(collection, accountId, query, idFilters) {
		const statuses = statusFilter(query);
		const used = idFilters.filter(([q]) => query[q] !== undefined);
		if (used.length > 1) throw bad('Provide only one kind of ID filter.');
		const all = state[collection];
		let items = all.filter((e) => e.ad_account_id === accountId && statuses.includes(e.status));
		for (const [q, field] of used) {
			const ids = list(query[q]);
			items = items.filter((e) => ids.includes(e[field]));
		}
		const descending = query.order === 'DESCENDING';
		if (descending) items = [...items].reverse();
		const render = (item) => view(collection, item, { list: true });
		return page(query, `${collection}:${accountId}`, all, items, { descending, render });
	}
	function entityGet(collection, accountId, entityId, label) {
		const found = state[collection].find((e) => e.ad_account_id === accountId && e.id === entityId);
		if (!found) throw fail(404, 2, `${label} not found.`);
		return view(collection, found);
	}
	function patchOne(collection, accountId, patch, needsAccount) {
		const refused = (code, message) => ({ data: null, exceptions: [{ code, message }] });
		if (!patch || typeof patch.id !== 'string') return refused(1, 'id is required.');
		if (needsAccount && patch.ad_account_id !== accountId) {
			return refused(1, 'ad_account_id is required.');
		}
		const found = state[collection].find((e) => e.ad_account_id === accountId && e.id === patch.id);
		if (!found) return refused(2, 'Not found.');
		if (patch.status !== undefined) {
			if (!ENTITY_STATUSES.includes(patch.status))
				return refused(1, `Invalid status ${patch.status}`);
			if (found.status === 'ARCHIVED' && patch.status !== 'ARCHIVED') {
				return refused(4, 'Archived objects cannot be changed.');
			}
			found.status = patch.status;
		}
		found.updated_time = Math.floor(Date.now() / 1000);
		return { data: { ...view(collection, found) }, exceptions: [] };
	}
	function entityPatch(collection, accountId, body, needsAccount) {
		if (!Array.isArray(body) || body.length < 1 || body.length > 30) {
			throw bad('Body must be an array of 1..30 objects.');
		}
		// The spec types `exceptions` as an array for campaigns and ad groups, as one object for ads.
		// Realistic mode: an updated ad group is recorded as `{data}` alone (REAL-API.md, "Ads").
		const shape = (item) => {
			if (collection === 'ads')
				return { data: item.data, exceptions: item.exceptions.length ? item.exceptions[0] : {} };
			if (sim.realistic && collection === 'adGroups' && item.data && !item.exceptions.length)
				return { data: item.data };
			return item;
		};
		return {
			items: body.map((patch) => shape(patchOne(collection, accountId, patch, needsAccount))),
		};
	}

	/** /ad_accounts/<id><path>; the ids are the handler's second argument. */
	const at = (path) => new RegExp(`^/ad_accounts/(\\d+)${path}$`);
	const campaignFilters = [['campaign_ids', 'id']];
	const groupFilters = [
		['campaign_ids', 'campaign_id'],
		['ad_group_ids', 'id'],
	];
	const adFilters = [
		['campaign_ids', 'campaign_id'],
		['ad_group_ids', 'ad_group_id'],
		['ad_ids', 'id'],
	];
	const read = ['ads:read'];
	const write = ['ads:write'];
	const adsRoutes = [
		[
			'GET',
			/^\/ad_accounts$/,
			(c) =>
				page(c.query, 'ad_accounts', state.adAccounts, state.adAccounts, {
					render: (a) => view('adAccounts', a),
				}),
			read,
		],
		['GET', at(''), (c, [a]) => view('adAccounts', account(a)), read],
		[
			'GET',
			at('/campaigns'),
			(c, [a]) => (account(a), entityList('campaigns', a, c.query, campaignFilters)),
			read,
		],
		[
			'PATCH',
			at('/campaigns'),
			(c, [a]) => (account(a), entityPatch('campaigns', a, c.body, true)),
			write,
		],
		['GET', at('/campaigns/(\\d+)'), (c, [a, e]) => entityGet('campaigns', a, e, 'Campaign'), read],
		[
			'GET',
			at('/ad_groups'),
			(c, [a]) => (account(a), entityList('adGroups', a, c.query, groupFilters)),
			read,
		],
		[
			'PATCH',
			at('/ad_groups'),
			(c, [a]) => (account(a), entityPatch('adGroups', a, c.body, false)),
			write,
		],
		['GET', at('/ad_groups/(\\d+)'), (c, [a, e]) => entityGet('adGroups', a, e, 'Ad group'), read],
		['GET', at('/ads'), (c, [a]) => (account(a), entityList('ads', a, c.query, adFilters)), read],
		['PATCH', at('/ads'), (c, [a]) => (account(a), entityPatch('ads', a, c.body, false)), write],
		['GET', at('/ads/(\\d+)'), (c, [a, e]) => entityGet('ads', a, e, 'Ad'), read],
		['POST', at('/reports'), (c, [a]) => (account(a), reports.create(a, c)), read],
		['GET', at('/reports'), (c, [a]) => (account(a), reports.poll(a, c)), read],
	];
	const catalogContext = {
		state: () => state,
		realistic: () => !!sim.realistic,
		id,
		fail,
		bad,
		page,
		reply: (status, body) => new Reply(status, body),
		opts,
		addCatalogRecord: (spec) => seeds.addCatalogRecord(spec),
	};
	const leads = createLeadRoutes({ ...catalogContext, account });
	// [method, path regex, handler, the scopes the spec requires]
	// Realistic mode: the sync analytics of accounts, campaigns, ad groups and ads (adsAnalytics.js).
	// Realistic mode too: audiences, conversion tags, customer lists, keywords (adsTargeting.js).
	const targetingRoutes = sim.realistic
		? createTargetingRoutes({ state: () => state, account, bad, fail, at, read, page })
		: [];
	const analyticsRoutes = sim.realistic
		? createAdsAnalytics({
				state: () => state,
				account,
				bad,
				at,
				read,
				newAccount: () => !!sim.newAccount,
			})
		: [];
	const routes = [
		...analyticsRoutes,
		...targetingRoutes,
		...adsRoutes,
		...leads.routes,
		...createCatalogRoutes(catalogContext),
		...createProductGroupRoutes(catalogContext),
		...createConversionRoutes({
			state: () => state,
			bad,
			reply: (status, body) => new Reply(status, body),
			account,
		}),
	];

	/**
	 * The token of a request, when the simulator's own check (OAuth-issued tokens too) or the
	 * extension's token list accepts it; null otherwise.
	 */
	function tokenOf(headers, checkBearer) {
		if (checkBearer) {
			try {
				return checkBearer(headers);
			} catch {
				return null;
			}
		}
		const m = /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization || ''));
		return m && opts.accessTokens.includes(m[1]) ? m[1] : null;
	}
	/** A token listed in tokenScopes has those scopes only; any other token has all of them. */
	function missingScope(token, scopes) {
		const granted = opts.tokenScopes[token];
		return granted ? scopes.find((scope) => !granted.includes(scope)) : undefined;
	}

	/** Answers an ads request, or returns null when the path is not ours. */
	function handle(method, apiPath, query, headers, body, checkBearer) {
		for (const [m, re, fn, scopes] of routes) {
			const match = re.exec(apiPath);
			if (!match || m !== method) continue;
			const token = tokenOf(headers, checkBearer);
			if (!token) return { status: 401, body: { code: 2, message: 'Authentication failed.' } };
			// Pinterest answers a token without a required scope with 401 and code 3.
			if (missingScope(token, scopes))
				return { status: 401, body: { code: 3, message: MISSING_SCOPE } };
			try {
				const out = fn({ query, headers, body }, match.slice(1));
				return out instanceof Reply
					? { status: out.status, body: out.body }
					: { status: 200, body: out };
			} catch (e) {
				if (e instanceof ApiError)
					return { status: e.status, body: { code: e.code, message: e.message } };
				return { status: 500, body: { code: 500, message: `Simulator error: ${e.message}` } };
			}
		}
		return null;
	}

	sim.extend({
		handle,
		serve: (req, res, path) => reports.serve(req, res, path) || leads.serve(req, res, path),
		reset: () => {
			state = createAdsState();
		},
	});

	const ads = {
		get state() {
			return state;
		},
		counters,
		reset() {
			state = createAdsState();
			counters.reportPolls = 0;
			counters.downloads = 0;
		},
		...seeds,
		/** A lead form of an ad account (FIRST_NAME, EMAIL and a custom budget question by default). */
		addLeadForm: (accountId, spec) => leads.addLeadForm(accountId, spec),
		/** A person submits a lead form: the lead goes, encrypted, to the form's subscriptions. */
		submitLead: (accountId, formId, answers, extra) => {
			const f = state.leadForms.find((x) => x.ad_account_id === accountId && x.id === formId);
			if (!f) throw new Error(`no lead form ${formId} in ad account ${accountId}`);
			return leads.submit(accountId, f, answers, extra).lead;
		},
	};
	return ads;
}

module.exports = { installAds };
