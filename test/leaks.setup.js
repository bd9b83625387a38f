// Global setup: one file for the whole run, shared with the workers through the environment.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
	const file = path.join(os.tmpdir(), `pinterest-leak-check-${process.pid}.jsonl`);
	fs.writeFileSync(file, '');
	process.env.PINTEREST_LEAK_LOG = file;
};
