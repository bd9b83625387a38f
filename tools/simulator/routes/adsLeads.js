'use strict';
/*
 * Lead ads in the simulator's ads extension: lead forms (list, get, test data), lead ads
 * webhook subscriptions (list, create, get, delete) and leads that are delivered, encrypted,
 * to the subscriptions' webhook URLs, the way Pinterest's lead ads guide describes:
 *
 * - a delivery is an HTTP POST of a JSON array of leads to webhook_url, without authentication;
 * - each lead carries advertiser_id, lead_form_id, ad_id, campaign_id, ad_group_id, lead_id,
 *   created_time, is_test, and the lead's answers encrypted with AES-256-GCM under the
 *   subscription's cryptographic_key. The guide does not name the encrypted fields; the
 *   simulator sends base64_encrypted_data, base64_iv (12 bytes) and base64_tag (16 bytes), and
 *   the plaintext is { "answers": [{ question_type, custom_question_label, answer }] };
 * - 429 and 5xx answers (and network errors) are retried, other statuses are final; retries
 *   are bounded (opts.leadDeliveryDelaysMs, one retry per entry).
 *
 * The key is in the create's answer and, as recorded from the live API, in lists and gets too
 * (REAL-API.md); created_time is in milliseconds, as recorded.
 *
 * Support endpoints (test and demo only, not Pinterest's API):
 *   POST /__leads/submit   { ad_account_id?, lead_form_id?, answers: [..] | { name: value },
 *                            lead_id?, corrupt? }   a person submits a lead form
 *   GET  /__leads/deliveries   every delivery attempt (status, attempt, lead_id, url)
 *
 * opts.deliverLeads === false keeps deliveries in (lead.envelopes holds what would be sent), for
 * tests that hand them to the trigger themselves.
 */
const crypto = require('crypto');
const http = require('http');
const https = require('https');

const DEFAULT_DELAYS_MS = [200, 500, 1000];

function leadFormDefaults() {
	return {
		name: 'Lead form',
		status: 'ACTIVE',
		privacy_policy_link: 'https://www.example.com/privacy',
		has_accepted_terms: true,
		completion_message: 'Thank you, we will be in touch.',
		disclosure_language: null,
		policy_links: [],
		questions: [
			{ question_type: 'FIRST_NAME', custom_question_field_type: null },
			{ question_type: 'EMAIL', custom_question_field_type: null },
			{
				question_type: 'CUSTOM',
				custom_question_field_type: 'RADIO_LIST',
				custom_question_label: 'What is your budget?',
				custom_question_options: ['Under $100', '$100-$500', 'Over $500'],
			},
		],
	};
}

