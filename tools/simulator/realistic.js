'use strict';
/*
 * The realistic mode, the default (`createSimulator({ realistic: false })` or `cli.js --spec-shapes`
 * turn it off): answers in the shapes the live API was recorded answering in (REAL-API.md beside
 * this file lists each fact and where it was seen).
 *
 * What it changes, and where:
 *   render.js      times (`created_at` UTC without zone or fraction, `board_pins_modified_at` with
 *                  microseconds once pins changed), pins always carry `is_product`, `product_tags`,
 *                  `is_removable`, `pin_metrics` (null unless asked), board descriptions are strings
 *   state.js       ids grow with time (19 digits), as real pin, board and section ids do
 *   routes/boards  `GET /boards` in the account's board order (`boardOrder`, default A→Z by name)
 *   pagination.js  bookmarks are padded base64; the recorded lists give a bookmark on their last page,
 *                  and that bookmark gives an empty page (`trailingBookmark`)
 *   http.js        the answer's headers (`pinterest-version`, request ids, content type) and error
 *                  bodies (`"status": "failure"` beside `code` and `message` on a 401 only), by
 *                  `shapeAnswer` below
 * Rate-limit headers are not this module's business (rateLimit.js).
 */
const { fnv1a, mulberry32 } = require('./util');

/** The orders Pinterest lets people give their boards; 'alphabetical' is the recorded one. */
const BOARD_ORDERS = ['alphabetical', 'last_saved', 'newest', 'custom'];
/** Lists recorded with a bookmark on their last page (then an empty page): pins/list, search. */
const TRAILING_BOOKMARK_OPS = ['pins/list', 'search_user_pins/list', 'search_user_boards/get'];

const hex = (rand, n) => {
	let s = '';
	while (s.length < n) s += Math.floor(rand() * 16).toString(16);
	return s;
};
const digits = (rand, n) => {
	let s = String(1 + Math.floor(rand() * 9));
	while (s.length < n) s += String(Math.floor(rand() * 10));
	return s;
};

/**
 * The HTTP statuses whose error bodies were seen with `"status": "failure"` beside `code` and
 * `message`: the 401 of a refused token. A 403 (code 29) and a 409 (code 4182) were seen with
 * `code` and `message` only (REAL-API.md, "Errors").
 */
const STATUS_FAILURE_ON = [401];

/** A base64url bookmark of pagination.js as padded standard base64 (it decodes both). */
function paddedBase64(bookmark) {
	return Buffer.from(bookmark, 'base64url').toString('base64');
}

/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44` (UTC, no zone, no fraction). */
function apiTime(iso) {
	if (typeof iso !== 'string') return iso;
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toISOString().slice(0, 19);
}

/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44.123000` (UTC, microseconds, no zone). */
function apiTimeMicros(iso) {
	if (typeof iso !== 'string') return iso;
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return `${d.toISOString().slice(0, 23)}000`;
}

