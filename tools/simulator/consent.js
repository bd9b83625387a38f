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

// The simulator's mark (the package's icon), as the tab's icon: browsers ask for /favicon.ico.
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#e60023"/><path fill="#fff" d="M33.2 12c-11 0-16.6 7.9-16.6 14.5 0 4 1.5 7.5 4.7 8.8.5.2 1 0 1.2-.6l.5-1.9c.2-.6.1-.8-.3-1.3-.9-1.1-1.5-2.5-1.5-4.5 0-5.8 4.3-11 11.3-11 6.2 0 9.6 3.8 9.6 8.8 0 6.6-2.9 12.2-7.3 12.2-2.4 0-4.2-2-3.6-4.4.7-2.9 2-6 2-8.1 0-1.9-1-3.4-3.1-3.4-2.5 0-4.4 2.5-4.4 5.9 0 2.2.7 3.6.7 3.6l-3 12.6c-.9 3.7-.1 8.3-.1 8.8 0 .3.4.4.6.2.3-.3 3.4-4.2 4.5-8.1l1.7-6.7c.9 1.7 3.4 3.1 6.1 3.1 8 0 13.5-7.3 13.5-17.1C49.9 18.8 43.7 12 33.2 12z"/></svg>`;

// A card like Pinterest's own consent dialog: the mark, the request, the scopes, two round buttons.
const STYLE = `*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f1f1f1;font:16px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#111}
main{background:#fff;width:100%;max-width:30rem;margin:2rem 1rem;padding:2rem 2rem 1.6rem;border-radius:1.5rem;box-shadow:0 2px 12px rgba(0,0,0,.12);text-align:center}
.mark{width:3rem;height:3rem}
h1{font-size:1.45rem;line-height:1.25;margin:.8rem 0 .6rem}
p{margin:.4rem 0;color:#5f5f5f}
#scopes{list-style:none;margin:1rem 0;padding:0;text-align:left;border:1px solid #e9e9e9;border-radius:1rem}
#scopes li{padding:.5rem 1rem;border-top:1px solid #e9e9e9;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9rem}
#scopes li:first-child{border-top:0}
form{display:flex;gap:.8rem;justify-content:center;margin-top:1.2rem}
button{font:inherit;font-weight:600;padding:.7rem 1.6rem;border-radius:2rem;border:0;cursor:pointer}
#allow{background:#e60023;color:#fff}#allow:hover{background:#ad081b}
#deny{background:#e9e9e9;color:#111}#deny:hover{background:#dadada}
.note{font-size:.8rem;margin-top:1.2rem;color:#767676}
#error{color:#b60000}`;

function page(res, status, title, body) {
	const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${STYLE}</style></head>
<body><main><img class="mark" src="/favicon.svg" alt="Pinterest simulator">
${body}
<p class="note">Pinterest simulator: a local stand-in for pinterest.com, for tests and demos.</p></main></body></html>`;
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

	/** Answers /oauth/, /oauth/decide and the page's icon; false for any other path. */
	function handle(req, res, path, query) {
		if ((path === '/favicon.ico' || path === '/favicon.svg') && req.method === 'GET') {
			req.resume();
			res.writeHead(200, {
				'content-type': 'image/svg+xml',
				'cache-control': 'max-age=86400',
			});
			res.end(FAVICON);
			return true;
		}
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
