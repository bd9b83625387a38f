import type { INodeProperties } from 'n8n-workflow';

import { ADS_OBJECTS } from '../../hooks/adsResolve';
import { BOARD_URL_REGEX, ID_REGEX, SECTION_URL_REGEX } from '../../hooks/resolve';

export function boardLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Board',
		name: 'board',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The board to use',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a board...',
				typeOptions: { searchListMethod: 'searchBoards', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://www.pinterest.com/username/board-name/',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: BOARD_URL_REGEX,
							errorMessage: 'Not a Pinterest board URL',
						},
					},
				],
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'Summer recipes',
				hint: 'The exact name of one of your boards; case does not matter',
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: '549755885175',
				// A board name typed here is the usual slip: the hint under the field and the
				// issue on it (n8n refuses to run with it) both point to the modes that take one.
				hint: 'Digits only. To give the board by its name, choose By Name (or pick it From List).',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: ID_REGEX,
							errorMessage:
								'A board ID has digits only. For a board name, choose By Name or From List.',
						},
					},
				],
			},
		],
		...overrides,
	};
}

export function sectionLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Board Section',
		name: 'section',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The section of the board above',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a section...',
				typeOptions: { searchListMethod: 'searchSections', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://www.pinterest.com/username/board-name/section-name/',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: SECTION_URL_REGEX,
							errorMessage: 'Not a Pinterest board section URL',
						},
					},
				],
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: '5195983897218399787',
				validation: [
					{
						type: 'regex',
						properties: { regex: ID_REGEX, errorMessage: 'A section ID has digits only' },
					},
				],
			},
		],
		...overrides,
	};
}

/** Return All + Limit; the Limit becomes maxResults, which our paginator stops at. */
export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
		routing: { output: { maxResults: '={{$value}}' } },
	},
];

// ---- Advertising objects: From list or By ID (Ads Manager links are not documented) ----

/** "a" or "an" before a word, for option texts. */
export function article(field: string): string {
	return /^[AEIOU]/i.test(field) ? 'an' : 'a';
}

/** A resource locator (From list, By ID) for one of ADS_OBJECTS. */
export function adsLocator(key: keyof typeof ADS_OBJECTS, description?: string): INodeProperties {
	const object = ADS_OBJECTS[key];
	const lower = object.field.toLowerCase();
	return {
		displayName: object.field,
		name: object.parameter,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: description ?? `The ${lower} to use`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${article(object.field)} ${lower}...`,
				typeOptions: { searchListMethod: object.searchListMethod, searchable: true },
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: object.placeholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: ID_REGEX,
							errorMessage: `${article(object.field) === 'an' ? 'An' : 'A'} ${lower} ID has digits only`,
						},
					},
				],
			},
		],
	};
}

/** A plain ID parameter (for objects without a list to pick from). */
export function adsIdProperty(key: keyof typeof ADS_OBJECTS): INodeProperties {
	const object = ADS_OBJECTS[key];
	return {
		displayName: object.field,
		name: object.parameter,
		type: 'string',
		default: '',
		required: true,
		placeholder: object.placeholder,
		description: `The ${object.field.replace(/ ID$/, '').toLowerCase()} to get (digits only)`,
	};
}
