'use strict';
/*
 * The "S3" upload target of POST /media: POST /__upload/<media_id>. It parses the multipart body
 * as a stream (sha256 and byte count of the `file` part, never the bytes), requires every issued
 * upload_parameters field with its value and `file` as the last part: 204, else a 400 XML error.
 * After the upload the media item is `processing` (or done at once with mediaProcessingPolls <= 0).
 */
const crypto = require('crypto');

const { createMultipartParser, parseDisposition } = require('./multipart');

const UPLOAD_PARAM_KEYS = [
	'Content-Type',
	'key',
	'policy',
	'x-amz-algorithm',
	'x-amz-credential',
	'x-amz-date',
	'x-amz-security-token',
	'x-amz-signature',
];
const MAX_FIELD_BYTES = 65536;

function xmlError(code, message) {
	const text = String(message).replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<Error><Code>${code}</Code><Message>${text}</Message></Error>\n`
	);
}

function createUploadTarget(core) {
	const { opts, sim, store } = core;

	/** The upload as the request log shows it. */
	const logBody = (rec) => ({
		fields: rec.fields,
		fileBytes: rec.fileBytes,
		sha256: rec.sha256,
		filename: rec.filename,
		fileWasLast: rec.fileWasLast,
	});

	/** Problems with the form fields once the body has been read. */
	function fieldProblems(rec, m, fileSeen) {
		const problems = [];
		for (const k of UPLOAD_PARAM_KEYS) {
			if (!(k in rec.fields)) problems.push(`Missing form field '${k}'.`);
			else if (rec.fields[k] !== m._params[k]) {
				problems.push(`Form field '${k}' does not match the issued upload_parameters value.`);
			}
		}
		if (!fileSeen) problems.push("Missing file part named 'file'.");
		else if (!rec.fileWasLast) problems.push("The 'file' part must be the last form field.");
		return problems;
	}

	function handleUpload(req, res, entry, mediaId) {
		const auth = req.headers.authorization;
		const m = sim.state.media[mediaId];
		const ctype = String(req.headers['content-type'] || '');
		const bm = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(ctype);
		const finish = (status, problem, rec) => {
			if (rec) entry.body = logBody(rec);
			core.log.record(entry, status);
			if (status === 204) {
				res.writeHead(204);
				res.end();
				return;
			}
			const xml = xmlError(status === 404 ? 'NoSuchUpload' : 'InvalidArgument', problem);
			res.writeHead(status, {
				'content-type': 'application/xml',
				'content-length': Buffer.byteLength(xml),
				connection: 'close',
			});
			res.end(xml);
		};
		if (req.method !== 'POST') {
			req.resume();
			finish(405, 'Method not allowed; use POST.');
			return;
		}
		if (!m) {
			req.resume();
			req.on('end', () => finish(404, `Unknown media id ${mediaId}.`));
			return;
		}
		if (!/^multipart\/form-data/i.test(ctype) || !bm) {
			req.resume();
			req.on('end', () => finish(400, 'Content-Type must be multipart/form-data with a boundary.'));
			return;
		}
		const rec = {
			fields: {},
			fileBytes: 0,
			sha256: null,
			filename: null,
			contentType: null,
			authorizationHeaderSeen: auth !== undefined,
			fileWasLast: false,
			partNames: [],
			ok: false,
		};
		sim.uploads[mediaId] = rec;
		const problems = [];
		let current = null;
		let fileSeen = false;
		let hash = null;
		let failed = false;
		const parser = createMultipartParser(bm[1] || bm[2], {
			onPartBegin(headers) {
				const d = parseDisposition(headers['content-disposition']);
				const name = d.name;
				rec.partNames.push(name);
				if (fileSeen) rec.fileWasLast = false;
				if (name === 'file') {
					if (fileSeen) problems.push("More than one 'file' part.");
					fileSeen = true;
					rec.fileWasLast = true;
					rec.filename = d.filename === undefined ? null : d.filename;
					rec.contentType = headers['content-type'] || null;
					hash = crypto.createHash('sha256');
					current = { file: true };
				} else {
					current = { name, chunks: [], size: 0 };
				}
			},
			onPartData(data) {
				if (current.file) {
					rec.fileBytes += data.length;
					hash.update(data);
					return;
				}
				current.size += data.length;
				if (current.size <= MAX_FIELD_BYTES) current.chunks.push(Buffer.from(data));
				else if (!current.tooBig) {
					current.tooBig = true;
					problems.push(`Form field '${current.name}' is too large.`);
				}
			},
			onPartEnd() {
				if (current.file) rec.sha256 = hash.digest('hex');
				else if (current.name !== undefined) {
					rec.fields[current.name] = Buffer.concat(current.chunks).toString('utf8');
				}
				current = null;
			},
			onError(err) {
				failed = true;
				problems.push(err.message);
			},
		});
		req.on('data', (chunk) => parser.write(chunk));
		req.on('error', () => {
			failed = true;
		});
		req.on('aborted', () => {
			failed = true;
		});
		req.on('end', () => {
			parser.end();
			if (!failed) problems.push(...fieldProblems(rec, m, fileSeen));
			if (problems.length || failed) {
				finish(400, problems.join(' ') || 'Upload failed.', rec);
				return;
			}
			rec.ok = true;
			m._uploaded = true;
			m._polls = 0;
			if (opts.mediaProcessingPolls <= 0) m.status = store.processedStatus(mediaId);
			else m.status = 'processing';
			finish(204, null, rec);
		});
	}

	return { handleUpload };
}

module.exports = { createUploadTarget, UPLOAD_PARAM_KEYS };
