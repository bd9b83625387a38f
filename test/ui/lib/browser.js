'use strict';
/*
 * Debian's Chromium driven by playwright-core: installed with apt when missing (Playwright's own
 * browser download cannot reach its host here), started headless with the flags this machine needs
 * (no sandbox as root; no background networking, whose refused connections flood the log).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

function ensureChromium(log = console.log) {
	if (fs.existsSync(CHROMIUM)) return CHROMIUM;
	log(`  chromium missing: apt-get install -y chromium`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	let r = spawnSync('apt-get', ['install', '-y', 'chromium'], { env, stdio: 'inherit' });
	if (r.status !== 0) {
		spawnSync('apt-get', ['update'], { env, stdio: 'inherit' });
		r = spawnSync('apt-get', ['install', '-y', 'chromium'], { env, stdio: 'inherit' });
	}
	if (r.status !== 0 || !fs.existsSync(CHROMIUM)) throw new Error('could not install chromium');
	return CHROMIUM;
}

/** A headless browser; `open()` gives a page whose console errors and page errors are collected. */
async function launch({ shotsDir }) {
	const { chromium } = require('playwright-core');
	const browser = await chromium.launch({
		executablePath: ensureChromium(),
		headless: true,
		args: FLAGS,
	});
	fs.mkdirSync(shotsDir, { recursive: true });
	return {
		browser,
		async open({ colorScheme = 'light', storageState } = {}) {
			const context = await browser.newContext({
				viewport: { width: 1440, height: 900 },
				colorScheme,
				storageState,
			});
			context.setDefaultTimeout(20000);
			context.setDefaultNavigationTimeout(90000);
			const page = await context.newPage();
			const errors = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
			// the console says only "Failed to load resource"; keep which one, to tell ours apart
			page.on('response', (r) => {
				if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
			});
			return { context, page, errors };
		},
		async shot(page, name) {
			const file = path.join(shotsDir, `${name}.png`);
			await page.screenshot({ path: file });
			return file;
		},
		close: () => browser.close(),
	};
}

module.exports = { ensureChromium, launch, CHROMIUM };
