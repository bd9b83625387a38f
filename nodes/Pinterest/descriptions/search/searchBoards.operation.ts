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
		placeholder: 'e.g. recipes',
		description: 'Words to look for in the boards. Leave empty to list the boards without a query.',
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['searchBoards'] } },
	properties,
);
