import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';

// Pinterest marks GET /users/{username}/interests/follow deprecated (API v5.22, still in 5.23).
// Node versions 1 and 1.1 list it, marked "(Deprecated)", so saved workflows keep working until
// Pinterest removes it; version 1.2, the one new nodes get, has no such operation (the Follow
// menus in index.ts). These fields show only for the operation, so never in a 1.2 node.
const properties: INodeProperties[] = [
	{
		displayName:
			'Pinterest has deprecated this operation: it still works, but Pinterest may remove it without notice. Avoid it in new workflows.',
		name: 'followedInterestsDeprecatedNotice',
		type: 'notice',
		default: '',
	},
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
