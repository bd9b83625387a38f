'use strict';
/*
 * Test-support endpoints (no auth, no faults, not logged): GET /__log, GET /__state,
 * POST /__reset[?demo=1], GET /__img/<name>.jpg (a 1x1 JPEG).
 */
const { sendJson } = require('./respond');

// A complete 1x1 grey baseline JPEG (SOI, JFIF, DQT, SOF0, DHT x2, SOS, one all-zero block, EOI).
// prettier-ignore
const TINY_JPEG = Buffer.from([
	0xff, 0xd8,
	0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
	0x00, 0x00,
	0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(1),
	0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
	0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array(15).fill(0), 0x00,
	0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...new Array(15).fill(0), 0x00,
	0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
	0x3f,
	0xff, 0xd9,
]);

function createSupport(core) {
	const { sim } = core;

	function snapshot() {
		return JSON.parse(JSON.stringify({ state: sim.state, uploads: sim.uploads, stats: sim.stats }));
	}

	/**
	 * GET /__video/<bytes>[.ext]: a stand-in video file of that many bytes (a repeated pattern,
	 * streamed with backpressure, never built whole), as a video host would serve it. Query:
	 * type=<content type> (default video/mp4), length=omit (no Content-Length), status=<code>.
	 */
	function serveVideo(res, bytes, query) {
		const status = Number(query.status) || 200;
		if (status !== 200) {
			sendJson(res, status, { message: `Simulated video host answer ${status}` });
			return;
		}
		const headers = { 'content-type': String(query.type || 'video/mp4') };
		if (query.length !== 'omit') headers['content-length'] = String(bytes);
		res.writeHead(200, headers);
		const chunk = Buffer.alloc(64 * 1024, 0x5a);
		let left = bytes;
		const pump = () => {
			while (left > 0) {
				const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
				left -= part.length;
				if (!res.write(part)) {
					res.once('drain', pump);
					return;
				}
			}
			res.end();
		};
		res.on('close', () => (left = 0));
		pump();
	}

	/** Answers a /__ request; false when the path is not a support endpoint. */
	function handleSupport(req, res, path, query) {
		if (path === '/__log' && req.method === 'GET') {
			req.resume();
			sendJson(res, 200, sim.requests);
			return true;
		}
		if (path === '/__state' && req.method === 'GET') {
			req.resume();
			sendJson(res, 200, snapshot());
			return true;
		}
		if (path === '/__reset' && req.method === 'POST') {
			req.resume();
			req.on('end', () => {
				sim.reset();
				if (query.demo === '1' || query.demo === 'true') sim.seedDemo();
				sendJson(res, 204);
			});
			return true;
		}
		const video = /^\/__video\/(\d+)(\.[a-z0-9]+)?$/i.exec(path);
		if (video && req.method === 'GET') {
			req.resume();
			serveVideo(res, Number(video[1]), query);
			return true;
		}
		const img = /^\/__img\/[^/]+\.jpg$/.exec(path);
		if (img && req.method === 'GET') {
			req.resume();
			res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': TINY_JPEG.length });
			res.end(TINY_JPEG);
			return true;
		}
		return false;
	}

	return { handleSupport };
}

module.exports = { createSupport, TINY_JPEG };
