// What to do about a Pinterest error: keyed by Pinterest's own code first (one HTTP status
// carries several meanings: a 409 is a board lock on a board write and "no catalog yet" on a
// catalogs call), then by the HTTP status, with the operation's path as context.

import { CODE_SOMETHING_WENT_WRONG, saysSomethingWentWrong } from './outcome';
import { throttleSeconds } from './retry';

/** The failed request, as the advice needs it. */
export interface AdviceRequest {
	method: string;
	/** Path below the base URL. */
	url: string;
	/** Scopes the operation needs; a 403 names them. */
	scopes?: string[];
}

interface Failure {
	status: number;
	code: number | undefined;
	apiMessage: string;
	request: AdviceRequest;
}

/** What a 403 on an advertising or catalogs operation means, naming the scopes it needs. */
export function scopeAdvice(scopes: string[]): string {
	const list = scopes.join(', ');
	const catalogs = scopes.some((scope) => scope.startsWith('catalogs'));
	return (
		`This operation needs the ${list} scope${scopes.length > 1 ? 's' : ''}. ` +
		'With OAuth2: open the Pinterest credential, turn on "Include Ads and Catalogs Scopes" and reconnect. ' +
		'With an access token: generate one that has these scopes. ' +
		(catalogs
			? 'Also check that the catalog belongs to the connected account (or pass an ad account you have Catalogs Manager access to).'
			: 'Also check that the connected account owns the ad account or has a Business Access role on it (Admin, Analyst or Campaign Manager).')
	);
}

/** Names the object a path refers to, for 404 texts: "board 123", "pin 456". */
export function describeTarget(url: string): string {
	const adObject =
		/\/ad_accounts\/(\d+)\/(campaigns|ad_groups|ads|audiences|customer_lists|conversion_tags|reports)\/([^/?]+)/.exec(
			url,
		);
	if (adObject) {
		const kind = adObject[2].replace(/_/g, ' ').replace(/s$/, '');
		return `${kind} ${adObject[3]} in ad account ${adObject[1]}`;
	}
	if (/^\/user_account\/websites/.test(url))
		return 'this website among the websites of the account';
	const adAccount = /\/ad_accounts\/(\d+)/.exec(url);
	if (adAccount) return `ad account ${adAccount[1]}`;
	const catalogObject = /\/catalogs\/(feeds|product_groups)\/(\d+)/.exec(url);
	if (catalogObject)
		return `${catalogObject[1] === 'feeds' ? 'catalog feed' : 'product group'} ${catalogObject[2]}`;
	const section = /\/boards\/([^/]+)\/sections\/([^/?]+)/.exec(url);
	if (section) return `board section ${section[2]} on board ${section[1]}`;
	const board = /\/boards\/([^/?]+)/.exec(url);
	if (board) return `board ${board[1]}`;
	const pin = /\/pins\/(\d+)/.exec(url);
	if (pin) return `pin ${pin[1]}`;
	const media = /\/media\/(\d+)/.exec(url);
	if (media) return `media upload ${media[1]}`;
	const user = /\/(?:users|following)\/([^/?]+)/.exec(url);
	if (user) return `user ${user[1]}`;
	return `the object at ${url}`;
}

/** The area of the API a path belongs to, for codes and statuses that mean different things there. */
function areaOf(url: string): 'catalogs' | 'boards' | 'other' {
	if (/^\/catalogs(\/|$|\?)/.test(url)) return 'catalogs';
	if (/^\/boards(\/|$|\?)/.test(url)) return 'boards';
	return 'other';
}

const RECONNECT =
	'Open the Pinterest credential and reconnect it (OAuth2), or paste a new access token.';

const SPAM =
	"Pinterest's spam protection stopped this request. Slow down: set Max Parallel Requests to 1, put a Wait node between batches, and spread pins over hours and boards instead of many in a row. Repeated blocks can restrict the account, so do not retry at once.";

const RATE_LIMIT =
	'Pinterest rate limit reached, and it did not clear within the retries. Wait a few minutes, space the requests out (fewer items per run, Limit instead of Return All), or allow more waiting under Rate Limit Handling.';

const TRIAL_ACCESS =
	'Apps with Trial access may not create pins in production. In the Pinterest credential, set Environment to Sandbox (and use a Sandbox token), or apply for Standard access in your Pinterest app.';

