'use strict';
/*
 * Rate-limit budgets: on by default in the realistic mode (STANDARD below), off with
 * rateLimits: false (--no-rate-limits) or the spec-only shapes; your own numbers with rateLimits.
 *
 * When on, every /v5 request counts against two budgets of its access token, as Pinterest's
 * Envoy front does (RATE-LIMITS.md beside this file has the facts and their sources):
 *   - the universal safety net (Standard access: 100 requests per second per user per app);
 *   - its operation's x-ratelimit-category (from the OpenAPI file; a rule when it is absent).
 * A window opens with the first request that finds none open (not aligned to the clock). Every answer
 * carries the real headers:
 *   x-ratelimit-limit:     <limit>, 100;w=1;name="safety_net_app_id_user_id", <n>;w=60;name="org_write_app_id_user_id"
 *   x-ratelimit-remaining: <remaining of the policy nearest its end>
 *   x-ratelimit-reset:     <whole seconds until that policy's window starts again>
 * and a request over a budget is answered 429 with Pinterest's code 8 body and the same headers
 * (no Retry-After: the OpenAPI file declares none and no recording shows one).
 *
 *   rateLimits: true                          the documented Standard budgets (STANDARD below)
 *   rateLimits: { safetyNet: 100, safetyNetWindowSeconds: 1, windowSeconds: 60,
 *                 categories: { org_write: 50, ... } }   any of these; a category not listed
 *                                             counts only against the safety net
 */
const { faultBody } = require('./faults');

/**
 * Pinterest's documented Standard access budgets (requests per minute per user per app), and
 * those seen in live headers. org_write, catalogs_*, trends_read: no number found (a parameter).
 */
const STANDARD = {
	safetyNet: 100,
	safetyNetWindowSeconds: 1,
	windowSeconds: 60,
	categories: {
		ads_analytics: 300, // docs: reference/rate-limits
		ads_read: 1000, // docs: reference/rate-limits
		org_read: 1000, // a live header: 1000;w=60;name="org_read_app_id_user_id"
		org_analytics: 60, // a live header: 60;w=60;name="org_analytics_app_id_user_id"
	},
};

/** The category when the OpenAPI file is not at hand: Pinterest's own for the organic calls. */
function categoryByRule(method, apiPath) {
	const read = method === 'GET' || method === 'HEAD';
	if (apiPath.startsWith('/ad_accounts')) {
		if (read && /\/analytics|\/reports/.test(apiPath)) return 'ads_analytics';
		return read ? 'ads_read' : 'ads_write';
	}
	if (apiPath.startsWith('/catalogs')) return read ? 'catalogs_read' : 'catalogs_write';
	if (apiPath.startsWith('/trends')) return 'trends_read';
	if (apiPath === '/user_account/followers') return 'ads_read';
	if (read && /\/analytics/.test(apiPath)) return 'org_analytics';
	if (apiPath === '/oauth/token') return 'org_read';
	return read ? 'org_read' : 'org_write';
}

function normalize(option) {
	if (!option) return null;
	const given = option === true ? {} : option;
	const base = option === true ? STANDARD : { ...STANDARD, categories: {} };
	return {
		safetyNet: given.safetyNet === undefined ? base.safetyNet : given.safetyNet,
		safetyNetWindowSeconds: given.safetyNetWindowSeconds || base.safetyNetWindowSeconds,
		windowSeconds: given.windowSeconds || base.windowSeconds,
		categories: { ...base.categories, ...(given.categories || {}) },
	};
}

function createRateLimits(core) {
	const config = normalize(core.opts.rateLimits);
	// token -> policy name -> { windowStart, used }
	const counts = new Map();
	const categoryCache = new Map();

	function categoryOf(method, apiPath) {
		const key = `${method} ${apiPath}`;
		if (categoryCache.has(key)) return categoryCache.get(key);
		let category;
		try {
			const openapi = require('./openapi');
			if (openapi.specAvailable()) {
				const { op } = openapi.findOperation({ method, path: apiPath });
				category = op.op['x-ratelimit-category'];
			}
		} catch (e) {
			category = undefined; // not in the spec: the rule decides
		}
		category = category || categoryByRule(method, apiPath);
		if (categoryCache.size < 10000) categoryCache.set(key, category);
		return category;
	}

	function tokenOf(headers) {
		const m = /^Bearer\s+(\S+)/i.exec(String(headers.authorization || ''));
		return m ? m[1] : 'anonymous';
	}

	/**
	 * Counts the request; returns { headers, limited } where limited is the 429 answer when a
	 * budget is spent (then nothing is counted and the request is not carried out).
	 */
	function take(method, apiPath, requestHeaders) {
		if (!config) return null;
		const now = core.now();
		const category = categoryOf(method, apiPath);
		const policies = [];
		if (config.safetyNet) {
			policies.push({
				name: 'safety_net_app_id_user_id',
				limit: config.safetyNet,
				window: config.safetyNetWindowSeconds,
			});
		}
		const categoryLimit = config.categories[category];
		if (categoryLimit) {
			policies.push({
				name: `${category}_app_id_user_id`,
				limit: categoryLimit,
				window: config.windowSeconds,
			});
		}
		if (!policies.length) return null;
		const token = tokenOf(requestHeaders);
		if (!counts.has(token)) counts.set(token, new Map());
		const mine = counts.get(token);
		const states = policies.map((p) => {
			// A window opens with the first request that finds none open, so a burst never straddles
			// a wall-clock boundary and gets a fresh budget halfway (that made the tests flaky).
			const windowMs = p.window * 1000;
			let state = mine.get(p.name);
			if (!state || now >= state.windowStart + windowMs) {
				state = { windowStart: now, used: 0 };
				mine.set(p.name, state);
			}
			return { p, state, resetMs: state.windowStart + windowMs - now };
		});
		const limited = states.some((s) => s.state.used >= s.p.limit);
		if (!limited) for (const s of states) s.state.used += 1;
		// The policy nearest its end names the limit, remaining and reset (Envoy's choice).
		let binding = states[0];
		for (const s of states) {
			const left = s.p.limit - s.state.used;
			const bindingLeft = binding.p.limit - binding.state.used;
			if (left < bindingLeft) binding = s;
		}
		const quota = policies.map((p) => `${p.limit};w=${p.window};name="${p.name}"`).join(', ');
		const headers = {
			'x-ratelimit-limit': `${binding.p.limit}, ${quota}`,
			'x-ratelimit-remaining': String(Math.max(0, binding.p.limit - binding.state.used)),
			'x-ratelimit-reset': String(Math.max(1, Math.ceil(binding.resetMs / 1000))),
		};
		if (limited) core.sim.stats.rateLimited = (core.sim.stats.rateLimited || 0) + 1;
		return {
			headers,
			category,
			limited: limited ? { status: 429, body: faultBody(429), headers } : null,
		};
	}

	function reset() {
		counts.clear();
	}

	return { enabled: !!config, take, reset, categoryOf };
}

module.exports = { createRateLimits, categoryByRule, STANDARD };
