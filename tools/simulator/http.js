'use strict';
/*
 * HTTP plumbing: the server on 127.0.0.1, request logging, body parsing, faults, then the
 * extensions (ads) and the core routes. Paths: /v5/... (the API), /__upload/<id> (the upload
 * target, logged), other /__... (test support, not logged).
 */
const http = require('http');

const { faultBody } = require('./faults');
const { ApiError, bad, parseQuery } = require('./params');
const { sendJson } = require('./respond');
const { matchRoute } = require('./routes');
const { sleep } = require('./util');

function parseBody(buf, contentType) {
	if (!buf.length) return undefined;
	const ct = String(contentType || '').toLowerCase();
	if (ct.startsWith('application/x-www-form-urlencoded')) {
		return parseQuery(new URLSearchParams(buf.toString('utf8')));
	}
	if (ct.startsWith('multipart/')) return { multipart: true, bytes: buf.length };
	const text = buf.toString('utf8');
	try {
		return JSON.parse(text);
	} catch (e) {
		throw bad('Request body is not valid JSON.');
	}
}

function createHttp(core) {
	const { opts, sim, log, extensions } = core;
	const sockets = new Set();

	function respond(res, entry, status, body, headers = {}) {
		// The realistic mode's headers and bodies (realistic.js); unchanged otherwise.
		const shaped = entry
			? core.realistic.shapeAnswer(status, body, headers, entry.operationId)
			: null;
		if (shaped) ({ body, headers } = shaped);
		if (entry) log.record(entry, status, body);
		// The rate-limit headers of the request's budgets (rateLimit.js), when they are on.
		sendJson(
			res,
			status,
			body,
			entry && entry.rateHeaders ? { ...headers, ...entry.rateHeaders } : headers,
		);
	}

	function readBody(req) {
		return new Promise((resolve, reject) => {
			const chunks = [];
			let size = 0;
			req.on('data', (c) => {
				size += c.length;
				if (size > opts.maxBodyBytes) {
					reject(new ApiError(413, 413, 'Request body too large.'));
					req.resume();
					return;
				}
				chunks.push(c);
			});
			req.on('end', () => resolve(Buffer.concat(chunks)));
			req.on('error', reject);
		});
	}

	function sendFault(res, entry, fault) {
		sim.stats.faulted += 1;
		if (fault.drop) {
			// Logged with status 0: the client sees a reset connection, no answer.
			entry.dropped = true;
			log.record(entry, 0);
			res.socket.destroy();
			return;
		}
		respond(res, entry, fault.status, fault.body || faultBody(fault.status), fault.headers || {});
	}

	/** The answer of the core routes: { status, body?, headers? }. */
	function route(method, apiPath, entry, req, body) {
		const match = matchRoute(apiPath);
		if (!match) throw new ApiError(404, 404, 'Not found');
		const opId = match.route.methods[method];
		if (!opId) {
			const allow = Object.keys(match.route.methods).join(', ');
			throw new ApiError(405, 5, 'Method not allowed', { allow });
		}
		entry.operationId = opId;
		const ctx = { method, query: entry.query, headers: req.headers, body, params: match.params };
		if (opId === 'oauth/token') return core.auth.oauthToken(ctx);
		core.auth.checkBearer(req.headers);
		return core.handlers[opId](ctx);
	}

	async function handleApi(req, res, entry, apiPath) {
		const method = req.method;
		const isOAuth = apiPath === '/oauth/token';
		let body;
		try {
			body = parseBody(await readBody(req), req.headers['content-type']);
			entry.body = body;
		} catch (e) {
			entry.body = undefined;
			const err = e instanceof ApiError ? e : bad(String(e.message || e));
			respond(res, entry, err.status, { code: err.code, message: err.message });
			return;
		}
		if (opts.latencyMs) await sleep(opts.latencyMs);
		const budget = isOAuth ? null : core.rateLimits.take(method, apiPath, req.headers);
		if (budget) entry.rateHeaders = budget.headers;
		if (budget && budget.limited) {
			respond(res, entry, 429, budget.limited.body);
			return;
		}
		const isWrite = method !== 'GET' && method !== 'HEAD';
		const fault = core.faults.next(isOAuth, isWrite);
		if (fault && fault.slowMs) await sleep(fault.slowMs);
		if (fault && (fault.status || fault.drop) && !fault.afterWrite) {
			sendFault(res, entry, fault);
			return;
		}
		const checkBearer = (headers) => core.auth.checkBearer(headers);
		for (const ext of extensions) {
			const handled = ext.handle(method, apiPath, entry.query, req.headers, body, checkBearer);
			if (handled) {
				entry.operationId = handled.operationId || 'extension';
				if (fault && fault.afterWrite && handled.status < 300) {
					sendFault(res, entry, fault);
					return;
				}
				respond(res, entry, handled.status, handled.body, handled.headers || {});
				return;
			}
		}
		let result;
		try {
			result = route(method, apiPath, entry, req, body);
		} catch (e) {
			if (!(e instanceof ApiError)) {
				respond(res, entry, 500, { code: 500, message: `Simulator error: ${e && e.message}` });
				return;
			}
			result = { status: e.status, body: { code: e.code, message: e.message }, headers: e.headers };
		}
		if (fault && fault.afterWrite && result.status < 300) {
			sendFault(res, entry, fault);
			return;
		}
		respond(res, entry, result.status, result.body, result.headers || {});
	}

	function onRequest(req, res) {
		const url = new URL(req.url, 'http://127.0.0.1');
		const path = url.pathname;
		const query = parseQuery(url.searchParams);
		for (const ext of extensions) if (ext.serve && ext.serve(req, res, path)) return;
		if (path.startsWith('/__') && !path.startsWith('/__upload/')) {
			if (core.support.handleSupport(req, res, path, query)) return;
			req.resume();
			respond(res, null, 404, { code: 404, message: 'Not found' });
			return;
		}
		const entry = log.begin(req, path, query);
		// Requests in flight, for tests of how many a client sends at once.
		sim.stats.inFlight += 1;
		sim.stats.peakInFlight = Math.max(sim.stats.peakInFlight, sim.stats.inFlight);
		const stats = sim.stats;
		res.once('close', () => {
			stats.inFlight -= 1;
		});
		if (path.startsWith('/__upload/')) {
			const mediaId = decodeURIComponent(path.slice('/__upload/'.length));
			const upload = () => core.upload.handleUpload(req, res, entry, mediaId);
			if (opts.latencyMs) sleep(opts.latencyMs).then(upload);
			else upload();
			return;
		}
		if (core.consent.handle(req, res, path, query)) {
			res.once('finish', () => log.record(entry, res.statusCode));
			return;
		}
		if (path === '/v5' || path.startsWith('/v5/')) {
			handleApi(req, res, entry, path.slice(3) || '/').catch((e) => {
				if (!res.headersSent) {
					respond(res, entry, 500, { code: 500, message: `Simulator error: ${e && e.message}` });
				}
			});
			return;
		}
		req.resume();
		respond(res, entry, 404, { code: 404, message: 'Not found' });
	}

	function start(port = 0) {
		if (sim.server) return Promise.resolve({ url: sim.baseUrl });
		return new Promise((resolve, reject) => {
			const server = http.createServer(onRequest);
			server.on('connection', (s) => {
				sockets.add(s);
				s.on('close', () => sockets.delete(s));
			});
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				const p = server.address().port;
				sim.server = server;
				sim.port = p;
				sim.origin = `http://127.0.0.1:${p}`;
				sim.baseUrl = `${sim.origin}/v5`;
				resolve({ url: sim.baseUrl });
			});
		});
	}

	function stop() {
		const server = sim.server;
		if (!server) return Promise.resolve();
		sim.server = null;
		return new Promise((resolve) => {
			server.close(() => resolve());
			for (const s of sockets) s.destroy();
			sockets.clear();
		});
	}

	return { start, stop };
}

module.exports = { createHttp };
