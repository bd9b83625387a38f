import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { DEFAULT_MAX_WAIT_SECONDS, uploadVideo, videoFile } from '../../media/upload';

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the video file',
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

/**
 * Registers the upload, streams the file to Pinterest's storage and (by default) waits for
 * processing; the operation's own request then reads the upload's final status.
 */
async function upload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const options = this.getNodeParameter('options', {}) as {
		maxWaitSeconds?: number;
		waitForProcessing?: boolean;
	};
	const file = await videoFile(
		this,
		this.getNodeParameter('binaryPropertyName', 'data') as string,
		'Input Binary Field',
	);
	const media = await uploadVideo(this, file, {
		wait: options.waitForProcessing !== false,
		maxWaitSeconds: Number(options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS),
	});
	requestOptions.url = `/media/${String(media.media_id)}`;
	requestOptions.method = 'GET';
	delete requestOptions.body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [upload];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['upload'] } },
	properties,
);
