'use strict';
/*
 * The e2e scenarios. Each one:
 *   name        shown in the report
 *   requires()  returns a reason (=> counted as a failure, listed) when the node lacks what it needs
 *   skip()      returns a reason to skip (only for things that cannot run here)
 *   prepare()   seeds the simulator and returns the workflows to import (all are imported in one CLI call)
 *   run()       executes them with the real n8n CLI and asserts outputs and the simulator's request log
 *
 * Grouped by concern under scenarios/ (common.js holds the shared builders and assertions).
 */
const {
	NODE_TYPE,
	TRIGGER_TYPE,
	CREDS,
	SIM_OPTIONS,
	chain,
	pinterestNode,
	byId,
	reqs,
	authOf,
	logSummary,
} = require('./scenarios/common');
const { boardScenarios } = require('./scenarios/board');
const { errorScenarios } = require('./scenarios/errors');
const { exactlyOnceScenarios } = require('./scenarios/exactlyOnce');
const { oauth2Scenarios } = require('./scenarios/oauth2');
const { pinScenarios } = require('./scenarios/pins');
const { exampleScenarios } = require('./scenarios/examples');
const { schedulingScenarios } = require('./scenarios/scheduling');
const { triggerScenario } = require('./scenarios/trigger');

function defineScenarios() {
	return [
		...boardScenarios(),
		...errorScenarios(),
		...oauth2Scenarios(),
		...pinScenarios(),
		...exactlyOnceScenarios(),
		...exampleScenarios(),
		...schedulingScenarios(),
	];
}

module.exports = {
	defineScenarios,
	triggerScenario,
	CREDS,
	SIM_OPTIONS,
	NODE_TYPE,
	TRIGGER_TYPE,
	chain,
	pinterestNode,
	byId,
	reqs,
	authOf,
	logSummary,
};
