import type { INodeProperties } from 'n8n-workflow';

import { ID_REGEX, PIN_URL_REGEX } from '../../hooks/resolve';

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
