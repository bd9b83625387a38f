'use strict';
// API errors, and the checks of query parameters and JSON bodies with the messages they answer.

/** An error answer of the API: HTTP status, Pinterest error code, message (and extra headers). */
class ApiError extends Error {
	constructor(status, code, message, headers) {
		super(message);
		this.status = status;
		this.code = code;
		this.headers = headers;
	}
}
const bad = (message) => new ApiError(400, 1, message);

const MSG = {
	auth: 'Authentication failed.',
	rate:
		'This request exceeded a rate limit. This can happen if the client exceeds one of the published rate ' +
		'limits or if multiple write operations are applied to an object within a short time window.',
	board: 'Board not found.',
	pin: 'Pin not found.',
	section: "Sorry! We couldn't find this board section.",
	user: 'User not found.',
	media: 'Media upload not found.',
	forbidden: 'You are not permitted to access that resource.',
};

const DIGITS_RE = /^\d+$/;

/** URLSearchParams to an object; repeated keys become arrays. */
function parseQuery(searchParams) {
	const q = {};
	for (const [k, v] of searchParams) {
		if (Object.prototype.hasOwnProperty.call(q, k)) {
			q[k] = Array.isArray(q[k]) ? q[k].concat(v) : [q[k], v];
		} else q[k] = v;
	}
	return q;
}

function single(query, name) {
	const v = query[name];
	if (Array.isArray(v)) throw bad(`Parameter '${name}' must not be repeated.`);
	return v;
}

function invalidValue(name, v, allowed) {
	return bad(`Parameter '${name}' has an invalid value '${v}'; allowed: ${allowed.join(', ')}.`);
}

function enumParam(query, name, allowed, { required = false, def } = {}) {
	const v = single(query, name);
	if (v === undefined || v === '') {
		if (required) throw bad(`Parameter '${name}' is required.`);
		return def;
	}
	if (!allowed.includes(v)) throw invalidValue(name, v, allowed);
	return v;
}

function boolParam(query, name, def = false) {
	const v = single(query, name);
	if (v === undefined || v === '') return def;
	if (v === 'true') return true;
	if (v === 'false') return false;
	throw bad(`Parameter '${name}' must be 'true' or 'false' (was ${v}).`);
}

function intParam(query, name, { min, max, def, required = false } = {}) {
	const v = single(query, name);
	if (v === undefined || v === '') {
		if (required) throw bad(`Parameter '${name}' is required.`);
		return def;
	}
	if (!/^-?\d+$/.test(v)) throw bad(`Parameter '${name}' was not numeric (was ${v})`);
	const n = Number(v);
	if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
		throw bad(`Parameter '${name}' must be between ${min} and ${max} (was ${v})`);
	}
	return n;
}

/** A comma-separated list sent once (explode=false); duplicates dropped. */
function commaListParam(query, name, allowed, { required = false } = {}) {
	const v = query[name];
	if (Array.isArray(v)) {
		throw bad(
			`Parameter '${name}' must be sent once as a comma-separated list (explode=false), not repeated.`,
		);
	}
	if (v === undefined || v === '') {
		if (required) throw bad(`Parameter '${name}' is required.`);
		return undefined;
	}
	const items = v.split(',');
	for (const it of items) {
		if (!allowed.includes(it)) throw invalidValue(name, it, allowed);
	}
	return Array.from(new Set(items));
}

function checkAdAccount(query) {
	const v = single(query, 'ad_account_id');
	if (v !== undefined && (!DIGITS_RE.test(v) || v.length > 18)) {
		throw bad(`Parameter 'ad_account_id' must match ^\\d+$ with at most 18 digits (was ${v}).`);
	}
}

function checkPathId(value, name) {
	if (!DIGITS_RE.test(value))
		throw bad(`Path parameter '${name}' must match ^\\d+$ (was ${value}).`);
}

function optString(body, name, maxLength, { nullable = true } = {}) {
	if (!(name in body)) return undefined;
	const v = body[name];
	if (v === null) {
		if (nullable) return null;
		throw bad(`Field '${name}' must not be null.`);
	}
	if (typeof v !== 'string') throw bad(`Field '${name}' must be a string.`);
	if (maxLength !== undefined && v.length > maxLength) {
		throw bad(
			`Field '${name}' is too long: maximum length is ${maxLength} characters (was ${v.length}).`,
		);
	}
	return v;
}

function optDigits(body, name, { nullable = true } = {}) {
	const v = optString(body, name, undefined, { nullable });
	if (typeof v === 'string' && !DIGITS_RE.test(v)) {
		// The live message quotes the value and the pattern (REAL-API.md, "Errors").
		throw bad(`Field '${name}': '${v}' does not match '^\\d+$'.`);
	}
	return v;
}

function requireObjectBody(body) {
	if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw bad('Request body must be a JSON object.');
	}
	return body;
}

module.exports = {
	ApiError,
	bad,
	MSG,
	DIGITS_RE,
	parseQuery,
	single,
	enumParam,
	boolParam,
	intParam,
	commaListParam,
	checkAdAccount,
	checkPathId,
	optString,
	optDigits,
	requireObjectBody,
};
