import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { fail } from '../../hooks/validate';

import { route } from '../../routing/route';
import * as followUser from './followUser.operation';
import * as getFollowedInterests from './getFollowedInterests.operation';
import * as getFollowers from './getFollowers.operation';
import * as getFollowingBoards from './getFollowingBoards.operation';
import * as getFollowingUsers from './getFollowingUsers.operation';

// Pinterest v5 has no unfollow and no board or interest follows (see "What Pinterest API v5 does not offer" in the README).
//
// Two menus, one per node version range: versions 1 and 1.1 (saved workflows) keep Get Followed
// Interests, which Pinterest deprecated; 1.2 (new nodes) has no such operation. The 1.1 menu
// comes first and lists every operation, so n8n's lookups that take the first Operation of a
// resource (the action text of an AI tool's automatic description) find each one. Its version
// rule is a condition, not a list of numbers: n8n 2.8.4's nodes panel builds a resource's
// actions from the first Operation whose @version rule lists one of the node's versions as a
// number (2.41.1 from the one shown for the default version), so both offer the 1.2 menu.
const versionsUpTo1_1 = { '@version': [{ _cnd: { lte: 1.1 } }] };
// A list, not { _cnd: { gte: 1.2 } } (see above): a new node version is added here.
const versionsFrom1_2 = { '@version': [1.2] };

const operationsUpTo1_1: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['follow'], ...versionsUpTo1_1 } },
	default: 'getFollowers',
	options: [
		{
			name: 'Follow User',
			value: 'followUser',
			action: 'Follow a user',
			description:
				"Make the connected account follow a Pinterest user, given the username (beta, not available to all apps). Returns the followed user's type and username.",
			routing: route({
				method: 'POST',
				url: '/user_account/following/{username}',
				preSend: [followUser.followBody],
			}),
		},
		{
			// Deprecated by Pinterest (user_account/followed_interests has deprecated: true since
			// API v5.22). Only in this menu (versions 1 and 1.1), so saved workflows keep working.
			name: 'Get Followed Interests (Deprecated)',
			value: 'getFollowedInterests',
			action: 'Get followed interests',
			description:
				'Deprecated by Pinterest and may stop working: list the interests a user follows, by username (the connected account when empty). Returns one item per interest.',
			routing: route({
				method: 'GET',
				url: '/users/{usernameOrSelf}/interests/follow',
				list: {},
			}),
		},
		{
			name: 'Get Followers',
			value: 'getFollowers',
			action: 'Get followers',
			description:
				'List the users who follow the connected account; needs no input. Returns one item per follower with the username.',
			routing: route({ method: 'GET', url: '/user_account/followers', list: {} }),
		},
		{
			name: 'Get Following Boards',
			value: 'getFollowingBoards',
			action: 'Get followed boards',
			description:
				'List the boards the connected account follows; needs no input. Returns one item per board.',
			routing: route({ method: 'GET', url: '/user_account/following/boards', list: {} }),
		},
		{
			name: 'Get Following Users',
			value: 'getFollowingUsers',
			action: 'Get followed users',
			description:
				'List the users the connected account follows, optionally only creators or explicit follows. Returns one item per user (not available in Sandbox).',
			routing: route({ method: 'GET', url: '/user_account/following', list: {} }),
		},
	],
};

const optionsFrom1_2 = (operationsUpTo1_1.options as INodePropertyOptions[]).filter(
	(option) => option.value !== 'getFollowedInterests',
);

/**
 * preSend of the 1.2 menu: a 1.2 node whose JSON still names Get Followed Interests (copied
 * from a 1.1 node, or written by hand or by an AI builder) would otherwise send a request
 * without a URL ("Invalid URL"); it fails before any request and says why.
 */
async function refuseOperationNotInVersion(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const operation = String(this.getNodeParameter('operation', ''));
	if (optionsFrom1_2.some((option) => option.value === operation)) return requestOptions;
	const version = this.getNode().typeVersion;
	if (operation === 'getFollowedInterests') {
		fail(
			this,
			`Follow → Get Followed Interests is not available in node version ${version}`,
			'Pinterest deprecated it (API v5.22), so only Pinterest nodes of version 1 and 1.1, in workflows saved before, still run it. Choose another Follow operation.',
		);
	}
	fail(
		this,
		`"${operation}" is not a Follow operation of node version ${version}`,
		`Choose one of the Follow operations: ${optionsFrom1_2.map((option) => option.name).join(', ')}.`,
	);
}

const operationsFrom1_2: INodeProperties = {
	...operationsUpTo1_1,
	displayOptions: { show: { resource: ['follow'], ...versionsFrom1_2 } },
	options: optionsFrom1_2,
	routing: { send: { preSend: [refuseOperationNotInVersion] } },
};

export const followOperations: INodeProperties[] = [operationsUpTo1_1, operationsFrom1_2];

export const followFields: INodeProperties[] = [
	...followUser.description,
	...getFollowedInterests.description,
	...getFollowers.description,
	...getFollowingBoards.description,
	...getFollowingUsers.description,
];
