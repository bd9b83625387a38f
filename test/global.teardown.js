// Jest's global teardown: the suites skipped for a missing OpenAPI file, then the secrets check (which may throw).
const leaks = require('./leaks.teardown');
const openapiSkips = require('./openapiSkips');

module.exports = async () => {
	openapiSkips.teardown();
	await leaks();
};
