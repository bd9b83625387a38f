import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	afterUpload,
	DEFAULT_MAX_WAIT_SECONDS,
	REGISTER_VIDEO,
	registeredMedia,
	uploadFile,
	videoFile,
} from '../../media/upload';
import type { BinaryFile } from '../../media/binary';
import { videoFromUrl } from '../../media/fromUrl';
import { checkUrl } from '../../hooks/validate';

const properties: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'binary',
		description: 'Where the video comes from',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'A video file from a binary property of the input item',
			},
			{
				name: 'URL',
				value: 'url',
				description: 'A public URL of a video file, streamed into the upload',
			},
		],
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the video file',
		displayOptions: { show: { source: ['binary'] } },
	},
	{
		displayName: 'Video URL',
		name: 'videoUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/video.mp4',
		hint: 'The server must answer with a video type and a Content-Length',
		displayOptions: { show: { source: ['url'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Wait for Processing (Seconds)',
				name: 'maxWaitSeconds',
				type: 'number',
				default: DEFAULT_MAX_WAIT_SECONDS,
				typeOptions: { minValue: 0 },
				description: 'How long to wait for Pinterest to process the video before failing',
			},
			{
				displayName: 'Wait for Processing',
				name: 'waitForProcessing',
				type: 'boolean',
				default: true,
				description:
					'Whether to wait until Pinterest has processed the video (status "succeeded"); otherwise return right after the upload',
			},
		],
	},
];

interface UploadOptions {
	maxWaitSeconds?: number;
	waitForProcessing?: boolean;
}

// The file checked before registering, used for the upload after it (one per item context).
const files = new WeakMap<object, BinaryFile>();

async function fileOf(context: IExecuteSingleFunctions): Promise<BinaryFile> {
	const opened = files.get(context);
	if (opened) return opened;
	const file =
		context.getNodeParameter('source', 'binary') === 'url'
			? await videoFromUrl(
					context,
					checkUrl(context, context.getNodeParameter('videoUrl', ''), 'Video URL'),
					'Video URL',
				)
			: await videoFile(
					context,
					context.getNodeParameter('binaryPropertyName', 'data') as string,
					'Input Binary Field',
				);
	files.set(context, file);
	return file;
}

/** preSend: the video must be there before the upload is registered. */
async function registerBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	await fileOf(this);
	requestOptions.body = { ...REGISTER_VIDEO };
	return requestOptions;
}

/**
 * postReceive: POST /media answered with the upload URL; stream the file there and (by
 * default) wait until Pinterest has processed it. The output is the upload's Media object.
 */
async function uploadRegistered(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const media = registeredMedia(this, items[0]?.json);
	await uploadFile(this, media, await fileOf(this));
	const options = this.getNodeParameter('options', {}) as UploadOptions;
	const json = await afterUpload(this, media, {
		wait: options.waitForProcessing !== false,
		maxWaitSeconds: Number(options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS),
	});
	return [{ json }];
}

export const preSend: PreSendAction[] = [registerBody];
export const postReceive = [uploadRegistered];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['upload'] } },
	properties,
);
