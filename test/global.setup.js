// Jest's global setup: the secrets check's log, and the list of suites skipped for a missing OpenAPI file.
const leaks = require('./leaks.setup');
const openapiSkips = require('./openapiSkips');

module.exports = async () => {
	await leaks();
	openapiSkips.setup();
};
