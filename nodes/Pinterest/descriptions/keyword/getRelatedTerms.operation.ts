import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName: 'Terms',
		name: 'terms',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. workout, clothes',
		description:
			'The terms to find related terms for, separated by commas. An expression may give a list.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['keyword'], operation: ['getRelatedTerms'] } },
	properties,
);
