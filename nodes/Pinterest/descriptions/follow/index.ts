import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../routing/route';
import * as followUser from './followUser.operation';
import * as getFollowedInterests from './getFollowedInterests.operation';
import * as getFollowers from './getFollowers.operation';
import * as getFollowingBoards from './getFollowingBoards.operation';
import * as getFollowingUsers from './getFollowingUsers.operation';

// Pinterest v5 has no unfollow and no board or interest follows (see "What Pinterest API v5 does not offer" in the README).
export const followOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['follow'] } },
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
				// API v5.22). Kept in the menu so saved workflows keep working; see getFollowedInterests.
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
	},
];

export const followFields: INodeProperties[] = [
	...followUser.description,
	...getFollowedInterests.description,
	...getFollowers.description,
	...getFollowingBoards.description,
	...getFollowingUsers.description,
];
