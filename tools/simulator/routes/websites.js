'use strict';
/*
 * The websites of the account (claimed or not), their verification code, and the linked
 * business accounts: user_account/websites[/verification] and user_account/businesses.
 *
 * Choices where the spec is silent: a website is a domain with an optional path and no scheme
 * (else 400 code 1); verifying one under the reserved `.invalid` top-level domain answers 200 with
 * status "failure" and no verified_at (the code was not found); verifying again refreshes it.
 */
const { paginate } = require('../pagination');
const { ApiError, bad, checkAdAccount, requireObjectBody, single } = require('../params');
const { fnv1a } = require('../util');

const METHODS = ['FILENAME', 'METATAG', 'DNSTXT'];
const WEBSITE_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s]*)?$/i;

module.exports = function websiteRoutes(core) {
	const { sim, store } = core;

	function checkWebsite(value, where) {
		if (typeof value !== 'string' || value === '') throw bad(`${where} 'website' is required.`);
		if (!WEBSITE_RE.test(value))
			throw bad(`${where} 'website' must be a domain with an optional path, e.g. mysite.test.`);
		return value;
	}
	const render = (w) => {
		const view = { website: w.website, status: w.status };
		if (w.verified_at) view.verified_at = w.verified_at;
		return view;
	};
	const byWebsite = (website) =>
		Object.values(sim.state.websites).find((w) => w.website === website);

	/** The account's code: 32 hex digits from its username, the same on every call. */
	function verificationCode() {
		const name = sim.state.user.username;
		return [1, 2, 3, 4]
			.map((n) => fnv1a(`${n}|${name}`).toString(16).padStart(8, '0'))
			.join('')
			.slice(0, 32);
	}

	return {
		'user_websites/get': (c) => ({
			status: 200,
			body: paginate(c.query, 'websites', store.sorted(sim.state.websites), render),
		}),
		'verify_website/update': (c) => {
			checkAdAccount(c.query);
			requireObjectBody(c.body);
			const website = checkWebsite(c.body.website, 'Field');
			if (c.body.verification_method !== undefined && !METHODS.includes(c.body.verification_method))
				throw bad(`Invalid verification_method '${c.body.verification_method}'.`);
			const found = /\.invalid(\/|$)/i.test(website);
			let record = byWebsite(website);
			if (!record) {
				const id = store.newId();
				record = { id, created_at: store.nextCreatedAt(), website };
				sim.state.websites[id] = record;
			}
			record.status = found ? 'failure' : 'success';
			record.verified_at = found ? undefined : new Date(core.now()).toISOString().replace('Z', '');
			return { status: 200, body: render(record) };
		},
		'unverify_website/delete': (c) => {
			const website = checkWebsite(single(c.query, 'website'), 'Parameter');
			const record = byWebsite(website);
			if (!record) throw new ApiError(404, 404, 'Website not in user list.');
			delete sim.state.websites[record.id];
			return { status: 204 };
		},
		'website_verification/get': (c) => {
			checkAdAccount(c.query);
			const code = verificationCode();
			return {
				status: 200,
				body: {
					verification_code: code,
					dns_txt_record: `pinterest-site-verification=${code}`,
					metatag: `<meta name="p:domain_verify" content="${code}"/>`,
					filename: `pinterest-${code.slice(0, 5)}.html`,
					file_content: `<html><head><meta name="p:domain_verify" content="${code}"/></head><body></body></html>`,
				},
			};
		},
		'linked_business_accounts/get': () => ({
			status: 200,
			body: sim.state.linkedBusinesses.map((b) => ({ ...b })),
		}),
	};
};
