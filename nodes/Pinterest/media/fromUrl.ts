import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { onSettled } from '../routing/itemState';
import type { BinaryFile } from './binary';
import type { FileChunks } from './multipart';

// Pinterest v5 has no video_url media source: a video from a URL is downloaded by the node and
// streamed straight into the upload, chunk by chunk, so a 1 GiB file is never in memory. The
// answer is opened (and checked) before anything is registered at Pinterest.

const VIDEO_EXTENSIONS = /\.(mp4|m4v|mov)$/i;
const GENERIC_TYPES = ['application/octet-stream', 'binary/octet-stream'];

interface StreamAnswer {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: FileChunks & { destroy?: () => void };
}

function header(answer: StreamAnswer, name: string): string {
	const value = answer.headers[name] ?? answer.headers[name.toLowerCase()];
	return String(Array.isArray(value) ? value[0] : (value ?? '')).trim();
}

/**
 * Opens the video at `url` (a GET, no Pinterest credential) and checks what the server says:
 * a success status, a video content type (or a generic one on a .mp4/.m4v/.mov path), and a
 * Content-Length, which the upload needs. The stream is read only when the upload is sent,
 * and closed when the item is done in any case.
 */
export async function videoFromUrl(
	context: IExecuteSingleFunctions,
	url: string,
	field: string,
): Promise<BinaryFile> {
	const itemIndex = context.getItemIndex();
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
	};
	let answer: StreamAnswer;
	try {
		answer = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as StreamAnswer;
	} catch (error) {
		return fail(
			`${field}: the video could not be downloaded`,
			`GET ${url.slice(0, 200)} failed: ${(error as Error).message}. Check that the URL is reachable from n8n.`,
		);
	}
	const close = () => answer.body?.destroy?.();
	onSettled(context, close);
	const path = (() => {
		try {
			return new URL(url).pathname;
		} catch {
			return url;
		}
	})();
	if (answer.statusCode >= 400 || answer.statusCode < 200) {
		close();
		fail(
			`${field} answered HTTP ${answer.statusCode}`,
			`The server of ${url.slice(0, 200)} did not give the video (HTTP ${answer.statusCode}). Check the link: it must be public and point to the file itself.`,
		);
	}
	const contentType = header(answer, 'content-type').split(';')[0].toLowerCase();
	const isVideo =
		contentType.startsWith('video/') ||
		(GENERIC_TYPES.includes(contentType) && VIDEO_EXTENSIONS.test(path));
	if (!isVideo) {
		close();
		fail(
			`${field} is ${contentType || 'of unknown type'}, not a video`,
			'The URL must point to the video file itself (for example MP4 or MOV), not to a web page that shows it.',
		);
	}
	const size = Number(header(answer, 'content-length'));
	if (!Number.isSafeInteger(size) || size <= 0) {
		close();
		fail(
			`${field}: the server did not say how big the video is`,
			'Pinterest\'s upload needs the file size up front, and this server sent no Content-Length. Download the file with an HTTP Request node (Response Format: File) and use Media Source "Video (Binary File)".',
		);
	}
	const name = path.split('/').pop() || 'video.mp4';
	return {
		size,
		fileName: VIDEO_EXTENSIONS.test(name) ? name : `${name}.mp4`,
		mimeType: contentType.startsWith('video/') ? contentType : 'video/mp4',
		open: async () => answer.body,
	};
}
