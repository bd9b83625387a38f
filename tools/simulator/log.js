'use strict';
// The request log (sim.requests, at most options.logLimit entries) and the statistics (sim.stats).

function createLog(core) {
	const { opts, sim } = core;

	/** Logs a request; its status and body are filled in when it is answered. */
	function begin(req, path, query) {
		const entry = {
			method: req.method,
			path,
			query,
			headers: { ...req.headers },
			body: undefined,
			status: undefined,
			time: new Date().toISOString(),
		};
		if (sim.requests.length >= opts.logLimit) sim.requests.shift();
		sim.requests.push(entry);
		return entry;
	}

	/** Notes the status of a logged request in the entry and in sim.stats (and the answer's body
	 * with options.logResponses, for the contract tests). */
	function record(entry, status, body) {
		entry.status = status;
		if (opts.logResponses) entry.response = body;
		sim.stats.requests += 1;
		sim.stats.byStatus[status] = (sim.stats.byStatus[status] || 0) + 1;
	}

	/** Empty log, uploads and statistics. */
	function reset() {
		sim.requests.length = 0;
		for (const k of Object.keys(sim.uploads)) delete sim.uploads[k];
		sim.stats = { requests: 0, byStatus: {}, faulted: 0, inFlight: 0, peakInFlight: 0 };
	}

	return { begin, record, reset };
}

module.exports = { createLog };
