import { randomBytes } from 'crypto';

/** Chunks of a file, read once: n8n's binary stream, or the bytes of an in-memory binary. */
export type FileChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** The file part of a multipart body: read once, chunk by chunk, never buffered whole. */
export interface MultipartFile {
	/** Form field name of the file (Pinterest's S3 upload wants "file"). */
	field: string;
	/** Opens the file; called only when the body is read, so nothing is opened for a request never sent. */
	open: () => Promise<FileChunks>;
	/** Exact size in bytes: the body's Content-Length is computed from it. */
	size: number;
	fileName: string;
	contentType: string;
}

/**
 * The body as a Blob: n8n's HTTP helper sends a Blob by streaming the chunks of its stream()
 * with its size as Content-Length and its type as Content-Type. Unlike a built Blob, this
 * one produces its bytes only as they are sent, so a 1 GiB file is never in memory.
 */
export interface StreamedBlob {
	readonly size: number;
	readonly type: string;
	stream(): ReadableStream<Uint8Array>;
	readonly [Symbol.toStringTag]: 'Blob';
}

export interface MultipartBody {
	/** Streams the head (fields + file part headers), the file bytes, then the closing boundary. */
	body: StreamedBlob;
	/** The request's Content-Type header, with the boundary. */
	contentType: string;
	/** Total bytes of the body. */
	contentLength: number;
	boundary: string;
}

// Quotes and line breaks in names are percent-encoded, as browsers do (HTML form encoding).
function quoted(text: string): string {
	return text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

function closeQuietly(chunks: unknown): void {
	const closable = chunks as { destroy?: () => void } | undefined;
	if (typeof closable?.destroy === 'function') closable.destroy();
}

/** A web stream pulling from an async generator; cancelling it finishes the generator (closing the file). */
function pullStream(source: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await source.next();
				if (next.done) controller.close();
				else controller.enqueue(next.value);
			},
			async cancel() {
				await source.return(undefined);
			},
		},
		{ highWaterMark: 0 },
	);
}

/**
 * A multipart/form-data body: every text field first, in the given order, then the file
 * as the LAST part (S3 POST-policy uploads ignore anything after the file).
 * Only the small head and tail are in memory; the file passes through chunk by chunk.
 */
export function encodeMultipart(
	fields: Record<string, string>,
	file: MultipartFile,
): MultipartBody {
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
	const contentType = `multipart/form-data; boundary=${boundary}`;
	const contentLength = headBytes.length + file.size + tailBytes.length;

	async function* parts(): AsyncGenerator<Uint8Array> {
		yield headBytes;
		const chunks = await file.open();
		let sent = 0;
		try {
			for await (const chunk of chunks) {
				const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
				sent += bytes.length;
				yield bytes;
			}
		} finally {
			// Also when the request fails half-way: the file is closed, not left open.
			closeQuietly(chunks);
		}
		if (sent !== file.size) {
			throw new Error(`The file has ${sent} bytes, but ${file.size} were announced`);
		}
		yield tailBytes;
	}

	const body: StreamedBlob = {
		size: contentLength,
		type: contentType,
		stream: () => pullStream(parts()),
		[Symbol.toStringTag]: 'Blob',
	};
	return { body, contentType, contentLength, boundary };
}
