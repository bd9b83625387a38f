'use strict';
/*
 * Suites skipped for a missing OpenAPI file, collected over the whole jest run and named in one note at
 * its end. Jest does not show what a suite prints when all its tests are skipped, so a note printed by
 * the suite itself would never be seen: each suite appends its line to a file (test/helpers/openapiNote.js)
 * and the global teardown prints them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const { FETCH_HINT } = require('../scripts/lib/openapi-source');
const { takeJsonLines } = require('./jsonLines');

function setup() {
	const file = path.join(os.tmpdir(), `pinterest-openapi-skips-${process.pid}.jsonl`);
	fs.writeFileSync(file, '');
	process.env.PINTEREST_OPENAPI_SKIPS = file;
}

/** The closing note, or '' when no suite was skipped. */
function note(records) {
	if (!records.length) return '';
	const suites = [...new Map(records.map((r) => [`${r.suite} (${r.what})`, r])).keys()].sort();
	return [
		`OpenAPI contract checks skipped: Pinterest's OpenAPI file is not at ${records[0].specPath}, so these did not run:`,
		...suites.map((s) => `  - ${s}`),
		`To run them, ${FETCH_HINT}, then run the tests again.`,
	].join('\n');
}

function teardown() {
	const records = takeJsonLines(process.env.PINTEREST_OPENAPI_SKIPS);
	if (!records) return;
	const text = note(records);
	if (text) console.log(`\n${text}`);
}

module.exports = { setup, teardown, note };
