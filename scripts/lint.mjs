#!/usr/bin/env node
/*
 * `npm run lint`: n8n's verification gate, run the way n8n runs it, with nothing turned off.
 *
 *   1. @n8n/scan-community-package (devDependency): analyzePackage() on the source as `git archive HEAD` holds it
 *      (the files git tracks, plus new files it does not ignore, as they are in the working tree), with the
 *      scanner's SOURCE_FILE_PATTERNS
 *   2. the same scanner on the unpacked `npm pack` tarball, with ['**\/*.js', 'package.json']
 *   3. `n8n-node lint` (@n8n/node-cli, pinned; installed into the cache folder, see scripts/lib/lint-tools.js)
 *      over the whole repository, in strict mode with the default eslint.config.mjs
 *   4. `n8n-node cloud-support` must say the package is eligible
 *
 * Any error or warning fails the run. Options: --no-pack (skip the tarball leg, e.g. right after a pack).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import glob from 'fast-glob';
import {
	analyzePackage,
	buildScanConfig,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const require = createRequire(import.meta.url);
const { ensureNodeCli } = require('./lib/lint-tools.js');

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];
const skipPack = process.argv.includes('--no-pack');
const results = [];

function run(cmd, args, options = {}) {
	return spawnSync(cmd, args, {
		cwd: REPO,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
}

/** The scanner's verdict (analyzePackage) plus the error and warning counts under the same config. */
async function scan(label, dir, patterns) {
	const verdict = await analyzePackage(dir, patterns);
	const eslint = new ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
	});
	const files = glob.sync(patterns, {
		cwd: dir,
		absolute: true,
		ignore: ['node_modules/**', '**/package-lock.json'],
	});
	const lint = files.length ? await eslint.lintFiles(files) : [];
	const errors = lint.reduce((n, r) => n + r.errorCount, 0);
	const warnings = lint.reduce((n, r) => n + r.warningCount, 0);
	if (errors || warnings || !verdict.passed) {
		const formatter = await eslint.loadFormatter('stylish');
		console.log(
			formatter
				.format(lint)
				.split(dir + path.sep)
				.join(''),
		);
		if (!verdict.passed && verdict.message) console.log(`scanner: ${verdict.message}`);
	}
	results.push({
		gate: label,
		ok: verdict.passed && errors === 0 && warnings === 0,
		detail: `${files.length} files, ${errors} errors, ${warnings} warnings`,
	});
}

async function sourceLeg() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-scan-source-'));
	try {
		const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
		if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
		for (const file of listed.stdout.split('\0').filter(Boolean)) {
			const from = path.join(REPO, file);
			if (!fs.existsSync(from)) continue; // deleted in the working tree
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.copyFileSync(from, path.join(dir, file));
		}
		await scan('scanner, source (git archive HEAD)', dir, SOURCE_FILE_PATTERNS);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

async function tarballLeg() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-scan-tarball-'));
	try {
		const packed = run('npm', ['pack', '--silent', '--pack-destination', dir]);
		if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
		const tarball = path.join(dir, packed.stdout.trim().split('\n').pop());
		const unpacked = path.join(dir, 'package');
		const untar = run('tar', ['-xzf', tarball, '-C', dir]);
		if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
		await scan('scanner, npm pack tarball', unpacked, TARBALL_PATTERNS);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

// n8n-node colours its output whatever FORCE_COLOR says: compare the plain text.
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function nodeCli(bin) {
	const lint = run(bin, ['lint']);
	const out = plain(`${lint.stdout}${lint.stderr}`);
	const summary = /✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/.exec(out)?.[0];
	if (lint.status !== 0 || summary) console.log(out);
	results.push({
		gate: 'n8n-node lint (strict, default config)',
		ok: lint.status === 0 && !summary,
		detail: summary ?? `exit ${lint.status}, no problems`,
	});

	const cloud = run(bin, ['cloud-support']);
	const text = plain(`${cloud.stdout}${cloud.stderr}`);
	const eligible = /Status: eligible for n8n Cloud verification/.test(text);
	if (!eligible) console.log(text);
	results.push({
		gate: 'n8n-node cloud-support',
		ok: cloud.status === 0 && eligible,
		detail: eligible ? 'eligible for n8n Cloud verification' : 'NOT eligible',
	});
}

await sourceLeg();
if (!skipPack) await tarballLeg();
nodeCli(ensureNodeCli());

console.log('\nn8n verification gate:');
for (const r of results) console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.gate}: ${r.detail}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
