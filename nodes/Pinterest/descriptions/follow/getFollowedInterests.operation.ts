import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		placeholder: 'e.g. pinterest',
		description:
			'Whose followed interests to list. Leave empty for the connected account (costs one extra request to look up its username).',
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['follow'], operation: ['getFollowedInterests'] } },
	properties,
);
