'use strict';
// The operations the simulator implements (sim.operations), the path matcher and the handler table.
const analyticsRoutes = require('./analytics');
const boardRoutes = require('./boards');
const mediaRoutes = require('./media');
const pinRoutes = require('./pins');
const searchRoutes = require('./search');
const sectionRoutes = require('./sections');
const termRoutes = require('./terms');
const trendRoutes = require('./trends');
const userRoutes = require('./user');
const websiteRoutes = require('./websites');

const OPERATIONS = [
	['oauth/token', 'POST', '/oauth/token'],
	['user_account/get', 'GET', '/user_account'],
	['user_account/analytics', 'GET', '/user_account/analytics'],
	['user_account/analytics/top_pins', 'GET', '/user_account/analytics/top_pins'],
	['user_account/analytics/top_video_pins', 'GET', '/user_account/analytics/top_video_pins'],
	['followers/list', 'GET', '/user_account/followers'],
	['user_following/get', 'GET', '/user_account/following'],
	['boards_user_follows/list', 'GET', '/user_account/following/boards'],
	['follow_user/update', 'POST', '/user_account/following/{username}'],
	['user_account/followed_interests', 'GET', '/users/{username}/interests/follow'],
	['linked_business_accounts/get', 'GET', '/user_account/businesses'],
	['user_websites/get', 'GET', '/user_account/websites'],
	['verify_website/update', 'POST', '/user_account/websites'],
	['unverify_website/delete', 'DELETE', '/user_account/websites'],
	['website_verification/get', 'GET', '/user_account/websites/verification'],
	['boards/list', 'GET', '/boards'],
	['boards/create', 'POST', '/boards'],
	['boards/get', 'GET', '/boards/{board_id}'],
	['boards/update', 'PATCH', '/boards/{board_id}'],
	['boards/delete', 'DELETE', '/boards/{board_id}'],
	['boards/list_pins', 'GET', '/boards/{board_id}/pins'],
	['board_sections/list', 'GET', '/boards/{board_id}/sections'],
	['board_sections/create', 'POST', '/boards/{board_id}/sections'],
	['board_sections/update', 'PATCH', '/boards/{board_id}/sections/{section_id}'],
	['board_sections/delete', 'DELETE', '/boards/{board_id}/sections/{section_id}'],
	['board_sections/list_pins', 'GET', '/boards/{board_id}/sections/{section_id}/pins'],
	['pins/list', 'GET', '/pins'],
	['pins/create', 'POST', '/pins'],
	['multi_pins/analytics', 'GET', '/pins/analytics'],
	['pins/get', 'GET', '/pins/{pin_id}'],
	['pins/update', 'PATCH', '/pins/{pin_id}'],
	['pins/delete', 'DELETE', '/pins/{pin_id}'],
	['pins/save', 'POST', '/pins/{pin_id}/save'],
	['pins/analytics', 'GET', '/pins/{pin_id}/analytics'],
	['media/list', 'GET', '/media'],
	['media/create', 'POST', '/media'],
	['media/get', 'GET', '/media/{media_id}'],
	['search_user_pins/list', 'GET', '/search/pins'],
	['search_user_boards/get', 'GET', '/search/boards'],
	['search_partner_pins', 'GET', '/search/partner/pins'],
	['trending_keywords/list', 'GET', '/trends/keywords/{region}/top/{trend_type}'],
	['trends_featured_topics/list', 'GET', '/trends/topics/featured'],
	['trends_product_categories_trending/list', 'GET', '/trends/product_categories/trending'],
	['trends_product_categories_details/list', 'GET', '/trends/product_categories/details'],
	['terms_related/list', 'GET', '/terms/related'],
	['terms_suggested/list', 'GET', '/terms/suggested'],
].map(([operationId, method, path]) => ({ operationId, method, path }));

function compileRoutes() {
	const byPath = new Map();
	for (const op of OPERATIONS) {
		const names = [];
		const pattern = op.path.replace(/\{([^}]+)\}/g, (_, n) => {
			names.push(n);
			return '([^/]+)';
		});
		const key = op.path;
		if (!byPath.has(key)) {
			byPath.set(key, {
				re: new RegExp(`^${pattern}$`),
				names,
				methods: {},
				literal: !names.length,
			});
		}
		byPath.get(key).methods[op.method] = op.operationId;
	}
	// literal paths first so /pins/analytics wins over /pins/{pin_id}
	return Array.from(byPath.values()).sort((a, b) => a.names.length - b.names.length);
}
const ROUTES = compileRoutes();

/** { route: { methods: { GET: operationId, ... } }, params } for an API path, or null. */
function matchRoute(apiPath) {
	for (const r of ROUTES) {
		const m = r.re.exec(apiPath);
		if (m) {
			const params = {};
			r.names.forEach((n, i) => {
				params[n] = decodeURIComponent(m[i + 1]);
			});
			return { route: r, params };
		}
	}
	return null;
}

/** operationId -> handler(ctx) for every operation but oauth/token (auth.js answers that one). */
function createHandlers(core) {
	const handlers = {
		...userRoutes(core),
		...websiteRoutes(core),
		...boardRoutes(core),
		...sectionRoutes(core),
		...pinRoutes(core),
		...analyticsRoutes(core),
		...mediaRoutes(core),
		...searchRoutes(core),
		...trendRoutes(core),
		...termRoutes(core),
	};
	const missing = OPERATIONS.filter(
		(op) => op.operationId !== 'oauth/token' && typeof handlers[op.operationId] !== 'function',
	);
	if (missing.length) {
		throw new Error(`simulator: no handler for ${missing.map((op) => op.operationId).join(', ')}`);
	}
	return handlers;
}

module.exports = { OPERATIONS, matchRoute, createHandlers };
