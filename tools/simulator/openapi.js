'use strict';
/*
 * Validate requests/responses against Pinterest's official OpenAPI 3.0 description with ajv.
 *
 * The OpenAPI file is NOT part of this project. specPath() looks, in this order, at env
 * PINTEREST_OPENAPI, ../shared/pinterest/openapi-v5.yaml (relative to the repository root), and
 * the file `npm run fetch:openapi` downloads (downloadedSpecPath(); the lookup lives in
 * scripts/lib/openapi-source.js).
 *
 *   const oa = require('./openapi');
 *   if (oa.specAvailable()) {
 *     oa.validateResponse('boards/list', 200, body)   // -> { valid, errors, operationId, status }
 *     oa.validateResponse({ method: 'GET', path: '/v5/boards' }, 200, body)
 *     oa.validateRequest({ method: 'GET', path: '/v5/boards?page_size=300', query, body })
 *   }
 */
const fs = require('fs');

const {
	resolveSpecPath,
	downloadedSpecPath,
	FETCH_HINT,
} = require('../../scripts/lib/openapi-source');
const { convert, DOC_ID } = require('./openapiSchema');

function specPath() {
	return resolveSpecPath(process.env);
}

function specAvailable() {
	try {
		return fs.statSync(specPath()).isFile();
	} catch (e) {
		return false;
	}
}

let cache = null;

function loadSpec() {
	if (cache) return cache.spec;
	const p = specPath();
	if (!specAvailable()) {
		throw new Error(`Pinterest OpenAPI file not found at ${p}: ${FETCH_HINT}.`);
	}
	const YAML = require('yaml');
	const spec = YAML.parse(fs.readFileSync(p, 'utf8'));
	cache = build(spec);
	return spec;
}

function build(spec) {
	const Ajv = require('ajv');
	const addFormats = require('ajv-formats');
	const ajv = new Ajv({
		strict: false,
		allErrors: true,
		unicodeRegExp: false,
		logger: false,
		validateFormats: true,
	});
	addFormats(ajv);
	// The live API writes date-times as UTC without a zone (`2026-07-09T10:43:44`, and with six
	// fraction digits for board_pins_modified_at: REAL-API.md), which RFC 3339 does not allow.
	// The spec says "date-time"; the recordings are what Pinterest sends, so both pass.
	const rfc3339 = ajv.formats['date-time'];
	const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
	ajv.addFormat('date-time', {
		type: 'string',
		validate: (text) =>
			(zoneless.test(text) && !Number.isNaN(Date.parse(`${text}Z`))) ||
			(typeof rfc3339 === 'function'
				? rfc3339(text)
				: rfc3339 instanceof RegExp
					? rfc3339.test(text)
					: rfc3339.validate(text)),
	});
	// OpenAPI-only formats without validation semantics here
	for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
		if (!ajv.formats[f]) ajv.addFormat(f, true);
	}
	const doc = { $id: DOC_ID, components: { schemas: {} } };
	for (const [name, s] of Object.entries(spec.components.schemas || {}))
		doc.components.schemas[name] = convert(s);
	ajv.addSchema(doc);

	const ops = [];
	for (const [p, item] of Object.entries(spec.paths)) {
		for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head', 'options']) {
			const op = item[method];
			if (!op) continue;
			const names = [];
			const re = new RegExp(
				`^${p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n) => {
					names.push(n);
					return '([^/]+)';
				})}$`,
			);
			const params = [...(item.parameters || []), ...(op.parameters || [])].map((x) =>
				resolveRef(spec, x),
			);
			ops.push({
				operationId: op.operationId,
				method: method.toUpperCase(),
				path: p,
				re,
				names,
				params,
				op,
			});
		}
	}
	ops.sort((a, b) => a.names.length - b.names.length);
	return { spec, ajv, ops, compiled: new Map() };
}

