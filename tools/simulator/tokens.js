'use strict';
// The token store: access and refresh tokens with their expiry, authorization codes, generation.
const { mulberry32 } = require('./util');

const DEFAULT_SCOPES = [
	'boards:read',
	'boards:read_secret',
	'boards:write',
	'boards:write_secret',
	'pins:read',
	'pins:read_secret',
	'pins:write',
	'pins:write_secret',
	'user_accounts:read',
	'user_accounts:write',
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function createTokens(core) {
	const { opts } = core;
	const access = new Map();
	const refresh = new Map();
	const codes = new Map();
	let rng;

	function addAccessToken(token, extra = {}) {
		const expiresAt = core.now() + opts.accessTokenTtlSeconds * 1000;
		access.set(token, { expiresAt, scope: DEFAULT_SCOPES.join(','), ...extra });
	}
	function addRefreshToken(token, accessToken) {
		refresh.set(token, { accessToken, expiresAt: core.now() + opts.refreshTokenTtlSeconds * 1000 });
	}
	function randToken(prefix, len = 40) {
		let s = prefix;
		for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(rng() * ALPHABET.length)];
		return s;
	}
	function randHex(n) {
		let s = '';
		for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)];
		return s;
	}
	/** A new access token and its paired refresh token (what a code or refresh grant hands out). */
	function issuePair() {
		const accessToken = randToken('pina_');
		const refreshToken = randToken('pinr_');
		addAccessToken(accessToken, { refreshToken });
		addRefreshToken(refreshToken, accessToken);
		return { access_token: accessToken, refresh_token: refreshToken };
	}
	function isValid(store, token) {
		const t = store.get(token);
		return !!t && t.expiresAt > core.now();
	}
	function expire(store, token) {
		const had = store.has(token);
		store.delete(token);
		return had;
	}

	/** Back to the configured tokens (access token i pairs with refresh token i); PRNG re-seeded. */
	function reset() {
		rng = mulberry32((opts.seed ^ 0x85ebca6b) >>> 0);
		access.clear();
		refresh.clear();
		codes.clear();
		opts.accessTokens.forEach((t, i) => {
			const r = opts.refreshTokens[i];
			addAccessToken(t, r ? { refreshToken: r } : {});
		});
		opts.refreshTokens.forEach((r, i) => addRefreshToken(r, opts.accessTokens[i]));
	}

	return {
		access,
		refresh,
		codes,
		scope: DEFAULT_SCOPES.join(','),
		addAccessToken,
		randToken,
		randHex,
		issuePair,
		isValid,
		expire,
		reset,
	};
}

module.exports = { createTokens, DEFAULT_SCOPES };
