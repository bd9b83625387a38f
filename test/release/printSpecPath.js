'use strict';
/*
 * Prints, as one JSON line, what tools/simulator/openapi.js resolves under this process's environment:
 * { specPath, downloadedSpecPath, available, loadError }. Run by fetchOpenapi.test.ts as a child process, so
 * each case gets its own environment.
 */
const oa = require('../../tools/simulator/openapi');

let loadError = null;
if (!oa.specAvailable()) {
	try {
		oa.loadSpec();
	} catch (error) {
		loadError = error.message;
	}
}
console.log(
	JSON.stringify({
		specPath: oa.specPath(),
		downloadedSpecPath: oa.downloadedSpecPath(),
		available: oa.specAvailable(),
		loadError,
	}),
);
