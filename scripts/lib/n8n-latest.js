'use strict';
/*
 * `--check-latest` of scripts/n8n-install.js: is there a newer n8n than the pin, and can this
 * registry resolve it? Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { log, semverCmp } = require('./install-util');
const { findNpmCli, envFor } = require('./npm-env');
const { runLogged } = require('./install-progress');

/**
 * Try a newer n8n than the pin: `npm view` + lock-only resolution. Never fatal; returns a one-line
 * verdict.
 */
async function checkNewerN8n(pinned, nodeBin, root) {
	const env = envFor(nodeBin, { CKJS_LINKING: 'dynamic' });
	const view = spawnSync(nodeBin, [findNpmCli(), 'view', 'n8n', 'version'], {
		encoding: 'utf8',
		env,
		timeout: 60000,
	});
	const latest = (view.stdout || '').trim();
	if (view.status !== 0 || !/^\d+\.\d+\.\d+/.test(latest)) {
		const stderr = (view.stderr || '').trim().split('\n').slice(-2).join(' ');
		const msg = `could not ask the registry for the latest n8n (npm view rc ${view.status}): ${stderr}`;
		log(msg);
		return msg;
	}
	if (semverCmp(latest, pinned) <= 0) {
		const msg = `latest n8n on the registry is ${latest}; the pin ${pinned} is current`;
		log(msg);
		return msg;
	}
	log(
		`registry has n8n ${latest} (newer than the pin ${pinned}); trying to resolve it (lock only, 180 s max)`,
	);
	const tmp = fs.mkdtempSync(path.join(root, 'resolve-latest-'));
	try {
		fs.writeFileSync(
			path.join(tmp, 'package.json'),
			JSON.stringify(
				{
					name: 'n8n-latest-probe',
					private: true,
					dependencies: { n8n: latest },
					overrides: { xlsx: '0.18.5' },
				},
				null,
				2,
			),
		);
		const r = await runLogged(
			nodeBin,
			[
				findNpmCli(),
				'install',
				'--package-lock-only',
				'--no-audit',
				'--no-fund',
				'--ignore-scripts',
			],
			{
				cwd: tmp,
				env,
				logFile: path.join(tmp, 'resolve.log'),
				timeoutMs: 180 * 1000,
				label: `resolve n8n@${latest}`,
			},
		);
		let msg;
		if (r.code === 0) {
			msg =
				`n8n ${latest} resolves on this registry (lock only); still using the tested pin ${pinned}. ` +
				'Bump PROFILES in scripts/n8n-install.js to try it.';
		} else {
			const text = fs.readFileSync(path.join(tmp, 'resolve.log'), 'utf8');
			const reason =
				((m) =>
					m &&
					`${m[0].replace(/\.$/, '')} (an exact-pinned dependency of n8n ${latest} is not published on this registry)`)(
					text.match(/No matching version found for \S+/),
				) ||
				(text.match(/npm error code \S+/) || [])[0] ||
				(r.timedOut ? 'resolution timed out after 180 s' : `npm exited ${r.code}`);
			const detail = (text.match(/npm error (?!code)(?!A complete log).*$/m) || [''])[0];
			const extra =
				detail && !/No matching version/.test(detail) && !detail.includes(reason)
					? ` (${detail.replace(/^npm error /, '')})`
					: '';
			msg = `n8n ${latest} cannot be used here: ${reason}${extra}. Falling back to the pinned ${pinned}.`;
		}
		log(msg);
		fs.writeFileSync(
			path.join(root, 'latest-n8n-check.txt'),
			`${new Date().toISOString()} ${msg}\n`,
		);
		return msg;
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

module.exports = { checkNewerN8n };
