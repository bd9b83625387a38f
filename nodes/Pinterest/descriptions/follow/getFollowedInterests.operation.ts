import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';

// Pinterest marks GET /users/{username}/interests/follow deprecated (API v5.22, still in 5.23).
// n8n can hide an operation from new nodes only with a new node version (a displayOptions rule on
// @version), so the operation stays listed, marked "(Deprecated)", and keeps working for saved
// workflows until Pinterest removes it.
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