const BUSINESS_HUB = 'https://www.pinterest.com/business/hub/';

const WENT_WRONG =
	"Something went wrong on Pinterest's side, and its answer does not say whether the request was carried out. Try again later; before re-running a create, check whether the object exists.";

/** A throttle ("Retry after N seconds", retry.ts): the node already waited and tried again. */
function throttledAdvice(seconds: number | undefined): string {
	const wait = seconds === undefined ? 'a moment' : `${seconds} s`;
	return `Pinterest is throttling these queries (reporting and analytics queries count against a cost limit of the ad account) and asks to wait ${wait}. The node waits that long and tries again while Max Attempts and Max Total Wait (Rate Limit Handling) allow; this still failed, so run the item again later. A shorter date range, fewer columns or fewer items at a time cost less. This is not a wrong parameter.`;
}

interface CodeRule {
	code: number;
	/** When the code needs more than its number (the status, the path, the message). */
	applies?: (failure: Failure) => boolean;
	advice: (failure: Failure) => string;
}

// Each code is one Pinterest sends; the comment says where it was seen. "OpenAPI" is the error
// examples of Pinterest's OpenAPI description (shared/pinterest/openapi-v5.yaml).
const CODE_RULES: CodeRule[] = [
	// Seen: gitroomhq/postiz-app PR #1962 (a stored live answer: {"code":9,"message":"Sorry! You've
	// hit a block (Pins) we have in place to combat spam. ..."}); README "Errors & limits".
	{ code: 9, advice: () => SPAM },
	// Seen: README "Errors & limits" ("Something went wrong on our end. Sorry about that.").
	{ code: CODE_SOMETHING_WENT_WRONG, advice: () => WENT_WRONG },
	// Seen: OpenAPI pins/create 400 "Whoops! It looks like you entered an invalid URL. ..."; README.
	{
		code: 1,
		applies: ({ request }) => request.method === 'POST' && /^\/pins\/?$/.test(request.url),
		advice: () =>
			"Pinterest could not use the pin's media. If the message is about the image: the URL must be public (no login, no IP allow-list, no hot-link protection), answer with a JPEG, PNG or WebP image, and be reachable from the internet; this can also be temporary on Pinterest's side, so try again later. Otherwise the message names the parameter to fix.",
	},
	// Seen: OpenAPI, 24 operations, 400 ("Parameter 'page_size' was not numeric (was 3e)", ...).
	{
		code: 1,
		advice: () =>
			'Pinterest rejected a parameter; the message above names it. Fix that field (or the expression that fills it) and run the item again.',
	},
	// Seen: OpenAPI, 9 operations, 401 "Authentication failed.".
	{
		code: 2,
		advice: () =>
			`Pinterest did not accept the credential's token (expired, revoked, or from another app). With OAuth2, n8n already tried to renew it. ${RECONNECT}`,
	},
	// Seen: OpenAPI ad_accounts/msot/events 401 "Your token does not have sufficient permissions ...".
	{
		code: 3,
		advice: ({ request }) =>
			request.scopes?.length
				? scopeAdvice(request.scopes)
				: 'The token is missing a scope this operation needs. Reconnect the credential so it is granted all the scopes the node asks for (see the README), or generate an access token with them.',
	},
	// Seen: OpenAPI pins/analytics 401 "Not authorized to access board or Pin.".
	{
		code: 7,
		advice: () =>
			'The connected account may not access this board or pin: it belongs to another account, or is secret and not shared with you. Check the ID, or connect the account that owns it. Reconnecting the same account does not help.',
	},
	// Seen: OpenAPI 429 "This request exceeded a rate limit. ... or if multiple write operations
	// are applied to an object within a short time window.".
	{
		code: 8,
		advice: () =>
			`${RATE_LIMIT} Many writes to one board or pin in a short time also count: spread them out.`,
	},
	// Seen: gitroomhq/postiz-app issue #1084 ({"code":29,"message":"Apps with Trial access may not
	// create Pins in production ..."}).
	{
		code: 29,
		applies: ({ apiMessage }) => /trial access/i.test(apiMessage),
		advice: () => TRIAL_ACCESS,
	},
	// Seen: OpenAPI, 17 catalogs operations with 401 and 4 ads/token operations with 403: "You are
	// not permitted to access that resource.". It is not an expired token: a new one of the same
	// account is refused too, unless a scope of the operation was missing.
	{
		code: 29,
		advice: ({ request }) => {
			const notPermitted = 'Pinterest does not permit the connected account to use this. ';
			if (request.scopes?.length) return notPermitted + scopeAdvice(request.scopes);
			return `${notPermitted}Check that the object belongs to the connected account. Reconnecting the same account does not change this.`;
		},
	},
	// Seen: airbytehq/airbyte source-pinterest unit_tests/test_reports.py (POST
	// /ad_accounts/{id}/reports → 429 {"code":2726,"message":"Reporting query cost limit exceeded.
	// Retry after 1 seconds"}); the connector waits the seconds the message gives.
	{
		code: 2726,
		advice: ({ status, apiMessage }) => throttledAdvice(throttleSeconds(status, apiMessage)),
	},
	// Seen: OpenAPI catalogs 403 "You must have a business account to operate as merchant.".
	{
		code: 654,
		advice: () =>
			'Catalogs need a Pinterest business account. Convert the account to a business account (or connect one), then run the node again.',
	},
	// Seen: OpenAPI catalogs 403 (12 operations) "... your account has been disapproved ...".
	{
		code: 2625,
		advice: () =>
			`Pinterest has disapproved this account for catalogs; nothing in n8n can change that. See the Business hub (${BUSINESS_HUB}) for the reason and how to appeal.`,
	},
	// Seen: OpenAPI catalogs 403 (11 operations) "We are reviewing your account. ...".
	{
		code: 2626,
		advice: () =>
			`Pinterest is still reviewing this account for catalogs. Wait until the review in the Business hub (${BUSINESS_HUB}) is done, then run the node again.`,
	},
	// Seen: NangoHQ/integration-templates integrations/pinterest/tests/catalog-product-groups.test.json
	// (recorded live: GET /v5/catalogs/product_groups → 409 {"code":4182,"message":"Can't access this
	// feature without an existing catalog"}); OpenAPI, 15 catalogs operations.
	{
		code: 4182,
		advice: () =>
			'The connected account has no catalog yet, so Pinterest has no product groups, feeds or products to show. Create a catalog first (Catalog → Create, then a feed for it, or add a data source in Pinterest Catalogs), then run the node again. This is not a conflict: running it again unchanged gives the same answer.',
	},
	// Seen: OpenAPI catalogs/feeds/delete 409 "We can't disable a Product Group with active promotions.".
	{
		code: 4162,
		advice: () =>
			'Product groups of this feed are promoted by active ads. Pause or archive those campaigns (or ads) first, then delete the feed.',
	},
	// Seen: OpenAPI catalogs/product_groups/delete 409 "We can't delete a Catalogs Product Group with active promotions.".
	{
		code: 4176,
		advice: () =>
			'This product group is promoted by active ads. Pause or archive those campaigns (or ads) first, then delete it.',
	},
	// Seen: OpenAPI catalogs/product_groups update and delete 409 "You cannot alter an auto generated catalogs product group.".
	{
		code: 4177,
		advice: () =>
			'Pinterest made this product group itself (from the feed), and it cannot be changed or deleted. Create your own product group with the filters you need instead.',
	},
	// Seen: OpenAPI catalogs/product_groups create and update 409 "A catalogs product group with these filters already exists for this feed.".
	{
		code: 4178,
		advice: () =>
			'The feed already has a product group with these filters. Use that one (Product Group → Get Many lists them), or change the filters.',
	},
	// Seen: OpenAPI catalogs/product_groups create and update 409 "A catalogs product group with this name already exists for this feed.".
	{
		code: 4179,
		advice: () =>
			'The feed already has a product group with this name. Use that one (Product Group → Get Many lists them), or choose another name.',
	},
	// Seen: OpenAPI catalogs/product_groups create and update 409 "Catalog product group filters failed validation ...".
	{
		code: 4183,
		advice: () =>
			"Pinterest refused the product group's filters. Check each filter's attribute and values against the feed's products (the message may say which), then run the item again.",
	},
	// Seen: OpenAPI catalogs/feeds/create 409 "User does not have a website." / "... a verified website.".
	{
		code: 4168,
		advice: () =>
			"A feed needs a website claimed by the account. Claim and verify the website of the feed's products (Account → Get Website Verification Code, then Account → Verify Website), then run the node again.",
	},
	{
		code: 4169,
		advice: () =>
			"A feed needs a verified website. Finish verifying the website (Account → Get Website Verification Code, then Account → Verify Website); Account → Get Websites shows each website's status.",
	},
	// Seen: OpenAPI catalogs/feeds/create 422 "The feed name already exists.".
	{
		code: 4170,
		advice: () =>
			'The account already has a feed with this name. Use that feed (Catalog → Get Feeds lists them), or choose another name.',
	},
];

