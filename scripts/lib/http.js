'use strict';
/* Plain HTTP helpers for scripts/lib/n8n-cli.js (health checks, REST calls, a free port). */
const http = require('http');

function httpGet(url, timeoutMs = 3000) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			let body = '';
			res.on('data', (d) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e) => resolve({ status: 0, error: e.message }));
	});
}

function httpJson(method, url, body, { headers = {}, timeoutMs = 10000 } = {}) {
	return new Promise((resolve) => {
		const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
		const u = new URL(url);
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port,
				path: u.pathname + u.search,
				timeout: timeoutMs,
				headers: {
					'content-type': 'application/json',
					accept: 'application/json',
					...(data ? { 'content-length': data.length } : {}),
					...headers,
				},
			},
			(res) => {
				let text = '';
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						/* not json */
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e) => resolve({ status: 0, error: e.message }));
		if (data) req.write(data);
		req.end();
	});
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = require('net').createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

module.exports = { httpGet, httpJson, freePort };
