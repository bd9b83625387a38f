'use strict';
// The records a jest run appended to a file, one JSON per line (the leak log, the OpenAPI skips):
// read once by the global teardown, and the file removed so the next run starts empty.
const fs = require('fs');

function takeJsonLines(file) {
	if (!file || !fs.existsSync(file)) return undefined;
	const records = fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
	fs.rmSync(file, { force: true });
	return records;
}

module.exports = { takeJsonLines };
