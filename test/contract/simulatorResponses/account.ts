/*
 * Contract test: oauth/token and the user_account operations (analytics, follows, interests).
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import type { TokenResponse, TopPins } from '../../simulator/helpers';
import { basic, isoDay } from '../../simulator/helpers';
import type { ContractContext } from './setup';
import { dates } from './setup';

export function accountTests(ctx: ContractContext): void {
	const { check, ids } = ctx;

	test('oauth/token', async () => {
		const auth = { authorization: basic('app-id', 'app-secret') };
		const ok = await check<TokenResponse>(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: {
					grant_type: 'authorization_code',
					code: 'demo-code',
					redirect_uri: 'https://x.test/cb',
				},
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'refresh_token', refresh_token: ok.body.refresh_token },
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'client_credentials', scope: 'pins:read' },
			},
			200,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: { authorization: basic('app-id', 'bad') },
				form: { grant_type: 'refresh_token', refresh_token: 'x' },
			},
			401,
		);
		await check(
			'oauth/token',
			'POST',
			'/oauth/token',
			{
				token: null,
				headers: auth,
				form: { grant_type: 'refresh_token', refresh_token: ok.body.refresh_token },
			},
			400,
		);
	});

	test('user_account operations', async () => {
		const { sim } = ctx;
		await check('user_account/get', 'GET', '/user_account', {}, 200);
		await check('user_account/get', 'GET', '/user_account', { token: 'bad' }, 401);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: dates() },
			200,
		);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: { ...dates(), split_field: 'SOURCE', metric_types: 'IMPRESSION,SAVE_RATE' } },
			200,
		);
		await check(
			'user_account/analytics',
			'GET',
			'/user_account/analytics',
			{ query: { start_date: isoDay(-100), end_date: isoDay(0) } },
			400,
			true,
		);
		await check(
			'user_account/analytics/top_pins',
			'GET',
			'/user_account/analytics/top_pins',
			{ query: { ...dates(), sort_by: 'IMPRESSION', num_of_pins: 5 } },
			200,
		);
		await check(
			'user_account/analytics/top_pins',
			'GET',
			'/user_account/analytics/top_pins',
			{ query: dates() },
			400,
			false,
		);
		const b = sim.addBoard({ name: 'videos' });
		sim.addPin({
			board_id: b.id,
			media_source: { source_type: 'video_id', media_id: ids.media },
			title: 'vid',
		});
		const tv = await check<TopPins>(
			'user_account/analytics/top_video_pins',
			'GET',
			'/user_account/analytics/top_video_pins',
			{ query: { ...dates(), sort_by: 'VIDEO_START' } },
			200,
		);
		expect(tv.body.pins.length).toBe(1);
		await check(
			'user_account/analytics/top_video_pins',
			'GET',
			'/user_account/analytics/top_video_pins',
			{ query: { ...dates(), sort_by: 'PIN_CLICK' } },
			400,
			false,
		);
		await check(
			'followers/list',
			'GET',
			'/user_account/followers',
			{ query: { page_size: 10 } },
			200,
		);
		await check(
			'followers/list',
			'GET',
			'/user_account/followers',
			{ query: { page_size: 0 } },
			400,
			false,
		);
		await check(
			'user_following/get',
			'GET',
			'/user_account/following',
			{ query: { feed_type: 'CREATOR_ONLY', explicit_following: true } },
			200,
		);
		await check(
			'user_following/get',
			'GET',
			'/user_account/following',
			{ query: { feed_type: 'X' } },
			400,
			false,
		);
		await check(
			'boards_user_follows/list',
			'GET',
			'/user_account/following/boards',
			{ query: { explicit_following: false } },
			200,
		);
		await check(
			'boards_user_follows/list',
			'GET',
			'/user_account/following/boards',
			{ query: { bookmark: 'garbage!' } },
			400,
			true,
		);
		await check(
			'follow_user/update',
			'POST',
			'/user_account/following/some_creator',
			{ body: { auto_follow: false } },
			200,
		);
		await check(
			'follow_user/update',
			'POST',
			'/user_account/following/missing_person',
			{ body: {} },
			404,
		);
		await check(
			'user_account/followed_interests',
			'GET',
			'/users/demo_user/interests/follow',
			{},
			200,
		);
		await check(
			'user_account/followed_interests',
			'GET',
			'/users/missing_x/interests/follow',
			{},
			404,
		);
	});
}