/** The advice of the first rule for Pinterest's code that applies, if any. */
function adviceByCode(failure: Failure): string | undefined {
	if (failure.code === undefined) return undefined;
	const rule = CODE_RULES.find(
		(candidate) => candidate.code === failure.code && (candidate.applies?.(failure) ?? true),
	);
	return rule?.advice(failure);
}

/** What a 409 means where it happened. */
function conflictAdvice({ request }: Failure): string {
	const area = areaOf(request.url);
	if (area === 'boards') {
		// Seen: OpenAPI board_sections 409 "Could not get exclusive access to the board to create a
		// new section." / "Board section conflict." (code 409); shared/pinterest/REFERENCE.md 4.2.
		return 'Pinterest reported a conflict on this board (another change to it was in progress). Wait a moment and run the node again.';
	}
	if (area === 'catalogs') {
		return "Pinterest refused this because of the catalog's current state; the message above says what is in the way. Change that first: running the item again unchanged gives the same answer.";
	}
	return 'Pinterest refused this because it conflicts with the current state of the object; the message above says what is in the way. Change that first, then run the item again.';
}

/** What to do about an HTTP error answer of Pinterest: by its code first, then by status. */
export function adviceFor(
	status: number,
	code: number | undefined,
	apiMessage: string,
	request: AdviceRequest,
): string {
	const failure: Failure = { status, code, apiMessage, request };
	// Spam blocks are not always answered with code 9 (the quickstart reads the message).
	if (status === 429 && /spam/i.test(apiMessage)) return SPAM;
	// Seen: airbytehq/airbyte source-pinterest (manifest's analytics error handler and its tests:
	// a 400 whose message holds "Retry after N seconds" on analytics and report creation is
	// retried after N seconds; other 400s fail).
	const throttled = throttleSeconds(status, apiMessage);
	if (throttled !== undefined) return throttledAdvice(throttled);
	// The text under another code than 2787 (Airbyte's tests pair it with 12; REAL-API.md).
	if (saysSomethingWentWrong(code, apiMessage)) return WENT_WRONG;
	const byCode = adviceByCode(failure);
	if (byCode) return byCode;
	const { method, url } = request;
	if (status === 403 && request.scopes?.length) return scopeAdvice(request.scopes);
	if (status === 401) {
		return `Pinterest did not accept the credential. ${RECONNECT}`;
	}
	if (status === 403 && /trial access/i.test(apiMessage)) return TRIAL_ACCESS;
	if (status === 403) {
		return 'The token is missing a scope this operation needs, or the account may not access this object. Reconnect the credential so it is granted all the scopes the node asks for (see the README), and check that the board or pin belongs to this account.';
	}
	if (status === 404) {
		return `Pinterest could not find ${describeTarget(url)}. Check the ID (or pick it from the list) and that it belongs to the connected account.`;
	}
	if (status === 409) return conflictAdvice(failure);
	if (status === 429) return RATE_LIMIT;
	if (status >= 500 && method === 'POST') {
		return `Pinterest had a server problem, and the request may have been carried out anyway, so it was not sent again. Before running this item again, check whether it exists (for a pin: Pin → Get Many, or the board's pins), so that nothing is created twice.`;
	}
	if (status >= 500) {
		return 'Pinterest had a server problem and did not recover within the retries. Try again later; if it persists, check https://developers.pinterest.com for service status.';
	}
	if (status === 400) {
		return 'Pinterest rejected a parameter; the message above says which.';
	}
	return 'See the message above.';
}
