import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { binaryImage } from '../../media/binary';
import { videoFromUrl } from '../../media/fromUrl';
import { DEFAULT_MAX_WAIT_SECONDS, uploadVideo, videoFile } from '../../media/upload';
import { checkId } from '../../hooks/ids';
import { checkUrl, checkLink, fail } from '../../hooks/validate';

// Pin → Create's Media Source: the fields, and the media_source object built from them.

const videoSources = ['videoBinary', 'videoUrl', 'videoMediaId'];
const uploadedSources = ['videoBinary', 'videoUrl'];

export const mediaProperties: INodeProperties[] = [
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		default: 'imageUrl',
		description: 'Where the image or video of the pin comes from',
		options: [
			{
				name: 'Carousel',
				value: 'carousel',
				description: '2 to 5 images, all from URLs or all from binary files',
			},
			{
				name: 'Image (Binary File)',
				value: 'imageBinary',
				description: 'A JPEG or PNG file from a binary property of the input item',
			},
			{ name: 'Image URL', value: 'imageUrl', description: 'A public URL of the image' },
			{
				name: 'Video (Binary File)',
				value: 'videoBinary',
				description:
					'Upload a video file from a binary property, wait until Pinterest has processed it, then create the pin',
			},
			{
				name: 'Video by Media ID',
				value: 'videoMediaId',
				description: 'A video already uploaded with Media → Upload',
			},
			{
				name: 'Video URL',
				value: 'videoUrl',
				description:
					'A public URL of a video file (MP4, MOV): the node streams it into the upload, waits until Pinterest has processed it, then creates the pin',
			},
		],
	},
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/image.jpg',
		displayOptions: { show: { mediaSource: ['imageUrl'] } },
	},
	{
		displayName: 'Video URL',
		name: 'videoUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/video.mp4',
		hint: 'The server must answer with a video type and a Content-Length',
		displayOptions: { show: { mediaSource: ['videoUrl'] } },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file',
		displayOptions: { show: { mediaSource: ['imageBinary', 'videoBinary'] } },
	},
	{
		displayName: 'Carousel Images',
		name: 'carouselImages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Image',
		default: {},
		description:
			'Pinterest wants 2 to 5 images, all of the same kind (all URLs or all binary files)',
		displayOptions: { show: { mediaSource: ['carousel'] } },
		options: [
			{
				displayName: 'Image',
				name: 'images',
				values: [
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Image URL',
						name: 'url',
						type: 'string',
						default: '',
						placeholder: 'https://example.com/image.jpg',
						displayOptions: { show: { source: ['url'] } },
					},
					{
						displayName: 'Input Binary Field',
						name: 'binaryPropertyName',
						type: 'string',
						default: 'data',
						hint: 'The name of the input binary field containing the JPEG or PNG image',
						displayOptions: { show: { source: ['binary'] } },
					},
					{
						displayName: 'Link',
						name: 'link',
						type: 'string',
						default: '',
						placeholder: 'https://example.com/product',
					},
					{
						displayName: 'Source',
						name: 'source',
						type: 'options',
						default: 'url',
						description: 'All images of a carousel must have the same source',
						options: [
							{ name: 'Image URL', value: 'url' },
							{ name: 'Binary File', value: 'binary' },
						],
					},
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
	{
		displayName: 'Media ID',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '12345',
		description:
			'The media_id returned by Media → Upload; the upload must have the status "succeeded"',
		displayOptions: { show: { mediaSource: ['videoMediaId'] } },
	},
	{
		displayName: 'Cover Image',
		name: 'coverImageSource',
		type: 'options',
		default: 'url',
		description: 'Pinterest needs a cover image for a video pin',
		displayOptions: { show: { mediaSource: videoSources } },
		options: [
			{ name: 'Image URL', value: 'url', description: 'A public URL of the cover image' },
			{
				name: 'Frame of the Video',
				value: 'keyFrame',
				description: 'The frame at a given second of the video',
			},
			{
				name: 'Image (Binary File)',
				value: 'binary',
				description: 'A JPEG or PNG file from a binary property of the input item',
			},
		],
	},
	{
		displayName: 'Cover Image Binary Field',
		name: 'coverBinaryPropertyName',
		type: 'string',
		default: 'cover',
		required: true,
		hint: 'The name of the input binary field containing the cover image (JPEG or PNG)',
		displayOptions: { show: { mediaSource: videoSources, coverImageSource: ['binary'] } },
	},
	{
		displayName: 'Cover Image URL',
		name: 'coverImageUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/cover.jpg',
		displayOptions: { show: { mediaSource: videoSources, coverImageSource: ['url'] } },
	},
	{
		displayName: 'Key Frame Time (Seconds)',
		name: 'coverKeyFrameTime',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description:
			'Second of the video whose frame becomes the cover; beyond the end, the last frame is used',
		displayOptions: { show: { mediaSource: videoSources, coverImageSource: ['keyFrame'] } },
	},
	{
		displayName: 'Max Wait for Processing (Seconds)',
		name: 'maxWaitSeconds',
		type: 'number',
		default: DEFAULT_MAX_WAIT_SECONDS,
		typeOptions: { minValue: 0 },
		description: 'How long to wait for Pinterest to process the uploaded video before failing',
		displayOptions: { show: { mediaSource: uploadedSources } },
	},
];

interface CarouselEntry {
	source?: string;
	url?: string;
	binaryPropertyName?: string;
	title?: string;
	description?: string;
	link?: string;
}

async function carouselSource(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const entries = ((context.getNodeParameter('carouselImages', {}) as IDataObject).images ??
		[]) as CarouselEntry[];
	if (entries.length < 2 || entries.length > 5) {
		fail(
			context,
			`A carousel needs 2 to 5 images (got ${entries.length})`,
			'Add between 2 and 5 images under Carousel Images, or use Image URL / Image (Binary File) for a single image.',
		);
	}
	const kinds = new Set(entries.map((entry) => entry.source ?? 'url'));
	if (kinds.size > 1) {
		fail(
			context,
			'Carousel images mix URLs and binary files',
			'Pinterest requires all carousel images to be the same kind: make them all Image URL or all Binary File.',
		);
	}
	const binary = kinds.has('binary');
	const items: IDataObject[] = [];
	for (const [index, entry] of entries.entries()) {
		const label = `Carousel image ${index + 1}`;
		const item: IDataObject = binary
			? await binaryImage(
					context,
					entry.binaryPropertyName ?? 'data',
					`${label}: Input Binary Field`,
				)
			: { url: checkUrl(context, entry.url, `${label}: Image URL`) };
		if (entry.title) item.title = entry.title;
		if (entry.description) item.description = entry.description;
		const link = checkLink(context, entry.link, `${label}: Link`);
		if (link) item.link = link;
		items.push(item);
	}
	return { source_type: binary ? 'multiple_image_base64' : 'multiple_image_urls', items };
}

async function coverOf(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const source = context.getNodeParameter('coverImageSource', 'url') as string;
	if (source === 'keyFrame') {
		const time = context.getNodeParameter('coverKeyFrameTime', undefined) as unknown;
		const seconds = Number(time);
		if (time === undefined || time === '' || !Number.isInteger(seconds) || seconds < 0) {
			fail(
				context,
				'Key Frame Time must be a whole number of seconds, 0 or more',
				`Got "${String(time)}". Set the second of the video whose frame should be the cover.`,
			);
		}
		return { cover_image_key_frame_time: seconds };
	}
	if (source === 'binary') {
		const field = context.getNodeParameter('coverBinaryPropertyName', 'cover') as string;
		const image = await binaryImage(context, field, 'Cover Image Binary Field');
		return { cover_image_content_type: image.content_type, cover_image_data: image.data };
	}
	const url = context.getNodeParameter('coverImageUrl', '') as string;
	if (!String(url ?? '').trim()) {
		fail(
			context,
			'A video pin needs a cover image',
			'Set Cover Image URL, or choose Cover Image "Frame of the Video" and give a key frame time in seconds, or "Image (Binary File)".',
		);
	}
	return { cover_image_url: checkUrl(context, url, 'Cover Image URL') };
}

/**
 * Checks the item's media fields now and returns what builds the media_source later: uploads
 * happen only when the rest of the pin is valid (and not skipped).
 */
export async function mediaSourceOf(
	this: IExecuteSingleFunctions,
): Promise<() => Promise<IDataObject>> {
	const source = this.getNodeParameter('mediaSource', 'imageUrl') as string;
	const binaryField = () => this.getNodeParameter('binaryPropertyName', 'data') as string;
	if (source === 'imageUrl') {
		const url = checkUrl(this, this.getNodeParameter('imageUrl', ''), 'Image URL');
		return async () => ({ source_type: 'image_url', url });
	}
	if (source === 'imageBinary') {
		const image = await binaryImage(this, binaryField(), 'Input Binary Field');
		return async () => ({ source_type: 'image_base64', ...image });
	}
	if (source === 'carousel') {
		const carousel = await carouselSource(this);
		return async () => carousel;
	}
	if (source === 'videoMediaId') {
		const mediaId = checkId(
			this.getNode(),
			this.getNodeParameter('mediaId', ''),
			'Media ID',
			this.getItemIndex(),
		);
		const cover = await coverOf(this);
		return async () => ({ source_type: 'video_id', media_id: mediaId, ...cover });
	}
	if (source === 'videoBinary' || source === 'videoUrl') {
		const cover = await coverOf(this);
		const file =
			source === 'videoBinary'
				? await videoFile(this, binaryField(), 'Input Binary Field')
				: await videoFromUrl(
						this,
						checkUrl(this, this.getNodeParameter('videoUrl', ''), 'Video URL'),
						'Video URL',
					);
		const maxWaitSeconds = Number(
			this.getNodeParameter('maxWaitSeconds', DEFAULT_MAX_WAIT_SECONDS),
		);
		return async () => {
			const media = await uploadVideo(this, file, { maxWaitSeconds });
			return { source_type: 'video_id', media_id: String(media.media_id), ...cover };
		};
	}
	return fail(this, `Unknown Media Source "${source}"`, 'Choose one of the listed media sources.');
}
