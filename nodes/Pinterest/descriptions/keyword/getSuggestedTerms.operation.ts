import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { DEFAULT_SUGGESTED_TERMS, MAX_SUGGESTED_TERMS } from '../../hooks/terms';

const properties: INodeProperties[] = [
	{
		displayName: 'Term',
		name: 'term',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. sport',
		description:
			'The start of the search terms to suggest: "sport" gives "sports bar" but not "motor sports"',
	},
	{
		displayName: 'Limit',
		name: 'termLimit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_SUGGESTED_TERMS },
		default: DEFAULT_SUGGESTED_TERMS,
		description: 'Max number of results to return',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['keyword'], operation: ['getSuggestedTerms'] } },
	properties,
);