/** POSTs one JSON body; resolves with the status, or 0 on a network error. */
function post(url, body, timeoutMs) {
	return new Promise((resolve) => {
		let target;
		try {
			target = new URL(url);
		} catch {
			resolve(0);
			return;
		}
		const data = Buffer.from(JSON.stringify(body));
		const client = target.protocol === 'https:' ? https : http;
		const req = client.request(
			target,
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', 'content-length': data.length },
				timeout: timeoutMs,
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode || 0));
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => resolve(0));
		req.end(data);
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function createLeadRoutes(ctx) {
	const { state, id, fail, bad, page, reply, opts, account } = ctx;
	const delays = opts.leadDeliveryDelaysMs || DEFAULT_DELAYS_MS;
	const now = () => Date.now();

	function forms(accountId) {
		return state().leadForms.filter((f) => f.ad_account_id === accountId);
	}
	function form(accountId, formId) {
		const found = forms(accountId).find((f) => f.id === formId);
		if (!found) throw fail(404, 4842, 'Lead form is not found.');
		return found;
	}
	function subscriptions(accountId) {
		return state().leadSubscriptions.filter((s) => s.ad_account_id === accountId && !s.deleted);
	}
	function subscription(accountId, subscriptionId) {
		const found = subscriptions(accountId).find((s) => s.id === subscriptionId);
		if (!found) throw fail(404, 404, 'Subscription not found.');
		return found;
	}
	/** What the API shows of a subscription, its key included (recorded in create, list and get). */
	function shown(s) {
		const { deleted, key, ...rest } = s;
		void deleted;
		return {
			...rest,
			cryptographic_key: key,
			cryptographic_algorithm: 'AES-256-GCM',
		};
	}

	function pageSize(query) {
		if (query.page_size === undefined) return;
		const n = Number(query.page_size);
		if (!Number.isInteger(n) || n < 1 || n > 250)
			throw bad(`Parameter 'page_size' must be between 1 and 250`);
	}

	function addLeadForm(accountId, spec = {}) {
		const created = Math.floor(now() / 1000);
		const f = {
			...leadFormDefaults(),
			...spec,
			id: id(),
			ad_account_id: accountId,
			created_time: created,
			updated_time: created,
		};
		state().leadForms.push(f);
		return f;
	}

	function createSubscription(accountId, body) {
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw bad('Body must be an object.');
		const url = body.webhook_url;
		if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url))
			throw bad('webhook_url must be an HTTPS URL.');
		let formId = null;
		if (body.lead_form_id !== undefined) {
			if (typeof body.lead_form_id !== 'string' || !/^\d+$/.test(body.lead_form_id))
				throw bad('lead_form_id must be a string of digits.');
			formId = form(accountId, body.lead_form_id).id;
		}
		const duplicate = subscriptions(accountId).find(
			(s) => s.webhook_url === url && s.lead_form_id === formId,
		);
		if (duplicate) throw bad('A subscription for this webhook URL and lead form already exists.');
		const s = {
			id: id(),
			ad_account_id: accountId,
			lead_form_id: formId,
			webhook_url: url,
			api_version: 'v5',
			created_time: now(),
			user_account_id: '1000000000001',
			key: crypto.randomBytes(32).toString('base64'),
			deleted: false,
		};
		state().leadSubscriptions.push(s);
		return shown(s);
	}

	/** Encrypts a lead for one subscription (corrupt: under another key). */
	function envelope(lead, s, corrupt) {
		const key = corrupt ? crypto.randomBytes(32) : Buffer.from(s.key, 'base64');
		const iv = crypto.randomBytes(12);
		const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
		const plaintext = JSON.stringify({ answers: lead.answers });
		const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
		return {
			advertiser_id: lead.ad_account_id,
			lead_form_id: lead.lead_form_id,
			ad_id: lead.ad_id,
			campaign_id: lead.campaign_id,
			ad_group_id: lead.ad_group_id,
			lead_id: lead.id,
			created_time: lead.created_time,
			is_test: lead.is_test,
			base64_encrypted_data: ciphertext.toString('base64'),
			base64_iv: iv.toString('base64'),
			base64_tag: cipher.getAuthTag().toString('base64'),
		};
	}

	/** Sends a lead to one subscription, retrying 429/5xx/network errors a bounded number of times. */
	async function deliver(lead, s, body) {
		for (let attempt = 1; ; attempt++) {
			if (s.deleted) return;
			const status = await post(s.webhook_url, body, 10000);
			state().deliveries.push({
				lead_id: lead.id,
				subscription_id: s.id,
				url: s.webhook_url,
				attempt,
				status,
				at: now(),
			});
			const retryable = status === 0 || status === 429 || status >= 500;
			if (!retryable || attempt > delays.length) return;
			await sleep(delays[attempt - 1]);
		}
	}

	/** A lead of a form: stored, then delivered to every subscription that covers the form. */
	function submit(accountId, f, rawAnswers, extra = {}) {
		const questions = f.questions || [];
		let values;
		if (Array.isArray(rawAnswers)) values = rawAnswers.map((a) => String(a));
		else if (rawAnswers && typeof rawAnswers === 'object') {
			values = questions.map((q) => {
				const name =
					q.question_type === 'CUSTOM' ? q.custom_question_label : q.question_type.toLowerCase();
				return rawAnswers[name] === undefined ? '' : String(rawAnswers[name]);
			});
		} else throw bad('answers must be an array or an object.');
		if (values.length < 1 || values.length > Math.max(questions.length, 1))
			throw bad(`The lead form has ${questions.length} questions; give one answer per question.`);
		const ad = state().ads.find((a) => a.ad_account_id === accountId);
		const lead = {
			id: extra.lead_id ? String(extra.lead_id) : id(),
			ad_account_id: accountId,
			lead_form_id: f.id,
			ad_id: ad ? ad.id : null,
			campaign_id: ad ? ad.campaign_id : null,
			ad_group_id: ad ? ad.ad_group_id : null,
			created_time: now(),
			is_test: Boolean(extra.is_test),
			answers: values.map((answer, i) => ({
				question_type: questions[i] ? questions[i].question_type : 'CUSTOM',
				custom_question_label: questions[i] ? questions[i].custom_question_label || null : null,
				answer,
			})),
		};
		state().leads.push(lead);
		const targets = subscriptions(accountId).filter(
			(s) => s.lead_form_id === null || s.lead_form_id === f.id,
		);
		// What each subscription gets; kept on the lead, so that tests can replay a delivery.
		lead.envelopes = targets.map((s) => ({
			subscription_id: s.id,
			body: [envelope(lead, s, Boolean(extra.corrupt))],
		}));
		lead.delivered =
			opts.deliverLeads === false
				? Promise.resolve([])
				: Promise.all(lead.envelopes.map((e, i) => deliver(lead, targets[i], e.body)));
		return { lead, targets };
	}

	function testLead(accountId, formId, body) {
		const f = form(accountId, formId);
		if (!body || !Array.isArray(body.answers) || body.answers.some((a) => typeof a !== 'string'))
			throw bad('answers must be an array of strings.');
		const { targets } = submit(accountId, f, body.answers, { is_test: true });
		if (targets.length === 0) throw fail(404, 4842, 'Lead not found.');
		return { subscription_id: targets[0].id };
	}

	const at = (path) => new RegExp(`^/ad_accounts/(\\d+)${path}$`);
	const read = ['ads:read'];
	const write = ['ads:write'];
	const routes = [
		[
			'GET',
			at('/lead_forms'),
			(c, [a]) => {
				account(a);
				pageSize(c.query);
				const all = state().leadForms;
				const descending = c.query.order === 'DESCENDING';
				let items = forms(a);
				if (descending) items = [...items].reverse();
				return page(c.query, `leadForms:${a}`, all, items, { descending });
			},
			read,
		],
		['GET', at('/lead_forms/(\\d+)'), (c, [a, f]) => (account(a), form(a, f)), read],
		[
			'POST',
			at('/lead_forms/(\\d+)/test'),
			(c, [a, f]) => (account(a), testLead(a, f, c.body)),
			write,
		],
		[
			'GET',
			at('/leads/subscriptions'),
			(c, [a]) => {
				account(a);
				pageSize(c.query);
				const all = state().leadSubscriptions;
				const items = subscriptions(a).map((s) => shown(s));
				return page(c.query, `leadSubscriptions:${a}`, all, items);
			},
			read,
		],
		[
			'POST',
			at('/leads/subscriptions'),
			(c, [a]) => (account(a), createSubscription(a, c.body)),
			write,
		],
		[
			'GET',
			at('/leads/subscriptions/(\\d+)'),
			(c, [a, s]) => (account(a), shown(subscription(a, s))),
			read,
		],
		[
			'DELETE',
			at('/leads/subscriptions/(\\d+)'),
			(c, [a, s]) => {
				account(a);
				subscription(a, s).deleted = true;
				return reply(204, undefined);
			},
			write,
		],
	];

	function readJson(req) {
		return new Promise((resolve) => {
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				try {
					resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
				} catch {
					resolve(undefined);
				}
			});
		});
	}
	function json(res, status, body) {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	}

	/** The support endpoints; true when it answered. */
	function serve(req, res, pathname) {
		if (pathname === '/__leads/deliveries' && req.method === 'GET') {
			req.resume();
			json(res, 200, { items: state().deliveries });
			return true;
		}
		if (pathname !== '/__leads/submit' || req.method !== 'POST') return false;
		readJson(req).then((body) => {
			try {
				if (!body || typeof body !== 'object') throw bad('Body must be a JSON object.');
				const accountId = body.ad_account_id
					? String(body.ad_account_id)
					: state().adAccounts[0]?.id;
				if (!accountId) throw fail(404, 2, 'Ad account not found.');
				account(accountId);
				const f = body.lead_form_id
					? form(accountId, String(body.lead_form_id))
					: forms(accountId)[0];
				if (!f) throw fail(404, 4842, 'Lead form is not found.');
				const { lead, targets } = submit(accountId, f, body.answers, body);
				json(res, 200, {
					lead_id: lead.id,
					lead_form_id: f.id,
					subscriptions: targets.map((s) => s.id),
				});
			} catch (e) {
				json(res, e.status || 500, { code: e.code || 500, message: e.message });
			}
		});
		return true;
	}

	return { routes, serve, addLeadForm, submit };
}

module.exports = { createLeadRoutes };
