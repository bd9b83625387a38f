import { randomBytes } from 'crypto';
import { Readable } from 'stream';

/** The file part of a multipart body: read once, as a stream, never buffered whole. */
export interface MultipartFile {
	/** Form field name of the file (Pinterest's S3 upload wants "file"). */
	field: string;
	stream: Readable;
	/** Exact size in bytes, when known: it makes the body's Content-Length computable. */
	size?: number;
	fileName: string;
	contentType: string;
}

export interface MultipartBody {
	/** Streams the head (fields + file part headers), the file bytes, then the closing boundary. */
	body: Readable;
	/** The request's Content-Type header, with the boundary. */
	contentType: string;
	/** Total bytes of the body, or undefined when the file size is unknown. */
	contentLength?: number;
	boundary: string;
}

// Quotes and line breaks in names are percent-encoded, as browsers do (HTML form encoding).
function quoted(text: string): string {
	return text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * A multipart/form-data body: every text field first, in the given order, then the file
 * as the LAST part (S3 POST-policy uploads ignore anything after the file).
 * Only the small head and tail are in memory; the file is piped through chunk by chunk.
 */
export function encodeMultipart(fields: Record<string, string>, file: MultipartFile): MultipartBody {
	const boundary = `----n8nPinterestBoundary${randomBytes(12).toString('hex')}`;
	let head = '';
	for (const [name, value] of Object.entries(fields)) {
		head += `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`;
	}
	head +=
		`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\n` +
		`Content-Type: ${file.contentType}\r\n\r\n`;
	const headBytes = Buffer.from(head, 'utf8');
	const tailBytes = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');

	async function* parts(): AsyncGenerator<Buffer> {
		yield headBytes;
		let sent = 0;
		for await (const chunk of file.stream) {
			const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
			sent += bytes.length;
			yield bytes;
		}
		if (file.size !== undefined && sent !== file.size) {
			throw new Error(`The file has ${sent} bytes, but ${file.size} were announced`);
		}
		yield tailBytes;
	}

	return {
		body: Readable.from(parts(), { objectMode: false }),
		contentType: `multipart/form-data; boundary=${boundary}`,
		contentLength:
			file.size === undefined ? undefined : headBytes.length + file.size + tailBytes.length,
		boundary,
	};
}
