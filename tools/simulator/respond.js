'use strict';
// Writing a JSON answer (shared by the API dispatch and the test-support endpoints).

/** Sends `body` as JSON with `status`; no body for 204 or an undefined body. */
function sendJson(res, status, body, headers = {}) {
	if (status === 204 || body === undefined) {
		res.writeHead(status, headers);
		res.end();
		return;
	}
	const data = Buffer.from(JSON.stringify(body));
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'content-length': data.length,
		...headers,
	});
	res.end(data);
}

module.exports = { sendJson };
