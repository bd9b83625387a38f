import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { searchSandboxNotice } from './shared';

const properties: INodeProperties[] = [
	searchSandboxNotice,
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. plants',
		description: 'Keywords from the pin descriptions, or comma-separated pin IDs',
		routing: { send: { type: 'query', property: 'query' } },
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['searchPins'] } },
	properties,
);
