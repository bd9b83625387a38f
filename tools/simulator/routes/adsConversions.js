'use strict';
/*
 * The Conversions API of the ads extension: POST /ad_accounts/{id}/events (events/create).
 *
 * The request as a whole: a JSON object whose `data` holds 1 to 1,000 events (maxItems of
 * ConversionEvents.data), else 400. Each event is then checked on its own, as Pinterest does,
 * and answered in `events` in the order sent, `processed` or `failed` with an error_message:
 *   - event_name, action_source, event_time, event_id and user_data are required;
 *   - event_name and action_source are one of the values the spec lists;
 *   - event_time is Unix seconds, not in the future (no lower bound: a year-old event was recorded
 *     processed); `error_message` and `warning_message` are "" when there is none (recorded);
 *   - user_data holds em, hashed_maids, or client_ip_address with client_user_agent;
 *   - the hashed fields (em, ph, fn, ...) are lists of SHA-256 hex hashes, never plain text.
 * A processed event with `value` and no `currency` gets a warning_message. All processed: 200
 * with ConversionApiResponse. Some refused: 422 (the spec's "Not all events were successfully
 * processed"), a DetailedError whose `details` is the same ConversionApiResponse.
 * With ?test=true nothing is recorded (the answers are the same); otherwise processed events
 * are kept in state.conversionEvents (hashed, as received).
 */

const EVENT_NAMES = [
	'add_payment_info',
	'add_to_cart',
	'add_to_wishlist',
	'app_install',
	'checkout',
	'custom',
	'initiate_checkout',
	'lead',
	'page_visit',
	'search',
	'signup',
	'subscribe',
	'view_category',
	'view_content',
	'watch_video',
];
const ACTION_SOURCES = ['app_android', 'app_ios', 'offline', 'web'];
const HASHED = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id'];
const SHA256 = /^[0-9a-f]{64}$/i;
const MAX_EVENTS = 1000;

/** Why Pinterest would refuse the event, or undefined; `now` in Unix seconds. */
function problemOf(event, now) {
	if (!event || typeof event !== 'object' || Array.isArray(event))
		return 'Event must be an object.';
	for (const field of ['event_name', 'action_source', 'event_time', 'event_id', 'user_data']) {
		if (event[field] === undefined || event[field] === null || event[field] === '')
			return `Missing required field: ${field}.`;
	}
	if (!EVENT_NAMES.includes(event.event_name)) return `Invalid event_name: ${event.event_name}.`;
	if (!ACTION_SOURCES.includes(event.action_source))
		return `Invalid action_source: ${event.action_source}.`;
	if (!Number.isInteger(event.event_time)) return 'event_time must be Unix seconds.';
	if (event.event_time > now) return 'event_time cannot be in the future.';
	// No lower bound: the live API processed an event a year old (REAL-API.md).
	const user = event.user_data;
	if (typeof user !== 'object' || Array.isArray(user)) return 'user_data must be an object.';
	for (const key of [...HASHED, 'hashed_maids']) {
		if (user[key] === undefined) continue;
		if (!Array.isArray(user[key])) return `user_data.${key} must be a list of SHA-256 hashes.`;
		if (user[key].some((v) => typeof v !== 'string' || !SHA256.test(v)))
			return `user_data.${key} must be SHA-256 hashed (64 hex characters).`;
	}
	const identified =
		(user.em && user.em.length) ||
		(user.hashed_maids && user.hashed_maids.length) ||
		(user.client_ip_address && user.client_user_agent);
	if (!identified)
		return 'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent.';
	return undefined;
}

/** The events/create route: [method, path regex, handler, scopes] for installAds. */
function createConversionRoutes({ state, bad, reply, account }) {
	function send(c, accountId) {
		account(accountId);
		const data = c.body && c.body.data;
		if (!Array.isArray(data) || data.length < 1 || data.length > MAX_EVENTS) {
			throw bad(`data must be a list of 1 to ${MAX_EVENTS} events.`);
		}
		const test = String(c.query.test) === 'true';
		const now = Math.floor(Date.now() / 1000);
		const events = data.map((event) => {
			const problem = problemOf(event, now);
			if (problem) return { status: 'failed', error_message: problem, warning_message: '' };
			const custom = event.custom_data || {};
			const warning =
				custom.value !== undefined && !custom.currency
					? "No currency: the ad account's currency is used."
					: '';
			if (!test) state().conversionEvents.push({ ad_account_id: accountId, ...event });
			return { status: 'processed', error_message: '', warning_message: warning };
		});
		if (test) state().conversionTestRequests += 1;
		const processed = events.filter((e) => e.status === 'processed').length;
		const answer = {
			num_events_received: data.length,
			num_events_processed: processed,
			events,
		};
		if (processed === data.length) return answer;
		return reply(422, {
			code: 4198,
			message: 'Not all events were successfully processed.',
			details: answer,
		});
	}
	return [['POST', /^\/ad_accounts\/(\d+)\/events$/, (c, [a]) => send(c, a), ['ads:write']]];
}

module.exports = { createConversionRoutes, problemOf };
