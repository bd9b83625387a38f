'use strict';
/* Loads the Pinterest simulator (tools/simulator) for the e2e run, or says why it cannot. */
const fs = require('fs');
const path = require('path');
const { REPO } = require('./harness');

function loadSimulator() {
	const rel = 'tools/simulator/index.js';
	const file = path.join(REPO, rel);
	if (!fs.existsSync(file)) return { error: `${rel} does not exist` };
	try {
		const mod = require(file);
		if (typeof mod.createSimulator !== 'function')
			return { error: `${rel} exports no createSimulator()` };
		return { createSimulator: mod.createSimulator };
	} catch (e) {
		return { error: `${rel} does not load: ${e.message.split('\n')[0]}` };
	}
}

module.exports = { loadSimulator };