function resolveRef(spec, x) {
	let cur = x;
	let guard = 0;
	while (cur && cur.$ref && guard++ < 10) {
		const parts = cur.$ref
			.replace(/^#\//, '')
			.split('/')
			.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
		cur = parts.reduce((o, k) => (o ? o[k] : undefined), spec);
	}
	return cur;
}

function ctx() {
	loadSpec();
	return cache;
}

function compile(key, schema) {
	const c = ctx();
	if (!c.compiled.has(key)) c.compiled.set(key, c.ajv.compile(convert(schema)));
	return c.compiled.get(key);
}

function stripBase(p) {
	let s = p.split('?')[0];
	s = s.replace(/^https?:\/\/[^/]+/, '');
	if (s.startsWith('/v5/') || s === '/v5') s = s.slice(3) || '/';
	return s;
}

/**
 * Find an operation by operationId or by {method, path}; path may be concrete
 * ('/v5/boards/123?x=1').
 */
function findOperation(ref) {
	const c = ctx();
	if (typeof ref === 'string') {
		const op = c.ops.find((o) => o.operationId === ref);
		if (!op) throw new Error(`Unknown operationId ${ref}`);
		return { op, pathParams: {} };
	}
	const method = String(ref.method || 'GET').toUpperCase();
	const p = stripBase(ref.path);
	let fallback = null;
	for (const op of c.ops) {
		if (op.path === p && op.method === method) return { op, pathParams: {} };
		const m = op.re.exec(p);
		if (m && op.method === method && !fallback) {
			const pathParams = {};
			op.names.forEach((n, i) => {
				pathParams[n] = decodeURIComponent(m[i + 1]);
			});
			fallback = { op, pathParams };
		}
	}
	if (fallback) return fallback;
	throw new Error(`No operation in the spec for ${method} ${p}`);
}

function fmtErrors(errors, where) {
	return (errors || []).map((e) => {
		const allowed = e.params && e.params.allowedValues;
		const suffix = allowed ? ` (${allowed.join(', ')})` : '';
		return `${where}${e.instancePath || ''} ${e.message}${suffix}`;
	});
}

/**
 * Validate a response body.
 * Returns { valid, errors: string[], operationId, status, documentedStatus }.
 * documentedStatus is the key of `responses` used ('200', 'default', ...).
 */
function validateResponse(ref, status, body) {
	const { op } = findOperation(ref);
	const responses = op.op.responses || {};
	const key = responses[String(status)]
		? String(status)
		: responses[`${String(status)[0]}XX`]
			? `${String(status)[0]}XX`
			: responses.default
				? 'default'
				: null;
	const res = {
		valid: true,
		errors: [],
		operationId: op.operationId,
		status,
		documentedStatus: key,
	};
	if (!key) {
		res.valid = false;
		res.errors.push(`status ${status} is not documented for ${op.operationId}`);
		return res;
	}
	if (key === 'default' && status >= 200 && status < 300) {
		res.valid = false;
		res.errors.push(`success status ${status} is not documented for ${op.operationId}`);
		return res;
	}
	const r = resolveRef(ctx().spec, responses[key]);
	const content = r && r.content;
	const empty = body === undefined || body === null || body === '';
	if (!content) {
		if (!empty) {
			res.valid = false;
			res.errors.push(`${op.operationId} ${key} documents no body but one was returned`);
		}
		return res;
	}
	const media = content['application/json'] || Object.values(content)[0];
	if (!media || !media.schema) return res;
	const v = compile(`res|${op.operationId}|${key}`, media.schema);
	if (!v(body)) {
		res.valid = false;
		res.errors.push(...fmtErrors(v.errors, 'body'));
	}
	return res;
}

function coerceParam(param, raw, errors) {
	const schema = resolveRef(ctx().spec, param.schema || {}) || {};
	const name = param.name;
	const type = schema.type;
	if (type === 'array') {
		const explode =
			param.explode !== undefined ? param.explode : (param.style || 'form') === 'form';
		let list;
		if (Array.isArray(raw)) {
			if (!explode)
				errors.push(
					`query.${name} is repeated but the spec says explode=false (send one comma-separated value)`,
				);
			list = raw;
		} else list = explode ? [raw] : String(raw).split(',');
		const itemType = (resolveRef(ctx().spec, schema.items || {}) || {}).type;
		return list.map((x) => coerceScalar(itemType, x, `${name}[]`, errors));
	}
	if (Array.isArray(raw)) {
		errors.push(`query.${name} must not be repeated`);
		raw = raw[raw.length - 1];
	}
	return coerceScalar(type, raw, name, errors);
}

function coerceScalar(type, raw, name, errors) {
	const s = String(raw);
	if (type === 'integer') {
		if (!/^-?\d+$/.test(s)) {
			errors.push(`query.${name} must be an integer (was ${s})`);
			return s;
		}
		return Number(s);
	}
	if (type === 'number') {
		if (s.trim() === '' || Number.isNaN(Number(s))) {
			errors.push(`query.${name} must be a number (was ${s})`);
			return s;
		}
		return Number(s);
	}
	if (type === 'boolean') {
		if (s !== 'true' && s !== 'false') {
			errors.push(`query.${name} must be true or false (was ${s})`);
			return s;
		}
		return s === 'true';
	}
	return s;
}

function queryFrom(req) {
	const q = {};
	const add = (k, v) => {
		if (Object.prototype.hasOwnProperty.call(q, k)) q[k] = [].concat(q[k], v);
		else q[k] = v;
	};
	const pathStr = String(req.path || '');
	const qi = pathStr.indexOf('?');
	if (qi >= 0) for (const [k, v] of new URLSearchParams(pathStr.slice(qi + 1))) add(k, v);
	let extra = req.query || req.qs;
	if (typeof extra === 'string') extra = Object.fromEntries(new URLSearchParams(extra));
	if (extra instanceof URLSearchParams) {
		for (const [k, v] of extra) add(k, v);
		extra = null;
	}
	if (extra) {
		for (const [k, v] of Object.entries(extra)) {
			if (v === undefined) continue;
			if (Array.isArray(v)) v.forEach((x) => add(k, String(x)));
			else add(k, String(v));
		}
	}
	return q;
}

/**
 * Validate a request the client sends: { method, path, query?, body?, allowUnknownQuery? }.
 * path may contain the query string and the /v5 prefix or a full URL. query values: string or
 * string[] (repeated keys). Returns { valid, errors: string[], operationId }.
 */
function validateRequest(req) {
	const { op, pathParams } = findOperation({ method: req.method, path: req.path });
	const errors = [];
	const query = queryFrom(req);
	const known = new Set();
	for (const param of op.params) {
		if (!param) continue;
		const schema = param.schema ? convert(resolveRef(ctx().spec, param.schema)) : {};
		if (param.in === 'path') {
			const v = pathParams[param.name];
			if (v === undefined) continue;
			const fn = compile(`path|${op.operationId}|${param.name}`, param.schema || {});
			if (!fn(v)) errors.push(...fmtErrors(fn.errors, `path.${param.name}`));
		} else if (param.in === 'query') {
			known.add(param.name);
			const raw = query[param.name];
			if (raw === undefined) {
				if (param.required) errors.push(`query.${param.name} is required`);
				continue;
			}
			const coerced = coerceParam(param, raw, errors);
			const fn = compile(`query|${op.operationId}|${param.name}`, param.schema || schema);
			if (!fn(coerced)) errors.push(...fmtErrors(fn.errors, `query.${param.name}`));
		}
	}
	if (!req.allowUnknownQuery) {
		for (const k of Object.keys(query))
			if (!known.has(k)) errors.push(`query.${k} is not a parameter of ${op.operationId}`);
	}
	const rb = op.op.requestBody && resolveRef(ctx().spec, op.op.requestBody);
	if (rb) {
		const body = req.body;
		if (body === undefined || body === null || body === '') {
			if (rb.required) errors.push('body is required');
		} else {
			const media =
				rb.content['application/json'] ||
				rb.content['application/x-www-form-urlencoded'] ||
				Object.values(rb.content)[0];
			if (media && media.schema) {
				const b =
					typeof body === 'string' && rb.content['application/x-www-form-urlencoded']
						? Object.fromEntries(new URLSearchParams(body))
						: body;
				const fn = compile(`req|${op.operationId}`, media.schema);
				if (!fn(b)) errors.push(...fmtErrors(fn.errors, 'body'));
			}
		}
	} else if (
		req.body !== undefined &&
		req.body !== null &&
		req.body !== '' &&
		!(typeof req.body === 'object' && Object.keys(req.body).length === 0)
	) {
		errors.push(`${op.operationId} takes no request body`);
	}
	return { valid: errors.length === 0, errors, operationId: op.operationId };
}

function listOperations() {
	return ctx().ops.map((o) => ({ operationId: o.operationId, method: o.method, path: o.path }));
}

module.exports = {
	specPath,
	downloadedSpecPath,
	specAvailable,
	loadSpec,
	validateResponse,
	validateRequest,
	findOperation,
	listOperations,
	convertSchema: convert,
};
