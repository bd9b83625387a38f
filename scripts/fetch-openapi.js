#!/usr/bin/env node
'use strict';
/*
 * `npm run fetch:openapi`: downloads Pinterest's official OpenAPI description (API v5) at a pinned release,
 * checks its SHA-256, and stores it outside the repository, where the contract tests find it
 * (tools/simulator/openapi.js). Node built-ins only.
 *
 *   source:      https://github.com/pinterest/api-description, v5/openapi.yaml, commit c05b189 (release-5.23.0)
 *   destination: <cache root>/openapi/openapi-v5-5.23.0.yaml; cache root = $N8N_CACHE_DIR or
 *                ~/.cache/n8n-nodes-pinterest-api (scripts/n8n-install.js)
 *
 * The download goes to a temporary file next to the destination, which is renamed only when the hash matches;
 * on a mismatch it is deleted and the script exits 1. A file already there with the right hash is kept; one with
 * another hash is removed before the download.
 *
 * Environment:
 *   PINTEREST_OPENAPI_URL     download from this URL instead (the hash check still applies)
 *   PINTEREST_OPENAPI_SHA256  expect this SHA-256 instead: for tests only (they serve their own bytes)
 */
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { OPENAPI_SOURCE, downloadedSpecPath } = require('./lib/openapi-source');

const MAX_REDIRECTS = 5;
const IDLE_TIMEOUT_MS = 60000;

function log(text) {
	console.log(`[fetch:openapi] ${text}`);
}

function sha256File(file) {
	return new Promise((resolve, reject) => {
		const hash = crypto.createHash('sha256');
		fs.createReadStream(file)
			.on('error', reject)
			.on('data', (chunk) => hash.update(chunk))
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/** GET `url`, following up to MAX_REDIRECTS redirects; resolves with the 200 response. */
function get(url, redirectsLeft = MAX_REDIRECTS) {
	return new Promise((resolve, reject) => {
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			reject(new Error(`not a valid URL: ${url}`));
			return;
		}
		const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : null;
		if (!client) {
			reject(new Error(`unsupported protocol in ${url} (http or https only)`));
			return;
		}
		const req = client.get(
			parsed,
			{ headers: { 'user-agent': 'n8n-nodes-pinterest-api fetch-openapi' } },
			(res) => {
				const status = res.statusCode || 0;
				if (status >= 300 && status < 400 && res.headers.location) {
					res.resume();
					if (redirectsLeft <= 0) {
						reject(new Error(`too many redirects (more than ${MAX_REDIRECTS}) from ${url}`));
						return;
					}
					const next = new URL(res.headers.location, parsed).toString();
					log(`redirect ${status} -> ${next}`);
					get(next, redirectsLeft - 1).then(resolve, reject);
					return;
				}
				if (status !== 200) {
					res.resume();
					reject(new Error(`GET ${url} answered HTTP ${status}`));
					return;
				}
				resolve(res);
			},
		);
		req.setTimeout(IDLE_TIMEOUT_MS, () =>
			req.destroy(new Error(`no data from ${url} for ${IDLE_TIMEOUT_MS / 1000} s`)),
		);
		req.on('error', reject);
	});
}

/** Streams the body of `url` into `file`; resolves with its SHA-256 and size. */
async function download(url, file) {
	const res = await get(url);
	return new Promise((resolve, reject) => {
		const hash = crypto.createHash('sha256');
		const out = fs.createWriteStream(file, { flags: 'wx' });
		let size = 0;
		res.on('data', (chunk) => {
			hash.update(chunk);
			size += chunk.length;
		});
		const fail = (error) => {
			out.destroy();
			reject(error);
		};
		res.on('error', fail);
		res.on('aborted', () => fail(new Error(`the download from ${url} was cut off`)));
		out.on('error', fail);
		out.on('finish', () => resolve({ sha256: hash.digest('hex'), size }));
		res.pipe(out);
	});
}

function removeQuietly(file) {
	try {
		fs.rmSync(file, { force: true });
	} catch {
		/* ignore */
	}
}

async function main(env = process.env) {
	const url = env.PINTEREST_OPENAPI_URL || OPENAPI_SOURCE.url;
	const expected = (env.PINTEREST_OPENAPI_SHA256 || OPENAPI_SOURCE.sha256).toLowerCase();
	const dest = downloadedSpecPath();

	log(
		`source:      ${OPENAPI_SOURCE.repository} ${OPENAPI_SOURCE.path} @ ${OPENAPI_SOURCE.commit} (release ${OPENAPI_SOURCE.release})`,
	);
	log(`URL:         ${url}`);
	log(`destination: ${dest}`);
	log(
		`SHA-256:     ${expected}${env.PINTEREST_OPENAPI_SHA256 ? ' (from PINTEREST_OPENAPI_SHA256, for tests only)' : ''}`,
	);

	if (fs.existsSync(dest)) {
		const actual = await sha256File(dest);
		if (actual === expected) {
			log(`already present with the expected SHA-256: ${dest}`);
			return 0;
		}
		log(`a file is there with another SHA-256 (${actual}): removing it and downloading again`);
		fs.rmSync(dest, { force: true });
	}

	fs.mkdirSync(path.dirname(dest), { recursive: true });
	const tmp = `${dest}.download-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
	let result;
	try {
		result = await download(url, tmp);
	} catch (error) {
		removeQuietly(tmp);
		console.error(`[fetch:openapi] download failed: ${error.message}`);
		return 1;
	}
	if (result.sha256 !== expected) {
		removeQuietly(tmp);
		console.error(
			`[fetch:openapi] SHA-256 mismatch: expected ${expected}, got ${result.sha256} (${result.size} bytes from ${url}). ` +
				'The file was not stored.',
		);
		return 1;
	}
	fs.renameSync(tmp, dest);
	log(`stored ${result.size} bytes, SHA-256 ${result.sha256} OK: ${dest}`);
	return 0;
}

module.exports = { main, downloadedSpecPath, OPENAPI_SOURCE };

if (require.main === module) {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(error) => {
			console.error(`[fetch:openapi] ${error.stack || error.message}`);
			process.exitCode = 1;
		},
	);
}
