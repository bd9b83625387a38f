'use strict';
/*
 * n8n's own lint CLI (`@n8n/node-cli`, the `n8n-node` command) at a pinned version.
 *
 * It cannot be a devDependency here: it depends on @n8n/ai-node-sdk, which pulls a newer n8n-workflow and
 * with it isolated-vm, whose native build fails on Node 20 (and npm then aborts the whole install). Linting
 * never loads isolated-vm, so the CLI is installed once into the cache folder with --ignore-scripts, and
 * node_modules/@n8n/node-cli is linked to it, because the default eslint.config.mjs imports
 * '@n8n/node-cli/eslint' from the project.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { cacheRoot, envFor, findNpmCli } = require('../n8n-install');

const NODE_CLI_VERSION = '0.48.3';
const REPO = path.resolve(__dirname, '..', '..');
const MARKER = '.install-complete.json';

function nodeCliDir(root = cacheRoot()) {
	return path.join(root, `node-cli-${NODE_CLI_VERSION}`);
}

function isInstalled(dir) {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
		return (
			marker.version === NODE_CLI_VERSION &&
			fs.existsSync(path.join(dir, 'node_modules', '.bin', 'n8n-node'))
		);
	} catch {
		return false;
	}
}

/** Installs @n8n/node-cli into the cache when missing, links it into node_modules, returns the n8n-node binary. */
function ensureNodeCli(log = (text) => console.log(`[lint-tools] ${text}`)) {
	const dir = nodeCliDir();
	if (!isInstalled(dir)) {
		log(
			`installing @n8n/node-cli@${NODE_CLI_VERSION} into ${dir} with --ignore-scripts ` +
				'(as a devDependency its isolated-vm dependency would fail to build on this Node); about 1-2 minutes, once',
		);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify(
				{
					name: 'n8n-lint-tools',
					private: true,
					dependencies: { '@n8n/node-cli': NODE_CLI_VERSION },
				},
				null,
				2,
			),
		);
		const started = Date.now();
		const result = spawnSync(
			process.execPath,
			[findNpmCli(), 'install', '--ignore-scripts', '--no-audit', '--no-fund'],
			{
				cwd: dir,
				env: envFor(process.execPath),
				encoding: 'utf8',
				timeout: 15 * 60 * 1000,
			},
		);
		if (result.status !== 0) {
			throw new Error(
				`npm install @n8n/node-cli@${NODE_CLI_VERSION} failed (rc ${result.status}):\n${`${result.stdout}${result.stderr}`.trim().slice(-2000)}`,
			);
		}
		fs.writeFileSync(
			path.join(dir, MARKER),
			JSON.stringify({ version: NODE_CLI_VERSION, installedAt: new Date().toISOString() }),
		);
		log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
	}
	const link = path.join(REPO, 'node_modules', '@n8n', 'node-cli');
	const target = path.join(dir, 'node_modules', '@n8n', 'node-cli');
	let current;
	try {
		current = fs.realpathSync(link);
	} catch {
		current = undefined;
	}
	if (current !== fs.realpathSync(target)) {
		fs.rmSync(link, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(link), { recursive: true });
		fs.symlinkSync(target, link, 'dir');
	}
	return path.join(dir, 'node_modules', '.bin', 'n8n-node');
}

module.exports = { ensureNodeCli, nodeCliDir, NODE_CLI_VERSION };

if (require.main === module) {
	console.log(ensureNodeCli());
}
