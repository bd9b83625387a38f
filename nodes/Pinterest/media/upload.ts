import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pinterestApiRequest } from '../transport';
import { wait } from '../transport/retry';
import type { BinaryFile } from './binary';
import { binaryFile, mimeTypeOf, getItemBinary } from './binary';
import { encodeMultipart } from './multipart';

/** Default for "Max Wait for Processing": 10 minutes. */
export const DEFAULT_MAX_WAIT_SECONDS = 600;
const FIRST_POLL_DELAY_MS = 1000;
const MAX_POLL_DELAY_MS = 10_000;

/** The body of POST /media for a video. */
export const REGISTER_VIDEO = { media_type: 'video' };

export interface RegisteredMedia {
	media_id: string;
	media_type?: string;
	upload_url: string;
	upload_parameters: Record<string, string>;
}

/** The answer to POST /media {media_type: 'video'}: the S3 upload URL and its fields. */
export function registeredMedia(
	context: IExecuteSingleFunctions,
	answer: unknown,
): RegisteredMedia {
	const body = (answer ?? {}) as IDataObject;
	if (typeof body.media_id !== 'string' || typeof body.upload_url !== 'string') {
		throw new NodeOperationError(
			context.getNode(),
			'Pinterest did not return an upload URL for the video',
			{
				itemIndex: context.getItemIndex(),
				description: 'The answer to POST /media had no media_id or upload_url. Try again later.',
			},
		);
	}
	const parameters: Record<string, string> = {};
	for (const [key, value] of Object.entries((body.upload_parameters ?? {}) as IDataObject)) {
		if (value !== undefined && value !== null) parameters[key] = String(value);
	}
	return {
		media_id: body.media_id,
		media_type: body.media_type as string | undefined,
		upload_url: body.upload_url,
		upload_parameters: parameters,
	};
}

/** POST /media {media_type: 'video'}: registers an upload. */
export async function registerVideo(context: IExecuteSingleFunctions): Promise<RegisteredMedia> {
	const response = await pinterestApiRequest.call(
		context,
		{ method: 'POST', url: '/media', body: REGISTER_VIDEO },
		context.getItemIndex(),
	);
	return registeredMedia(context, response.body);
}

function s3Message(body: unknown): string {
	const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
	const message = /<Message>([\s\S]*?)<\/Message>/i.exec(text)?.[1];
	return (message ?? text).trim().slice(0, 300);
}

/**
 * Sends the file to the upload URL as multipart/form-data: every upload parameter as a
 * field, then the file last as "file". This goes to Pinterest's storage (S3), not to the
 * API, so no credential is sent; the body is streamed with an exact Content-Length
 * (S3 refuses chunked uploads) and redirects are not followed (following them would make
 * the HTTP client keep the whole body in memory to replay it).
 */
export async function uploadFile(
	context: IExecuteSingleFunctions,
	media: RegisteredMedia,
	file: BinaryFile,
): Promise<void> {
	const itemIndex = context.getItemIndex();
	const multipart = encodeMultipart(media.upload_parameters, {
		field: 'file',
		open: file.open,
		size: file.size,
		fileName: file.fileName,
		contentType: file.mimeType,
	});
	const headers: IDataObject = {
		'Content-Type': multipart.contentType,
		'Content-Length': String(multipart.contentLength),
	};
	let response: { statusCode: number; body: unknown };
	try {
		response = (await context.helpers.httpRequest({
			method: 'POST',
			url: media.upload_url,
			body: multipart.body as unknown as IDataObject,
			headers,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			encoding: 'text',
		})) as { statusCode: number; body: unknown };
	} catch (error) {
		throw new NodeOperationError(
			context.getNode(),
			`Uploading the video failed: ${(error as Error).message}`,
			{
				itemIndex,
				description: `The file could not be sent to Pinterest's upload server (media ${media.media_id}). Check the network connection and try again.`,
			},
		);
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw new NodeOperationError(
			context.getNode(),
			`Pinterest's upload server refused the video (HTTP ${response.statusCode})`,
			{
				itemIndex,
				description: `Media ${media.media_id}: ${s3Message(response.body) || 'no details given'}. The upload URL is valid for a limited time only; run the node again to get a new one.`,
			},
		);
	}
}

