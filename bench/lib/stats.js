'use strict';
/* Statistics over repetitions (min / median / max) and number formatting for the bench's tables. */
const { MiB } = require('./config');

function stats(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return undefined;
	const mid = Math.floor(v.length / 2);
	const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
	return { min: v[0], median, max: v[v.length - 1], n: v.length };
}

const fmt = {
	ms: (x) =>
		x >= 10000
			? `${(x / 1000).toFixed(1)} s`
			: x >= 1000
				? `${(x / 1000).toFixed(2)} s`
				: `${x.toFixed(x < 10 ? 2 : 0)} ms`,
	mib: (x) => `${(x / MiB).toFixed(1)} MiB`,
	mibs: (x) => `${x.toFixed(0)} MiB/s`,
	n: (x) => String(Math.round(x * 100) / 100),
	ratio: (x) => `${x.toFixed(2)}×`,
};

function spread(s, f) {
	return s ? `${f(s.min)} / ${f(s.median)} / ${f(s.max)}` : 'n/a';
}

function ratioOf(ours, bare) {
	return ours && bare && bare.median ? ours.median / bare.median : undefined;
}

module.exports = { stats, fmt, spread, ratioOf };
