import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { PIN_LIMITS, checkColor, checkLength, checkLink } from '../../hooks/validate';
import { alreadyPinned } from '../../exactlyOnce/skip';
import { answerWithout } from '../../routing/itemState';
import { boardLocator } from '../shared/locators';
import { mediaProperties, mediaSourceOf } from './createMedia';
import { pinTextFields, simplifyField, boardAndSection, optionalSectionLocator } from './shared';

/**
 * n8n's node panel (2.8 to 2.41) shows no asterisk on a required parameter, and its issue icon only
 * after a run was tried: the hint under the field says it instead.
 */
function saysRequired(property: INodeProperties): INodeProperties {
	if (property.required !== true) return property;
	return { ...property, hint: property.hint ? `Required. ${property.hint}` : 'Required' };
}

const properties: INodeProperties[] = [
	saysRequired(boardLocator({ description: 'The board to create the pin on' })),
	optionalSectionLocator({
		description: 'Optional section of the board to put the pin in; leave empty for none',
		hint: 'Optional',
	}),
	...mediaProperties.map(saysRequired),
	{
		...pinTextFields.title,
		description:
			'Title of the pin, up to 100 characters. Optional: Pinterest creates a pin without one.',
		hint: 'Optional: left empty, the pin has no title',
	},
	// A pin's link is usually its point, so it sits beside the title rather than under
	// Additional Fields (where older workflows keep it: see pinLinkOf).
	{ ...pinTextFields.link, hint: 'Optional' },
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
			{
				...pinTextFields.link,
				displayName: 'Link (Deprecated)',
				description:
					'Use Link above instead. Kept for workflows saved before Link moved there; hidden once Link is set.',
				// Shown only while the top-level Link is empty: a value here is still sent then
				displayOptions: { show: { '/link': [''] } },
			},
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
				// It only tunes Skip If Already Pinned
				displayOptions: { show: { skipIfAlreadyPinned: [true] } },
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

/** The top-level Link, else Additional Fields → Link, where workflows saved before it moved have it. */
function pinLinkOf(context: IExecuteSingleFunctions, fields: IDataObject): unknown {
	const link = context.getNodeParameter('link', '') as string;
	return link !== '' ? link : fields.link;
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
		link: checkLink(this, pinLinkOf(this, fields), 'Link'),
		alt_text: checkLength(this, fields.altText, 'Alt Text', PIN_LIMITS.alt_text),
		dominant_color: checkColor(this, fields.dominantColor),
	};

	const mediaSource = await mediaSourceOf.call(this);

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
