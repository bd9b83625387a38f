'use strict';
/* Parsing `n8n execute --rawOutput` and summarising a run (or a stored execution's run data). */

/**
 * Cut the run JSON out of mixed stdout: from the first line that is exactly `{` to the next line
 * exactly `}`.
 */
function extractRunJson(stdout) {
	const lines = String(stdout)
		.split('\n')
		.map((l) => l.replace(/\r$/, ''));
	const a = lines.indexOf('{');
	if (a < 0) return undefined;
	const b = lines.indexOf('}', a);
	if (b < 0) return undefined;
	try {
		return JSON.parse(lines.slice(a, b + 1).join('\n'));
	} catch {
		return undefined;
	}
}

/** { NodeName: [ [json, ...] per run ] } plus errors and binary info from a run's resultData. */
function summariseRunData(runData = {}) {
	const nodes = {};
	const nodeErrors = {};
	const binaries = {};
	for (const [name, runs] of Object.entries(runData || {})) {
		nodes[name] = (runs || []).map((r) =>
			((r && r.data && r.data.main && r.data.main[0]) || []).map((i) => i.json),
		);
		binaries[name] = (runs || []).map((r) =>
			((r && r.data && r.data.main && r.data.main[0]) || []).map((i) =>
				i.binary ? Object.keys(i.binary) : [],
			),
		);
		const errs = (runs || []).map((r) => r && r.error).filter(Boolean);
		if (errs.length)
			nodeErrors[name] = errs.map((e) => ({
				message: e.message,
				description: e.description,
				httpCode: e.httpCode,
				name: e.name,
			}));
	}
	return { nodes, nodeErrors, binaries };
}

function summariseRun(run) {
	const resultData = (run && run.data && run.data.resultData) || {};
	const err = resultData.error;
	return {
		status: run && run.status,
		finished: run && run.finished,
		mode: run && run.mode,
		error: err ? err.message : undefined,
		errorDetails: err
			? {
					message: err.message,
					description: err.description,
					httpCode: err.httpCode,
					name: err.name,
					node: err.node && err.node.name,
				}
			: undefined,
		lastNodeExecuted: resultData.lastNodeExecuted,
		...summariseRunData(resultData.runData),
	};
}

module.exports = { extractRunJson, summariseRun, summariseRunData };
