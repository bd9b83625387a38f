'use strict';
/*
 * Where Pinterest's official OpenAPI description comes from, and where this project looks for it.
 * Shared by scripts/fetch-openapi.js (which downloads it) and tools/simulator/openapi.js (which reads it).
 *
 * Lookup order (specCandidates):
 *   1. env PINTEREST_OPENAPI (absolute, or relative to the repository root); when set, it is the only candidate
 *   2. ../shared/pinterest/openapi-v5.yaml, relative to the repository root
 *   3. the file `npm run fetch:openapi` downloads: <cache root>/openapi/openapi-v5-5.23.0.yaml
 */
const fs = require('fs');
const path = require('path');
const { cacheRoot } = require('../n8n-install');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const OPENAPI_SOURCE = Object.freeze({
	repository: 'https://github.com/pinterest/api-description',
	path: 'v5/openapi.yaml',
	commit: 'c05b18971472342ebdf4bafc15fea8a91c78bf79',
	release: '5.23.0',
	sha256: '1dffcde3f84fe75df00b8f39ab1b8bd1751a09b12b9e3a8463cd4d5f8b84a41d',
	bytes: 1587301,
	url: 'https://raw.githubusercontent.com/pinterest/api-description/c05b18971472342ebdf4bafc15fea8a91c78bf79/v5/openapi.yaml',
});

/** The file `npm run fetch:openapi` writes (follows $N8N_CACHE_DIR at call time). */
function downloadedSpecPath(root = cacheRoot()) {
	return path.join(root, 'openapi', `openapi-v5-${OPENAPI_SOURCE.release}.yaml`);
}

/** The copy next to the repository (../shared/pinterest/openapi-v5.yaml). */
function sharedSpecPath() {
	return path.resolve(REPO_ROOT, '..', 'shared', 'pinterest', 'openapi-v5.yaml');
}

/** The paths looked at, in order. */
function specCandidates(env = process.env) {
	if (env.PINTEREST_OPENAPI) {
		const p = env.PINTEREST_OPENAPI;
		return [path.isAbsolute(p) ? p : path.resolve(REPO_ROOT, p)];
	}
	return [sharedSpecPath(), downloadedSpecPath()];
}

function isFile(p) {
	try {
		return fs.statSync(p).isFile();
	} catch {
		return false;
	}
}

/** The first candidate that exists, else the last one (where `npm run fetch:openapi` would put it). */
function resolveSpecPath(env = process.env) {
	const candidates = specCandidates(env);
	return candidates.find(isFile) || candidates[candidates.length - 1];
}

const FETCH_HINT =
	"run npm run fetch:openapi (or set PINTEREST_OPENAPI to the path of Pinterest's v5 openapi.yaml)";

module.exports = {
	OPENAPI_SOURCE,
	REPO_ROOT,
	downloadedSpecPath,
	sharedSpecPath,
	specCandidates,
	resolveSpecPath,
	FETCH_HINT,
};
