import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryImage } from '../../media/binary';
import { DEFAULT_MAX_WAIT_SECONDS, uploadVideo, videoFile } from '../../media/upload';
import { checkId } from '../../hooks/ids';
import {
	PIN_LIMITS,
	checkColor,
	checkLength,
	checkLink,
	checkUrl,
	fail,
} from '../../hooks/validate';
import { alreadyPinned } from '../../exactlyOnce/skip';
import { answerWithout } from '../../routing/itemState';
import { boardLocator } from '../shared/locators';
import { pinTextFields, simplifyField, boardAndSection, optionalSectionLocator } from './shared';

const videoSources = ['videoBinary', 'videoMediaId'];

const properties: INodeProperties[] = [
	boardLocator({ description: 'The board to create the pin on' }),
	optionalSectionLocator({
		description: 'Optional section of the board to put the pin in; leave empty for none',
	}),
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
		],
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
		displayOptions: { show: { mediaSource: ['videoBinary'] } },
	},
	pinTextFields.title,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			pinTextFields.altText,
			pinTextFields.description,
			{
				displayName: 'Dominant Color',
				name: 'dominantColor',
				type: 'color',
				default: '',
				placeholder: '#6E7874',
				description: 'Placeholder color shown while the image loads, as a hex number like #6E7874',
			},
			pinTextFields.link,
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Ignore Tracking Parameters',
				name: 'ignoreTrackingParameters',
				type: 'boolean',
				default: true,
				description:
					'Whether Skip If Already Pinned treats links that differ only in utm_* or click-ID parameters (fbclid, gclid, ...) as the same link',
			},
			{
				displayName: 'Skip If Already Pinned',
				name: 'skipIfAlreadyPinned',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the pin already on the board (or section) with the same link, marked "skipped", instead of creating another. The newest 1,000 pins there are read once per run. Pins without a link are always created.',
			},
		],
	},
	simplifyField,
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

function coverOf(context: IExecuteSingleFunctions): IDataObject {
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
	const url = context.getNodeParameter('coverImageUrl', '') as string;
	if (!String(url ?? '').trim()) {
		fail(
			context,
			'A video pin needs a cover image',
			'Set Cover Image URL, or choose Cover Image "Frame of the Video" and give a key frame time in seconds.',
		);
	}
	return { cover_image_url: checkUrl(context, url, 'Cover Image URL') };
}

/**
 * Builds the PinCreate body. Everything that can be checked locally is checked first;
 * requests (board URL lookup, video upload) happen only when the input is valid.
 */
async function buildPin(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const texts: IDataObject = {
		title: checkLength(this, this.getNodeParameter('title', ''), 'Title', PIN_LIMITS.title),
		description: checkLength(this, fields.description, 'Description', PIN_LIMITS.description),
		link: checkLink(this, fields.link, 'Link'),
		alt_text: checkLength(this, fields.altText, 'Alt Text', PIN_LIMITS.alt_text),
		dominant_color: checkColor(this, fields.dominantColor),
	};

	const source = this.getNodeParameter('mediaSource', 'imageUrl') as string;
	let mediaSource: () => Promise<IDataObject>;
	if (source === 'imageUrl') {
		const url = checkUrl(this, this.getNodeParameter('imageUrl', ''), 'Image URL');
		mediaSource = async () => ({ source_type: 'image_url', url });
	} else if (source === 'imageBinary') {
		const image = await binaryImage(
			this,
			this.getNodeParameter('binaryPropertyName', 'data') as string,
			'Input Binary Field',
		);
		mediaSource = async () => ({ source_type: 'image_base64', ...image });
	} else if (source === 'carousel') {
		const carousel = await carouselSource(this);
		mediaSource = async () => carousel;
	} else if (source === 'videoMediaId') {
		const mediaId = checkId(
			this.getNode(),
			this.getNodeParameter('mediaId', ''),
			'Media ID',
			this.getItemIndex(),
		);
		const cover = coverOf(this);
		mediaSource = async () => ({ source_type: 'video_id', media_id: mediaId, ...cover });
	} else if (source === 'videoBinary') {
		const file = await videoFile(
			this,
			this.getNodeParameter('binaryPropertyName', 'data') as string,
			'Input Binary Field',
		);
		const cover = coverOf(this);
		const maxWaitSeconds = Number(
			this.getNodeParameter('maxWaitSeconds', DEFAULT_MAX_WAIT_SECONDS),
		);
		mediaSource = async () => {
			const media = await uploadVideo(this, file, { maxWaitSeconds });
			return { source_type: 'video_id', media_id: String(media.media_id), ...cover };
		};
	} else {
		fail(this, `Unknown Media Source "${source}"`, 'Choose one of the listed media sources.');
	}

	const body: IDataObject = {};
	await boardAndSection(this, body);
	for (const [key, value] of Object.entries(texts)) if (value !== undefined) body[key] = value;
	// Before any upload: a pin that exists already needs none.
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.skipIfAlreadyPinned === true) {
		const existing = await alreadyPinned(this, body, options.ignoreTrackingParameters !== false);
		if (existing) {
			answerWithout(this, existing);
			return requestOptions;
		}
	}
	body.media_source = await mediaSource();
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [buildPin];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['create'] } },
	properties,
);
