import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import {
	SECTION_URL_REGEX,
	locatorValue,
	resolveBoardId,
	resolveSectionId,
	ID_REGEX,
	PIN_URL_REGEX,
} from '../../hooks/resolve';
import { sectionLocator } from '../shared/locators';

/** board_id (required) and board_section_id (when the optional section is set). */
export async function boardAndSection(context: IExecuteSingleFunctions, body: IDataObject) {
	const boardId = await resolveBoardId(context);
	body.board_id = boardId;
	if (locatorValue(context, 'section') !== '') {
		body.board_section_id = await resolveSectionId(context, boardId);
	}
}

/** "Include Pin Metrics": pin_metrics=true only when asked for. */
export async function pinMetricsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	if (this.getNodeParameter('pinMetrics', false) as boolean) {
		requestOptions.qs = { ...(requestOptions.qs ?? {}), pin_metrics: true };
	}
	return requestOptions;
}

export const pinMetricsField: INodeProperties = {
	displayName: 'Include Pin Metrics',
	name: 'pinMetrics',
	type: 'boolean',
	default: false,
	description:
		'Whether to include 90-day and lifetime metrics (impressions, clicks, saves, reactions, comments) in pin_metrics',
};

/** The section locator, optional: an empty value (in any mode) means "no section". */
export function optionalSectionLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	const locator = sectionLocator({ required: false, ...overrides });
	locator.modes = locator.modes?.map((mode) => {
		if (mode.name === 'id') {
			return {
				...mode,
				validation: [
					{
						type: 'regex',
						properties: { regex: '\\d*', errorMessage: 'A section ID has digits only' },
					},
				],
			};
		}
		if (mode.name === 'url') {
			return {
				...mode,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `(?:${SECTION_URL_REGEX})?`,
							errorMessage: 'Not a Pinterest board section URL',
						},
					},
				],
			};
		}
		return mode;
	});
	return locator;
}

/** Pin resource locator: From list (my pins, filtered by title), By URL, By ID. */
export function pinLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Pin',
		name: 'pin',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The pin to use',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a pin...',
				typeOptions: { searchListMethod: 'searchPins', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://www.pinterest.com/pin/1234567890123456789/',
				validation: [
					{
						type: 'regex',
						properties: {
							// n8n anchors this with ^…$: allow the rest of the link after the ID.
							regex: PIN_URL_REGEX,
							errorMessage: 'Not a Pinterest pin URL',
						},
					},
				],
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: '1234567890123456789',
				validation: [
					{
						type: 'regex',
						properties: { regex: ID_REGEX, errorMessage: 'A pin ID has digits only' },
					},
				],
			},
		],
		...overrides,
	};
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a simplified version of the response instead of the raw data (ID, texts, board, media type, largest image URL, pin URL)',
};

/**
 * Simplify of an operation that had none in node version 1 (Board → Get Pins, Board Section →
 * Get Pins): off there, so saved workflows keep their raw pins; on, like everywhere, from 1.1.
 */
export const simplifyFieldsSince11: INodeProperties[] = [
	{ ...simplifyField, default: false, displayOptions: { show: { '@version': [1] } } },
	{ ...simplifyField, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
];

/** The pin text fields of Create and Update, with Pinterest's limits (hooks/validate.ts checks them). */
export const pinTextFields: Record<'altText' | 'description' | 'link' | 'title', INodeProperties> =
	{
		altText: {
			displayName: 'Alt Text',
			name: 'altText',
			type: 'string',
			default: '',
			description: 'Text that describes the image for screen readers, up to 500 characters',
		},
		description: {
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Up to 800 characters',
		},
		link: {
			displayName: 'Link',
			name: 'link',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/article',
			description:
				'Where people go when they click the pin (http or https URL, up to 2048 characters)',
		},
		title: {
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'Title of the pin, up to 100 characters',
		},
	};
