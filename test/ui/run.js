#!/usr/bin/env node
'use strict';
/*
 * The editor suite: real n8n (2.8.4 and 2.41.1, the e2e installs) with the packed package and the
 * Pinterest simulator, clicked through in Debian's Chromium by playwright-core, as a user would.
 *
 *   npm run test:ui                      both versions
 *   npm run test:ui -- --profile 2.8     one version (also UI_PROFILES=2.8)
 *   npm run test:ui -- --only OAuth2     only cases whose name contains "OAuth2" (a,b: either)
 *
 * Screenshots of each step go to test/ui/screenshots/<version>/ (git-ignored). The last line is
 * exactly "N passed, M failed"; the exit code is non-zero on any failure.
 */
const fs = require('fs');
const path = require('path');
const { findNpmCli } = require('../../scripts/n8n-install');
const { killAllSync } = require('../../scripts/lib/n8n-cli');
const { fmt, packRepo, tmpDir } = require('../e2e/lib/harness');
const { launch, ensureChromium } = require('./lib/browser');
const { startStack } = require('./lib/setup');
const { signIn } = require('./lib/editor');
const { CASES } = require('./cases');

const args = process.argv.slice(2);
const opt = (f) => {
	const i = args.findIndex((a) => a === f || a.startsWith(`${f}=`));
	if (i < 0) return undefined;
	return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
};
const PROFILES = (opt('--profile') || process.env.UI_PROFILES || '2.8,2.41').split(',');
const ONLY = opt('--only'); // one or more name parts, comma-separated
const SHOTS = path.join(__dirname, 'screenshots');
const HARD_STOP_MIN = Number(process.env.UI_MAX_MINUTES || 50);

const results = [];
function record(profile, name, ok, ms, message) {
	results.push({ profile, name, ok });
	const tag = ok ? 'PASS' : 'FAIL';
	const msg = message
		? `\n       ${String(message).split('\n').slice(0, 12).join('\n       ')}`
		: '';
	console.log(`  ${tag} [${profile}] ${name} (${fmt(ms)})${msg}`);
}

async function runProfile(profileName, tgz) {
	console.log(`\n=== n8n profile ${profileName} ===`);
	let t0 = Date.now();
	let stack;
	try {
		stack = await startStack(
			profileName,
			tgz,
			(m) => process.env.UI_VERBOSE && console.log(`    · ${m}`),
		);
		record(
			profileName,
			`n8n ${stack.profile.n8nVersion} started with the package and simulator`,
			true,
			Date.now() - t0,
		);
	} catch (e) {
		record(profileName, 'start n8n with the package', false, Date.now() - t0, e.message);
		return;
	}
	const shotsDir = path.join(SHOTS, profileName);
	const browser = await launch({ shotsDir });
	try {
		t0 = Date.now();
		let storageState;
		try {
			const { context, page } = await browser.open();
			await signIn(page, stack);
			storageState = await context.storageState();
			await context.close();
			record(profileName, 'sign in to the editor', true, Date.now() - t0);
		} catch (e) {
			record(profileName, 'sign in to the editor', false, Date.now() - t0, e.message);
			return;
		}
		const version = stack.profile.n8nVersion;
		for (const c of CASES) {
			if (ONLY && !ONLY.split(',').some((part) => c.name.includes(part))) continue;
			if (c.since && cmpVersion(version, c.since) < 0) continue;
			t0 = Date.now();
			const tab = await browser.open({ storageState, colorScheme: c.colorScheme });
			let step = 0;
			const ctx = {
				...stack,
				...tab,
				version,
				profileName,
				shot: (label, page = tab.page) =>
					browser.shot(page, `${slug(c.name)}-${String(++step).padStart(2, '0')}-${slug(label)}`),
			};
			try {
				await c.run(ctx);
				const ours = tab.errors.filter(isOurError);
				if (ours.length)
					throw new Error(`browser console errors from our node:\n${ours.join('\n')}`);
				record(profileName, c.name, true, Date.now() - t0);
			} catch (e) {
				await ctx.shot('failure').catch(() => {});
				record(profileName, c.name, false, Date.now() - t0, e.message);
			} finally {
				await tab.context.close();
			}
		}
	} finally {
		await browser.close();
		await stack.stop();
	}
}

// our node's errors mention the package, its node types or its credential types.
function isOurError(text) {
	// n8n asks for a schema preview of the trigger too, and gives triggers none (docs/OUTPUT-SCHEMAS.md);
	// every action's schema must be there, so a 404 for one of them is an error.
	if (/^HTTP 404 GET \S+\/schemas\/n8n-nodes-pinterest-api\.pinterestTrigger\//.test(text)) {
		return false;
	}
	return /pinterest/i.test(text);
}

function slug(s) {
	return s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 48);
}

function cmpVersion(a, b) {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
	return 0;
}

async function main() {
	const tAll = Date.now();
	const hardStop = setTimeout(() => {
		console.log(`\nhard stop after ${HARD_STOP_MIN} min`);
		killAllSync();
		console.log(
			`\n${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`,
		);
		process.exit(1);
	}, HARD_STOP_MIN * 60000);
	hardStop.unref();
	fs.rmSync(SHOTS, { recursive: true, force: true });
	const work = tmpDir('pinterest-ui-pack-');
	try {
		let t0 = Date.now();
		try {
			ensureChromium();
			record('-', 'chromium present', true, Date.now() - t0);
		} catch (e) {
			record('-', 'chromium present', false, Date.now() - t0, e.message);
		}
		t0 = Date.now();
		let tgz;
		try {
			const env = { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' };
			tgz = (await packRepo(work, { npmCli: findNpmCli(), env })).tgz;
			record('-', `build + npm pack (${path.basename(tgz)})`, true, Date.now() - t0);
		} catch (e) {
			record('-', 'build + npm pack', false, Date.now() - t0, e.message);
		}
		if (tgz) for (const p of PROFILES) await runProfile(p.trim(), tgz);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	const passed = results.filter((r) => r.ok).length;
	const failed = results.filter((r) => !r.ok).length;
	console.log(
		`\nui suite: ${fmt(Date.now() - tAll)}; screenshots in ${path.relative(process.cwd(), SHOTS)}/`,
	);
	console.log(`\n${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
	console.error(e);
	console.log('\n0 passed, 1 failed');
	process.exit(1);
});
