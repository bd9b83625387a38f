'use strict';
/*
 * Authentication: the Bearer check of every /v5 call, and the OAuth token endpoint
 * (POST /v5/oauth/token with HTTP Basic client auth and a form-urlencoded body).
 */
const { ApiError, MSG, bad } = require('./params');

function createAuth(core) {
	const { opts, tokens } = core;

	/** The access token of a valid `Authorization: Bearer` header, else 401 code 2. */
	function checkBearer(headers) {
		const h = headers.authorization;
		const m = typeof h === 'string' && /^Bearer\s+(\S+)\s*$/i.exec(h);
		if (!m) throw new ApiError(401, 2, MSG.auth);
		const t = tokens.access.get(m[1]);
		if (!t || t.expiresAt <= core.now()) throw new ApiError(401, 2, MSG.auth);
		return m[1];
	}

	function checkClient(headers) {
		const h = headers.authorization;
		const m = typeof h === 'string' && /^Basic\s+(\S+)\s*$/i.exec(h);
		let ok = false;
		if (m) {
			const dec = Buffer.from(m[1], 'base64').toString('utf8');
			const i = dec.indexOf(':');
			ok = i > 0 && dec.slice(0, i) === opts.clientId && dec.slice(i + 1) === opts.clientSecret;
		}
		if (!ok) throw new ApiError(401, 2, MSG.auth);
	}

	/** A token pair as the code and refresh grants answer it. */
	function pairResponse(responseType, scope = tokens.scope) {
		const accessTtl = opts.accessTokenTtlSeconds;
		const refreshTtl = opts.refreshTokenTtlSeconds;
		return {
			...tokens.issuePair(),
			response_type: responseType,
			token_type: 'bearer',
			expires_in: accessTtl,
			refresh_token_expires_in: refreshTtl,
			refresh_token_expires_at: Math.floor(core.now() / 1000) + refreshTtl,
			scope,
		};
	}

	function authorizationCode(body) {
		if (!body.code) throw bad("Missing required parameter 'code'.");
		if (!body.redirect_uri) throw bad("Missing required parameter 'redirect_uri'.");
		let scope;
		if (body.code !== 'demo-code') {
			const c = tokens.codes.get(body.code);
			if (!c) throw bad('Invalid authorization code.');
			if (c.redirectUri && c.redirectUri !== body.redirect_uri) {
				throw bad('redirect_uri does not match the authorization request.');
			}
			tokens.codes.delete(body.code);
			scope = c.scope;
		}
		return { status: 200, body: pairResponse('authorization_code', scope) };
	}

	/** Refresh rotates: the old refresh token and its paired access token stop working. */
	function refreshToken(body) {
		if (!body.refresh_token) throw bad("Missing required parameter 'refresh_token'.");
		const r = tokens.refresh.get(body.refresh_token);
		if (!r || r.expiresAt <= core.now()) throw bad('Invalid refresh token.');
		tokens.refresh.delete(body.refresh_token);
		if (r.accessToken) tokens.access.delete(r.accessToken);
		return { status: 200, body: pairResponse('refresh_token') };
	}

	function clientCredentials(body) {
		if (!body.scope) throw bad("Missing required parameter 'scope'.");
		const access = tokens.randToken('pina_');
		tokens.addAccessToken(access);
		return {
			status: 200,
			body: {
				access_token: access,
				token_type: 'bearer',
				expires_in: opts.accessTokenTtlSeconds,
				scope: String(body.scope),
				response_type: 'client_credentials',
			},
		};
	}

	/** POST /oauth/token. */
	function oauthToken(ctx) {
		checkClient(ctx.headers);
		const ct = String(ctx.headers['content-type'] || '');
		if (!/^application\/x-www-form-urlencoded/i.test(ct)) {
			throw bad('The token request body must be application/x-www-form-urlencoded.');
		}
		const body = ctx.body || {};
		for (const [k, v] of Object.entries(body)) {
			if (Array.isArray(v)) throw bad(`Parameter '${k}' must not be repeated.`);
		}
		const grant = body.grant_type;
		if (grant === 'authorization_code') return authorizationCode(body);
		if (grant === 'refresh_token') return refreshToken(body);
		if (grant === 'client_credentials') return clientCredentials(body);
		throw bad(`Unsupported grant_type '${grant === undefined ? '' : grant}'.`);
	}

	return { checkBearer, oauthToken };
}

module.exports = { createAuth };
