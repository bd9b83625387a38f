'use strict';
// The account and follows: /user_account, followers, following (users and boards), interests.
const { paginate } = require('../pagination');
const {
	ApiError,
	MSG,
	bad,
	boolParam,
	checkAdAccount,
	enumParam,
	requireObjectBody,
} = require('../params');

const FEED_TYPES = ['ALL', 'RANKED', 'CREATOR_ONLY', 'RANKED_CREATOR_ONLY'];

module.exports = function userRoutes(core) {
	const { sim, store, render } = core;
	const { sorted } = store;

	return {
		'user_account/get': (c) => {
			checkAdAccount(c.query);
			return { status: 200, body: render.account() };
		},
		'followers/list': (c) => ({
			status: 200,
			body: paginate(c.query, 'followers', sorted(sim.state.followers), render.renderUser),
		}),
		'user_following/get': (c) => {
			checkAdAccount(c.query);
			const feed = enumParam(c.query, 'feed_type', FEED_TYPES, { def: 'ALL' });
			const explicit = boolParam(c.query, 'explicit_following', false);
			let list = sorted(sim.state.following);
			if (feed === 'CREATOR_ONLY' || feed === 'RANKED_CREATOR_ONLY')
				list = list.filter((u) => u.creator);
			if (explicit) list = list.filter((u) => u.explicit !== false);
			const kind = `following:${feed}:${explicit}`;
			return { status: 200, body: paginate(c.query, kind, list, render.renderUser) };
		},
		'boards_user_follows/list': (c) => {
			checkAdAccount(c.query);
			const explicit = boolParam(c.query, 'explicit_following', false);
			let list = sorted(sim.state.followingBoards);
			if (explicit) list = list.filter((b) => b.explicit !== false);
			return {
				status: 200,
				body: paginate(c.query, 'following_boards', list, render.renderBoard),
			};
		},
		'follow_user/update': (c) => {
			const username = c.params.username;
			if (/^\d+$/.test(username)) {
				throw bad("Path parameter 'username' must be a valid username, not a number.");
			}
			if (c.body !== undefined) {
				requireObjectBody(c.body);
				if ('auto_follow' in c.body && typeof c.body.auto_follow !== 'boolean') {
					throw bad("Field 'auto_follow' must be a boolean.");
				}
			}
			if (username.startsWith('missing_')) throw new ApiError(404, 30, MSG.user);
			if (username === sim.state.user.username) throw bad('You cannot follow yourself.');
			const u = store.insertUser(sim.state.following, username, { creator: false, explicit: true });
			return { status: 200, body: render.renderUser(u) };
		},
		'user_account/followed_interests': (c) => {
			const username = c.params.username;
			if (username.startsWith('missing_')) throw new ApiError(404, 30, MSG.user);
			const list = username === sim.state.user.username ? sorted(sim.state.interests) : [];
			const kind = `interests:${username}`;
			return { status: 200, body: paginate(c.query, kind, list, render.renderInterest) };
		},
	};
};
