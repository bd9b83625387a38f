import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: '549755885175',
				validation: [
					{
						type: 'regex',
						properties: { regex: ID_REGEX, errorMessage: 'A board ID has digits only' },
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

/** Fails before the request when a text is empty or longer than Pinterest allows. */
export function checkText(parameter: string, field: string, max: number, required = false) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const path = parameter.split('.');
		let value: unknown = this.getNodeParameter(path[0], undefined);
		for (const key of path.slice(1)) value = (value as Record<string, unknown> | undefined)?.[key];
		if (value === undefined || value === null || value === '') {
			if (required) {
				throw new NodeOperationError(this.getNode(), `${field} is empty`, {
					itemIndex: this.getItemIndex(),
					description: `Set ${field}; if it comes from an expression, check it resolves to text for this item.`,
				});
			}
			return requestOptions;
		}
		const text = String(value);
		if (text.length > max) {
			throw new NodeOperationError(this.getNode(), `${field} is too long (${text.length} characters)`, {
				itemIndex: this.getItemIndex(),
				description: `Pinterest allows at most ${max} characters for ${field}. Shorten it, e.g. with {{ $json.text.slice(0, ${max}) }}.`,
			});
		}
		return requestOptions;
	};
}