function createRealistic(core) {
	const { opts } = core;
	const on = !!opts.realistic;
	const boardOrder = opts.boardOrder || 'alphabetical';
	if (!BOARD_ORDERS.includes(boardOrder)) {
		throw new Error(`boardOrder must be one of ${BOARD_ORDERS.join(', ')} (was ${boardOrder})`);
	}
	const trailing = opts.trailingBookmark || 'recorded';
	if (!['recorded', 'all', 'none'].includes(trailing)) {
		throw new Error(`trailingBookmark must be recorded, all or none (was ${trailing})`);
	}
	let rand = mulberry32(fnv1a(`${opts.seed}|realistic`));
	// A build id like the recorded ones (7 hex digits), fixed for the simulator's life.
	const version = hex(mulberry32(fnv1a(`${opts.seed}|version`)), 7);
	const host = `tpp-api-sim-${hex(mulberry32(fnv1a(`${opts.seed}|host`)), 8)}`;

	function reset() {
		rand = mulberry32(fnv1a(`${opts.seed}|realistic`));
	}

	/** `record` is the board's record: `_pinsTouched` (state.js) says its pins changed since it was made. */
	function shapeBoard(view, record = {}) {
		if (!on) return view;
		const modified = view.board_pins_modified_at;
		return {
			...view,
			description:
				view.description === null || view.description === undefined ? '' : view.description,
			created_at: apiTime(view.created_at),
			board_pins_modified_at:
				record._pinsTouched || modified !== view.created_at
					? apiTimeMicros(modified)
					: apiTime(modified),
		};
	}

	function shapePin(view) {
		if (!on) return view;
		return {
			...view,
			created_at: apiTime(view.created_at),
			is_product: view.is_product === undefined ? false : view.is_product,
			product_tags: view.product_tags === undefined ? [] : view.product_tags,
			is_removable: view.is_removable === undefined ? false : view.is_removable,
			pin_metrics: view.pin_metrics === undefined ? null : view.pin_metrics,
		};
	}

	/** Headers and body of an answer (http.js calls it for every /v5 answer when realistic). */
	function shapeAnswer(status, body, headers, operationId) {
		if (!on) return { body, headers };
		const rid = digits(rand, 16);
		const out = {
			'pinterest-version': version,
			'pinterest-generated-by': host,
			'x-pinterest-rid': rid,
			'x-pinterest-rid-128bit': hex(rand, 32),
			'cache-control': 'no-cache, no-store, must-revalidate',
		};
		let shaped = body;
		if (status >= 400 && body && typeof body === 'object' && 'code' in body && 'message' in body) {
			out['content-type'] = 'application/json; charset=utf-8';
			if (!('status' in body) && STATUS_FAILURE_ON.includes(status)) {
				shaped = { ...body, status: 'failure' };
			}
		} else if (body !== undefined && status !== 204) {
			out['content-type'] = 'application/json';
		}
		if (
			status === 200 &&
			body &&
			Array.isArray(body.items) &&
			body.bookmark === null &&
			body.items.length > 0 &&
			typeof body.tailBookmark === 'string' &&
			(trailing === 'all' ||
				(trailing === 'recorded' && TRAILING_BOOKMARK_OPS.includes(operationId)))
		) {
			shaped = { ...shaped, bookmark: body.tailBookmark };
		}
		if (shaped && typeof shaped.bookmark === 'string' && shaped.bookmark !== '') {
			shaped = { ...shaped, bookmark: paddedBase64(shaped.bookmark) };
		}
		return { body: shaped, headers: { ...out, ...headers } };
	}

	return { on, boardOrder, shapeBoard, shapePin, shapeAnswer, reset };
}

/*
 * The ads side (routes/ads.js calls these when `sim.realistic`): ids of the recorded lengths, times
 * in integer Unix seconds, and the recorded key sets with their defaults (REAL-API.md, "Ads").
 */

/** Digits of the ad-side ids: recorded, but for ads (the spec's example has 12). */
const AD_ID_DIGITS = {
	adAccount: 12,
	campaign: 12,
	adGroup: 13,
	ad: 12,
	audience: 13,
	conversionTag: 13,
	customerList: 7,
	keyword: 13,
};

/** Ids per kind of the recorded length, growing by one from a base fixed by the kind. */
function createAdIds() {
	const next = {};
	return function adId(kind) {
		const n = AD_ID_DIGITS[kind];
		if (!n) return undefined;
		if (next[kind] === undefined) {
			const h = fnv1a(`ads|${kind}`);
			next[kind] = BigInt(
				`${1 + (h % 9)}${String(h).padStart(10, '0')}`.padEnd(n, '0').slice(0, n),
			);
		}
		next[kind] += 1n;
		return String(next[kind]);
	};
}

/** The recorded summary_status of an entity: an account without billing shows ADVERTISER_DISABLED. */
function summaryStatus(status, withoutBilling) {
	if (['ARCHIVED', 'DRAFT', 'DELETED_DRAFT'].includes(status)) return status;
	if (withoutBilling) return 'ADVERTISER_DISABLED';
	return status === 'ACTIVE' ? 'RUNNING' : 'PAUSED';
}

const pick = (record, keys) => Object.fromEntries(keys.map((k) => [k, record[k]]));
const orDefault = (value, def) => (value === undefined ? def : value);

/** An ad account as recorded: 8 keys, owner {username, id}. `user` is the simulator's account. */
function adAccountView(a, user) {
	const owner = a.owner || {};
	return {
		id: a.id,
		name: a.name,
		owner: { username: orDefault(owner.username, user.username), id: orDefault(owner.id, user.id) },
		country: a.country,
		currency: a.currency,
		permissions: orDefault(a.permissions, ['OWNER']),
		created_time: a.created_time,
		updated_time: orDefault(a.updated_time, a.created_time),
	};
}

