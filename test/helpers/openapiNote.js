'use strict';
/*
 * The note a suite prints when Pinterest's OpenAPI file is missing and its contract checks are skipped:
 * it names the suite (its file and what it checks) and the command that fetches the file. The suite is
 * also recorded for the run's closing note (test/openapiSkips.js): jest hides what a suite prints when
 * all of its tests are skipped.
 */
const fs = require('fs');
const path = require('path');
const { resolveSpecPath, FETCH_HINT } = require('../../scripts/lib/openapi-source');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `what` says what the skipped checks cover; the suite is the test file jest is running. */
function openapiSkipNote(what) {
	const file = expect.getState().testPath;
	const suite = file ? path.relative(REPO_ROOT, file).split(path.sep).join('/') : 'this suite';
	const specPath = resolveSpecPath(process.env);
	const log = process.env.PINTEREST_OPENAPI_SKIPS;
	if (log) fs.appendFileSync(log, `${JSON.stringify({ suite, what, specPath })}\n`);
	return (
		`OpenAPI contract check skipped: ${suite} (${what}) did not run, ` +
		`because Pinterest's OpenAPI file is not at ${specPath}. ` +
		`To run it, ${FETCH_HINT}.`
	);
}

module.exports = { openapiSkipNote };
