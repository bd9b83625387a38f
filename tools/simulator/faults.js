'use strict';
/*
 * Fault injection: scripted faults (sim.failNext) first, then random ones from sim.faults with a
 * seeded PRNG. Faults are decided before routing and auth, so a faulted request changes nothing,
 * except `afterWrite` faults, which let the write happen and then answer 500. The token endpoint
 * is exempt unless `faults.includeOAuth` (or a scripted fault with `includeOAuth`).
 */
const { MSG } = require('./params');
const { mulberry32 } = require('./util');

const DEFAULT_FAULTS = {
	rate429: 0,
	rate500: 0,
	rate503: 0,
	retryAfterSeconds: 1,
	slowRate: 0,
	slowMs: 200,
	rate500AfterWrite: 0,
	// A write applied, then the connection closed without an answer.
	rateDropAfterWrite: 0,
	// Pinterest's code 2787 ("something went wrong"), answered with HTTP 400: not applied, or
	// (AfterWrite) applied first.
	rate2787: 0,
	rate2787AfterWrite: 0,
	includeOAuth: false,
};

/**
 * The fault mix of the exactly-once proof (test/reliability/exactlyOnce.test.ts and the bench):
 * besides 429 and 503 (not applied), writes applied and then answered 500, applied and then
 * dropped without an answer, and code 2787 before and after applying.
 */
const AMBIGUOUS_FAULTS = {
	rate429: 0.1,
	rate503: 0.06,
	rate500AfterWrite: 0.08,
	rateDropAfterWrite: 0.04,
	rate2787: 0.01,
	rate2787AfterWrite: 0.01,
	retryAfterSeconds: 0,
	slowRate: 0.05,
	slowMs: 25,
};

const BODY_2787 = { code: 2787, message: 'Something went wrong on our end. Sorry about that.' };

/** The body of a faulted answer. */
function faultBody(status) {
	if (status === 429) return { code: 8, message: MSG.rate };
	if (status === 503) return { code: 503, message: 'Service unavailable. Please try again later.' };
	if (status === 500) return { code: 500, message: 'Internal server error.' };
	return { code: status, message: `Simulated fault (${status}).` };
}

function createFaults(core) {
	const { opts, sim } = core;
	const scripted = [];
	let rng;

	/**
	 * The fault for the next request: null, or { status, headers?, body?, slowMs?, afterWrite?,
	 * drop? }.
	 */
	function next(isOAuth, isWrite) {
		if (scripted.length) {
			const f = scripted[0];
			if (!isOAuth || f.includeOAuth) {
				scripted.shift();
				return { ...f, scripted: true };
			}
		}
		if (isOAuth && !sim.faults.includeOAuth) return null;
		const F = sim.faults;
		const r = rng();
		const rSlow = rng();
		const rAfter = rng();
		let status = 0;
		if (r < F.rate429) status = 429;
		else if (r < F.rate429 + F.rate500) status = 500;
		else if (r < F.rate429 + F.rate500 + F.rate503) status = 503;
		else if (isWrite && r < F.rate429 + F.rate500 + F.rate503 + F.rate2787) {
			return { status: 400, body: BODY_2787, slowMs: rSlow < F.slowRate ? F.slowMs : 0 };
		}
		const slowMs = rSlow < F.slowRate ? F.slowMs : 0;
		if (status) {
			const headers =
				status === 429 || status === 503 ? { 'retry-after': String(F.retryAfterSeconds) } : {};
			return { status, headers, slowMs };
		}
		if (isWrite && rAfter < F.rate500AfterWrite) return { status: 500, afterWrite: true, slowMs };
		if (isWrite && rAfter < F.rate500AfterWrite + F.rateDropAfterWrite) {
			return { drop: true, afterWrite: true, slowMs };
		}
		if (isWrite && rAfter < F.rate500AfterWrite + F.rateDropAfterWrite + F.rate2787AfterWrite) {
			return { status: 400, body: BODY_2787, afterWrite: true, slowMs };
		}
		if (slowMs) return { status: 0, slowMs };
		return null;
	}

	/**
	 * sim.failNext(n, spec): the next n API requests answer spec.status (429 by default); with
	 * spec.drop the connection closes without an answer instead.
	 */
	function failNext(n = 1, spec = {}) {
		const status = spec.status || 429;
		const headers =
			spec.headers ||
			(status === 429 ? { 'retry-after': String(sim.faults.retryAfterSeconds) } : {});
		for (let i = 0; i < n; i++) {
			scripted.push({
				status,
				headers,
				body: spec.body,
				includeOAuth: !!spec.includeOAuth,
				afterWrite: !!spec.afterWrite,
				drop: !!spec.drop,
			});
		}
	}

	function setFaults(f = {}) {
		sim.faults = { ...DEFAULT_FAULTS, ...f };
		return sim.faults;
	}

	/** Queued faults dropped, PRNG re-seeded (sim.faults, the configured rates, stay). */
	function reset() {
		rng = mulberry32((opts.seed ^ 0x9e3779b9) >>> 0);
		scripted.length = 0;
	}

	return { next, failNext, setFaults, reset };
}

module.exports = { createFaults, faultBody, DEFAULT_FAULTS, AMBIGUOUS_FAULTS };
