'use strict';
/*
 * The OAuth consent page, as www.pinterest.com/oauth/ shows it to a user: GET /oauth/ checks
 * client_id, redirect_uri, response_type=code and the comma-separated scope, and shows the app,
 * the scopes and Allow / Deny. POST /oauth/decide redirects back to redirect_uri with a one-time
 * code and the same state (Allow), or with error=access_denied (Deny). The token endpoint takes
 * that code once, for that redirect_uri (auth.js).
 */
const { parseQuery } = require('./params');

// Every scope of Pinterest's OpenAPI description (components.securitySchemes.pinterest_oauth2).
const KNOWN_SCOPES = new Set([
	'ads:read',
	'ads:write',
	'billing:read',
	'billing:write',
	'biz_access:read',
	'biz_access:write',
	'boards:read',
	'boards:read_secret',
	'boards:write',
	'boards:write_secret',
	'catalogs:read',
	'catalogs:write',
	'msot:write',
	'pins:read',
	'pins:read_secret',
	'pins:write',
	'pins:write_secret',
	'user_accounts:read',
	'user_accounts:write',
]);

const escapeHtml = (text) =>
	String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);

function page(res, status, title, body) {
	const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;color:#111}
h1{font-size:1.4rem}li{margin:.2rem 0}button{font-size:1rem;padding:.6rem 1.4rem;margin-right:.8rem;border-radius:2rem;border:0;cursor:pointer}
#allow{background:#e60023;color:#fff}#deny{background:#efefef}</style></head>
<body>${body}</body></html>`;
	res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
	res.end(html);
}

function createConsent(core) {
	const { opts, tokens } = core;
	/** Pending consents: one id per page shown, used once by its form. */
	const pending = new Map();

	/** What is wrong with an authorization request, or undefined. */
	function problem(q) {
		if (q.client_id !== opts.clientId) return `Unknown client_id "${q.client_id ?? ''}".`;
		if (q.response_type !== 'code') return 'response_type must be "code".';
		let redirect;
		try {
			redirect = new URL(String(q.redirect_uri ?? ''));
		} catch {
			return 'redirect_uri is missing or not a URL.';
		}
		if (!/^https?:$/.test(redirect.protocol)) return 'redirect_uri must be an http(s) URL.';
		const scopes = String(q.scope ?? '')
			.split(',')
			.map((s) => s.trim());
		if (!scopes[0]) return 'scope is missing (a comma-separated list).';
		const unknown = scopes.filter((s) => !KNOWN_SCOPES.has(s));
		if (unknown.length) return `Unknown scope(s): ${unknown.join(', ')}.`;
		return undefined;
	}

	function show(res, q) {
		const wrong = problem(q);
		if (wrong) {
			page(
				res,
				400,
				'Invalid request',
				`<h1>Invalid authorization request</h1><p id="error">${escapeHtml(wrong)}</p>`,
			);
			return;
		}
		const id = tokens.randToken('consent_', 16);
		const scopes = String(q.scope)
			.split(',')
			.map((s) => s.trim());
		pending.set(id, { redirectUri: String(q.redirect_uri), state: q.state, scopes });
		const list = scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
		page(
			res,
			200,
			'Give access to your Pinterest account',
			`<h1>${escapeHtml(opts.appName)} wants to access your Pinterest account</h1>
<p>Signed in as <strong>${escapeHtml(core.sim.state.user.username)}</strong>. It asks for:</p>
<ul id="scopes">${list}</ul>
<form method="post" action="/oauth/decide">
<input type="hidden" name="consent" value="${id}">
<button id="allow" name="decision" value="allow">Allow</button>
<button id="deny" name="decision" value="deny">Deny</button>
</form>`,
		);
	}

	function decide(req, res) {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			const form = parseQuery(new URLSearchParams(raw));
			const consent = pending.get(form.consent);
			if (!consent) {
				page(
					res,
					400,
					'Expired',
					'<h1>This consent page has expired</h1><p>Start again from n8n.</p>',
				);
				return;
			}
			pending.delete(form.consent);
			const target = new URL(consent.redirectUri);
			if (form.decision === 'allow') {
				const code = tokens.randToken('code_', 24);
				tokens.codes.set(code, {
					redirectUri: consent.redirectUri,
					scope: consent.scopes.join(','),
				});
				target.searchParams.set('code', code);
			} else {
				target.searchParams.set('error', 'access_denied');
			}
			if (consent.state !== undefined) target.searchParams.set('state', String(consent.state));
			res.writeHead(302, { location: target.toString() });
			res.end();
		});
	}

	/** Answers /oauth/ and /oauth/decide; false for any other path. */
	function handle(req, res, path, query) {
		if ((path === '/oauth/' || path === '/oauth') && req.method === 'GET') {
			req.resume();
			show(res, query);
			return true;
		}
		if (path === '/oauth/decide' && req.method === 'POST') {
			decide(req, res);
			return true;
		}
		return false;
	}

	function reset() {
		pending.clear();
	}

	return { handle, reset, KNOWN_SCOPES };
}

module.exports = { createConsent, KNOWN_SCOPES };
