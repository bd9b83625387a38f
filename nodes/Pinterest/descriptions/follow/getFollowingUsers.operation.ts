import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';
import { explicitFollowing } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: "This list is not available in Pinterest's Sandbox",
		name: 'followingSandboxNotice',
		type: 'notice',
		default: '',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			explicitFollowing,
			{
				displayName: 'Feed Type',
				name: 'feed_type',
				type: 'options',
				default: 'ALL',
				description: 'Which followed users to keep',
				options: [
					{ name: 'All', value: 'ALL' },
					{ name: 'Creators Only', value: 'CREATOR_ONLY' },
					{ name: 'Ranked', value: 'RANKED' },
					{ name: 'Ranked Creators Only', value: 'RANKED_CREATOR_ONLY' },
				],
				routing: { send: { type: 'query', property: 'feed_type' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['follow'], operation: ['getFollowingUsers'] } },
	properties,
);
