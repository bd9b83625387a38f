'use strict';
// A streaming multipart/form-data parser with bounded memory (the media upload target uses it).

/**
 * handlers: onPartBegin(headers), onPartData(buffer), onPartEnd(), onError(error).
 * Returns { done, write(chunk), end() }.
 */
function createMultipartParser(boundary, h) {
	const dashBoundary = Buffer.from(`--${boundary}`);
	const delim = Buffer.from(`\r\n--${boundary}`);
	const CRLF2 = Buffer.from('\r\n\r\n');
	let state = 'preamble';
	let buf = Buffer.alloc(0);
	const fail = (message) => {
		state = 'error';
		h.onError(new Error(message));
	};
	return {
		get done() {
			return state === 'done';
		},
		write(chunk) {
			if (state === 'done' || state === 'error') return;
			if (
				state === 'body' &&
				buf.length &&
				buf.length < delim.length &&
				chunk.length >= delim.length
			) {
				// Only the short tail kept from the previous chunk can hide the start of a delimiter:
				// look at a small window instead of concatenating the whole chunk (keeps allocation
				// per chunk tiny).
				const win = Buffer.concat([buf, chunk.subarray(0, delim.length - 1)]);
				if (win.indexOf(delim) < 0) {
					h.onPartData(buf);
					buf = Buffer.alloc(0);
				}
			}
			buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
			for (;;) {
				if (state === 'preamble') {
					const i = buf.indexOf(dashBoundary);
					if (i < 0) {
						if (buf.length > dashBoundary.length) {
							buf = Buffer.from(buf.subarray(buf.length - dashBoundary.length));
						}
						return;
					}
					buf = buf.subarray(i + dashBoundary.length);
					state = 'after';
				} else if (state === 'after') {
					if (buf.length < 2) return;
					if (buf[0] === 0x2d && buf[1] === 0x2d) {
						state = 'done';
						buf = Buffer.alloc(0);
						return;
					}
					if (buf[0] === 0x0d && buf[1] === 0x0a) {
						buf = buf.subarray(2);
						state = 'headers';
						continue;
					}
					fail('Malformed multipart body: bad boundary line.');
					return;
				} else if (state === 'headers') {
					const i = buf.indexOf(CRLF2);
					if (i < 0) {
						if (buf.length > 16384) fail('Multipart part headers too large.');
						return;
					}
					const headers = {};
					for (const line of buf.subarray(0, i).toString('utf8').split('\r\n')) {
						const c = line.indexOf(':');
						if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
					}
					buf = buf.subarray(i + 4);
					state = 'body';
					h.onPartBegin(headers);
				} else if (state === 'body') {
					const i = buf.indexOf(delim);
					if (i >= 0) {
						if (i > 0) h.onPartData(buf.subarray(0, i));
						h.onPartEnd();
						buf = buf.subarray(i + delim.length);
						state = 'after';
						continue;
					}
					const keep = delim.length - 1;
					if (buf.length > keep) {
						h.onPartData(buf.subarray(0, buf.length - keep));
						buf = Buffer.from(buf.subarray(buf.length - keep)); // copy: do not retain the big chunk
					}
					return;
				} else return;
			}
		},
		end() {
			if (state !== 'done' && state !== 'error') {
				fail('Unexpected end of multipart body (closing boundary missing).');
			}
		},
	};
}

/** The parameters of a Content-Disposition header ({ name, filename, ... }). */
function parseDisposition(v) {
	const out = {};
	if (!v) return out;
	const re = /;\s*([a-zA-Z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
	let m;
	while ((m = re.exec(v))) {
		out[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
	}
	return out;
}

module.exports = { createMultipartParser, parseDisposition };
