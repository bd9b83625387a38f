'use strict';
// Small pure helpers of the simulator: seeded PRNG, hashing, ordering, dates.

/** A seeded PRNG (mulberry32): ids, fault decisions and tokens are reproducible from the seed. */
function mulberry32(seed) {
	let a = seed >>> 0;
	return function next() {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a hash of a string: the deterministic numbers (analytics, counts) derive from it. */
function fnv1a(str) {
	let h = 0x811c9dc5;
	for (let i = 0; i < str.length; i++) {
		h ^= str.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** Compares numeric id strings (shorter is smaller). */
function cmpId(a, b) {
	if (a.length !== b.length) return a.length < b.length ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** newest first: created_at desc, then id desc */
function cmpNewestFirst(a, b) {
	if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
	return -cmpId(a.id, b.id);
}

function isoDate(d) {
	return d.toISOString().slice(0, 10);
}

function addDays(dateStr, n) {
	const d = new Date(`${dateStr}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return isoDate(d);
}

function daysBetween(a, b) {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

function validDate(s) {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

module.exports = {
	mulberry32,
	fnv1a,
	cmpId,
	cmpNewestFirst,
	isoDate,
	addDays,
	daysBetween,
	validDate,
	sleep,
};
