'use strict';
/*
 * Small helpers shared by scripts/n8n-install.js and the install modules next to this file
 * (npm-env, install-progress, install-lock, node24, n8n-latest). Node built-ins only.
 */
const fs = require('fs');
const { spawnSync } = require('child_process');

/** Written into an install folder once its install completed, so the next run returns at once. */
const MARKER = '.install-complete.json';

function log(...args) {
	console.log('[n8n-install]', ...args);
}

function fmtSecs(ms) {
	return `${(ms / 1000).toFixed(0)}s`;
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function semverCmp(a, b) {
	const pa = String(a)
		.split(/[.-]/)
		.map((x) => parseInt(x, 10) || 0);
	const pb = String(b)
		.split(/[.-]/)
		.map((x) => parseInt(x, 10) || 0);
	for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
	return 0;
}

function nodeVersionOf(nodeBin) {
	const r = spawnSync(nodeBin, ['--version'], { encoding: 'utf8', timeout: 20000 });
	return r.status === 0 ? r.stdout.trim().replace(/^v/, '') : undefined;
}

module.exports = { MARKER, log, fmtSecs, readJson, semverCmp, nodeVersionOf };
