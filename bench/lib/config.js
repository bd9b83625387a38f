'use strict';
/* The bench's settings (env BENCH_QUICK, BENCH_REPS), sizes and its stderr log. */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

const QUICK = process.env.BENCH_QUICK === '1';
const REPS = Number(process.env.BENCH_REPS) || (QUICK ? 2 : 5);
const TOKEN = 'pina_bench_token';
const PINS = QUICK ? 1000 : 10000;
const CREATES = QUICK ? 100 : 1000;
const VIDEO = QUICK ? 64 * 1024 * 1024 : 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

function log(...args) {
	process.stderr.write(`[bench] ${args.join(' ')}\n`);
}

module.exports = { ROOT, QUICK, REPS, TOKEN, PINS, CREATES, VIDEO, MiB, log };