/** A campaign as recorded: 23 keys; what was not given has the recorded default. */
function campaignView(c, { withoutBilling = false } = {}) {
	const view = {
		...pick(c, ['id', 'ad_account_id', 'name', 'status', 'objective_type']),
		lifetime_spend_cap: orDefault(c.lifetime_spend_cap, 0),
		daily_spend_cap: orDefault(c.daily_spend_cap, null),
		order_line_id: orDefault(c.order_line_id, null),
		tracking_urls: orDefault(c.tracking_urls, null),
		created_time: c.created_time,
		updated_time: orDefault(c.updated_time, c.created_time),
		type: 'campaign',
		is_flexible_daily_budgets: orDefault(c.is_flexible_daily_budgets, false),
		summary_status: summaryStatus(c.status, withoutBilling),
		is_campaign_budget_optimization: orDefault(c.is_campaign_budget_optimization, false),
		start_time: orDefault(c.start_time, c.created_time),
		end_time: orDefault(c.end_time, null),
		is_performance_plus: orDefault(c.is_performance_plus, false),
		is_top_of_search: orDefault(c.is_top_of_search, false),
		is_automated_campaign: orDefault(c.is_automated_campaign, false),
		bid_options: orDefault(c.bid_options, null),
		ext_features: orDefault(c.ext_features, null),
		intended_promotion_type: orDefault(c.intended_promotion_type, 'STANDARD_AD'),
	};
	return view;
}

/**
 * An ad group as recorded: 34 keys from get and PATCH, 36 in lists (`is_automated_campaign` and
 * `is_creative_expansion` too). `campaign` is its campaign's record (for budget_type).
 */
function adGroupView(g, { campaign, list = false, withoutBilling = false } = {}) {
	const bid = orDefault(g.bid_in_micro_currency, null);
	const cbo = !!(campaign && campaign.is_campaign_budget_optimization);
	const view = {
		id: g.id,
		created_time: g.created_time,
		updated_time: orDefault(g.updated_time, g.created_time),
		start_time: orDefault(g.start_time, null),
		end_time: orDefault(g.end_time, null),
		bid_in_micro_currency: bid,
		budget_in_micro_currency: orDefault(g.budget_in_micro_currency, null),
		campaign_id: g.campaign_id,
		ad_account_id: g.ad_account_id,
		auto_targeting_enabled: orDefault(g.auto_targeting_enabled, true),
		type: 'adgroup',
		budget_type: orDefault(g.budget_type, cbo ? 'CBO_ADGROUP' : 'DAILY'),
		billable_event: orDefault(g.billable_event, 'IMPRESSION'),
		status: g.status,
		lifetime_frequency_cap: orDefault(g.lifetime_frequency_cap, -1),
		targeting_spec: orDefault(g.targeting_spec, {}),
		name: g.name,
		placement_group: orDefault(g.placement_group, 'ALL'),
		pacing_delivery_type: orDefault(g.pacing_delivery_type, 'STANDARD'),
		tracking_urls: orDefault(g.tracking_urls, null),
		conversion_learning_mode_type: orDefault(g.conversion_learning_mode_type, null),
		summary_status: summaryStatus(g.status, withoutBilling),
		feed_profile_id: orDefault(g.feed_profile_id, '0'),
		placement_traffic_type: orDefault(g.placement_traffic_type, null),
		optimization_goal_metadata: orDefault(g.optimization_goal_metadata, {}),
		targeting_template_ids: orDefault(g.targeting_template_ids, null),
		is_creative_optimization: orDefault(g.is_creative_optimization, null),
		promotion_id: orDefault(g.promotion_id, null),
		promotion_ids: orDefault(g.promotion_ids, []),
		promotion_application_level: orDefault(g.promotion_application_level, null),
		bid_multiplier: orDefault(g.bid_multiplier, null),
		ext_features: orDefault(g.ext_features, null),
		bid_strategy_type: orDefault(g.bid_strategy_type, bid === null ? 'AUTOMATIC_BID' : 'MAX_BID'),
		enabled_catalog_expansion: orDefault(g.enabled_catalog_expansion, false),
	};
	if (list) {
		view.is_automated_campaign = orDefault(g.is_automated_campaign, false);
		view.is_creative_expansion = orDefault(g.is_creative_expansion, false);
	}
	return view;
}

/** SIM_REAL_SHAPES_OFF=1: test/contract/realShapes.test.ts runs on the default simulator (to see it fail). */
const realShapesOff = () => process.env.SIM_REAL_SHAPES_OFF === '1';

module.exports = {
	createRealistic,
	realShapesOff,
	apiTime,
	apiTimeMicros,
	BOARD_ORDERS,
	TRAILING_BOOKMARK_OPS,
	AD_ID_DIGITS,
	createAdIds,
	adAccountView,
	campaignView,
	adGroupView,
};
