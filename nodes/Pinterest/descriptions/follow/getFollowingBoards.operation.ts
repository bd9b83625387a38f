import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { explicitFollowing } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [explicitFollowing],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['follow'], operation: ['getFollowingBoards'] } },
	properties,
);
