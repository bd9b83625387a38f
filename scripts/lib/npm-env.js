'use strict';
/*
 * Finding npm and the environment npm / n8n processes run with under a chosen node binary
 * (used by scripts/n8n-install.js and the install modules). Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/**
 * The npm CLI script next to the running node, or found on PATH. We run it with a chosen node
 * binary.
 */
function findNpmCli() {
	const candidates = [
		path.join(
			path.dirname(process.execPath),
			'..',
			'lib',
			'node_modules',
			'npm',
			'bin',
			'npm-cli.js',
		),
	];
	const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
	if (which.status === 0 && which.stdout.trim()) {
		try {
			const real = fs.realpathSync(which.stdout.trim());
			candidates.push(real);
			candidates.push(path.join(path.dirname(real), 'npm-cli.js'));
		} catch {
			/* ignore */
		}
	}
	for (const c of candidates) if (c.endsWith('.js') && fs.existsSync(c)) return path.resolve(c);
	throw new Error('Cannot find npm (npm-cli.js). Install npm alongside node.');
}

/** Node headers folder usable as nodedir (node-gyp wants <dir>/include/node/common.gypi). */
function headersDirFor(nodeBin) {
	const dir = path.dirname(path.dirname(nodeBin));
	return fs.existsSync(path.join(dir, 'include', 'node', 'common.gypi')) ? dir : undefined;
}

/** Environment for npm / n8n under a given node binary. */
function envFor(nodeBin, extra = {}) {
	const env = { ...process.env };
	const binDir = path.dirname(nodeBin);
	env.PATH = [
		binDir,
		...(env.PATH || '').split(path.delimiter).filter((p) => p && p !== binDir),
	].join(path.delimiter);
	env.npm_config_yes = 'true';
	env.npm_config_audit = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_update_notifier = 'false';
	const headers = headersDirFor(nodeBin);
	if (headers) env.npm_config_nodedir = headers;
	// never let the calling npm's own settings (e.g. from `npm run`) leak in
	for (const k of Object.keys(env)) {
		if (
			/^npm_(lifecycle|package|config_(prefix|local_prefix|global|omit|production|include|save|workspace|dry_run|ignore_scripts))/i.test(
				k,
			)
		)
			delete env[k];
	}
	return Object.assign(env, extra);
}

module.exports = { findNpmCli, headersDirFor, envFor };
