'use strict';
/*
 * Test tools for test/release (plain JavaScript, so the .ts tests stay inside n8n's lint rules; types in
 * localServer.d.ts): a loopback-only HTTP server with fixed routes, and a runner for the repository's scripts.
 */
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Serves `routes` ({ '/path': { status?, headers?, body? } }) on 127.0.0.1 at a free port.
 * `routes` is read at each request, so routes may be added after the start (e.g. redirects to `url(...)`).
 * Unknown paths answer 404. Every requested path is recorded in `requests`.
 */
function startServer(routes) {
	const requests = [];
	const server = http.createServer((req, res) => {
		requests.push(req.url);
		const route = routes[req.url];
		if (!route) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		const body = route.body === undefined ? Buffer.alloc(0) : Buffer.from(route.body);
		res.writeHead(route.status || 200, {
			'content-length': String(body.length),
			...(route.headers || {}),
		});
		res.end(body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			const base = `http://127.0.0.1:${port}`;
			resolve({
				base,
				requests,
				url: (p) => `${base}${p}`,
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}

const PROXY_VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NODE_USE_ENV_PROXY'];

/**
 * Runs `script` (relative to the repository root) with this Node; `env` is added to a copy of this process's
 * environment (a value of undefined removes the variable; proxy variables are always removed, so nothing
 * leaves the loopback interface). Resolves with the exit code and the output.
 */
function runScript(script, env = {}, timeoutMs = 60000) {
	const childEnv = { ...process.env };
	for (const name of PROXY_VARS) delete childEnv[name];
	for (const [name, value] of Object.entries(env)) {
		if (value === undefined) delete childEnv[name];
		else childEnv[name] = value;
	}
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.resolve(REPO_ROOT, script)], {
			cwd: REPO_ROOT,
			env: childEnv,
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, stderr });
		});
	});
}

module.exports = { startServer, runScript };
