'use strict';
// The editor cases, in the order a user meets them. Each: { name, since?, colorScheme?, run(ctx) }.
module.exports = {
	CASES: [
		...require('./nodesPanel').cases,
		...require('./editorFirstLook').cases,
		...require('./panels').cases,
		...require('./boardList').cases,
		...require('./binaryPin').cases,
		...require('./tokenCredential').cases,
		...require('./oauth').cases,
		...require('./trigger').cases,
		...require('./leadAds').cases,
		...require('./aiTool').cases,
		...require('./schemaPreview').cases,
		...require('./firstHour').cases,
	],
};