/**
 * Polls GET /media/{id} until Pinterest has processed the upload: 1 s, then doubling up
 * to 10 s between polls, for at most maxWaitSeconds. Fails on "failed" and on timeout.
 */
export async function waitForMedia(
	context: IExecuteSingleFunctions,
	mediaId: string,
	maxWaitSeconds: number,
): Promise<IDataObject> {
	const itemIndex = context.getItemIndex();
	const deadline = Date.now() + Math.max(0, maxWaitSeconds) * 1000;
	let delay = FIRST_POLL_DELAY_MS;
	for (;;) {
		const response = await pinterestApiRequest.call(
			context,
			{ method: 'GET', url: `/media/${mediaId}` },
			itemIndex,
		);
		const media = (response.body ?? {}) as IDataObject;
		if (media.status === 'succeeded') return media;
		if (media.status === 'failed') {
			throw new NodeOperationError(
				context.getNode(),
				`Pinterest could not process the video (media ${mediaId})`,
				{
					itemIndex,
					description:
						'Pinterest reported the status "failed" for this upload. Check that the file is a video Pinterest supports (for example MP4, MOV or M4V) and that it is not damaged, then upload it again.',
				},
			);
		}
		if (media.status !== undefined && typeof media.status !== 'string') break;
		const remaining = deadline - Date.now();
		if (remaining <= 0) {
			throw new NodeOperationError(
				context.getNode(),
				`The video is still being processed after ${maxWaitSeconds} seconds (media ${mediaId}, status "${String(media.status ?? 'unknown')}")`,
				{
					itemIndex,
					description: `Raise "Max Wait for Processing" and run again, or create the pin later with Media Source "Video by Media ID" and media ID ${mediaId} (check its status with Media → Get).`,
				},
			);
		}
		await wait(Math.min(delay, remaining), context);
		delay = Math.min(delay * 2, MAX_POLL_DELAY_MS);
	}
	throw new NodeOperationError(
		context.getNode(),
		`Pinterest returned no status for media ${mediaId}`,
		{
			itemIndex,
		},
	);
}

/** Checks a video binary property before anything is sent. */
export async function videoFile(
	context: IExecuteSingleFunctions,
	propertyName: string,
	field: string,
): Promise<BinaryFile> {
	const binary = getItemBinary(context, String(propertyName).trim(), field);
	const mime = mimeTypeOf(binary);
	if (mime.startsWith('image/')) {
		throw new NodeOperationError(
			context.getNode(),
			`Binary property "${String(propertyName).trim()}" is an image (${mime}), not a video`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'For an image, choose Media Source "Image (Binary File)". Videos are uploaded as files such as MP4 or MOV.',
			},
		);
	}
	return await binaryFile(context, propertyName, field);
}

/** After the upload: the final Media object when waiting, else its status right away. */
export async function afterUpload(
	context: IExecuteSingleFunctions,
	media: RegisteredMedia,
	options: { wait: boolean; maxWaitSeconds: number },
): Promise<IDataObject> {
	if (options.wait) return await waitForMedia(context, media.media_id, options.maxWaitSeconds);
	const response = await pinterestApiRequest.call(
		context,
		{ method: 'GET', url: `/media/${media.media_id}` },
		context.getItemIndex(),
	);
	return (response.body ?? {}) as IDataObject;
}

/** Register → upload (streamed) → wait until processed. Returns the final Media object. */
export async function uploadVideo(
	context: IExecuteSingleFunctions,
	file: BinaryFile,
	options: { maxWaitSeconds: number },
): Promise<IDataObject> {
	const media = await registerVideo(context);
	await uploadFile(context, media, file);
	return await waitForMedia(context, media.media_id, options.maxWaitSeconds);
}
