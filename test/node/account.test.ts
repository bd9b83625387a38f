import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_account_test_token';

// Expected dates come from the same UTC clock as the node ("Last N days" = the N complete
// days before today). A run that straddles midnight UTC could differ by a day; the tests
// compute the dates right before running.
const DAY = 86_400_000;
const utcDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

const analyticsBody = {
	MOBILE: {
		daily_metrics: [
			{ date: '2025-05-01', data_status: 'READY', metrics: { IMPRESSION: 10, SAVE: 1 } },
			{ date: '2025-05-02', data_status: 'PROCESSING', metrics: { IMPRESSION: 12, SAVE: 0 } },
		],
		summary_metrics: { IMPRESSION: 22, SAVE: 1 },
	},
	WEB: {
		daily_metrics: [
			{ date: '2025-05-01', data_status: 'READY', metrics: { IMPRESSION: 3, SAVE: 2 } },
		],
		summary_metrics: { IMPRESSION: 3, SAVE: 2 },
	},
};

describe('Account resource through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const account = (parameters: Record<string, unknown>) => ({
		authentication: 'accessToken',
		resource: 'account',
		...parameters,
	});

	it('Get still reads /user_account', async () => {
		nock(BASE)
			.get('/user_account')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, { username: 'maker', account_type: 'BUSINESS' });
		const { items, error } = await runNode(account({ operation: 'get' }), {
			credentials: await token(),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { username: 'maker', account_type: 'BUSINESS' }, pairedItem: { item: 0 } },
		]);
	});

	it('Get Analytics sends the last 30 days, comma-joined metric types, split and filters, and emits one row per group and day', async () => {
		let rawPath = '';
		nock(BASE)
			.get('/user_account/analytics')
			.query((query) => {
				expect(query).toEqual({
					start_date: utcDay(-30),
					end_date: utcDay(-1),
					metric_types: 'IMPRESSION,SAVE',
					split_field: 'APP_TYPE',
					app_types: 'MOBILE',
					from_claimed_content: 'CLAIMED',
					content_type: 'ORGANIC',
					pin_format: 'ORGANIC_IMAGE',
					source: 'YOUR_PINS',
				});
				return true;
			})
			.reply(200, function (uri) {
				rawPath = uri;
				return analyticsBody;
			});
		const { items, error } = await runNode(
			account({
				operation: 'getAnalytics',
				dateRange: 'last30Days',
				metricTypes: ['IMPRESSION', 'SAVE'],
				splitField: 'APP_TYPE',
				filters: {
					app_types: 'MOBILE',
					from_claimed_content: 'CLAIMED',
					content_type: 'ORGANIC',
					pin_format: 'ORGANIC_IMAGE',
					source: 'YOUR_PINS',
				},
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		// One metric_types key with commas (explode=false), not repeated keys.
		expect(rawPath.match(/metric_types=/g)).toHaveLength(1);
		expect(decodeURIComponent(rawPath)).toContain('metric_types=IMPRESSION,SAVE');
		expect(items).toEqual([
			{
				json: {
					group: 'MOBILE',
					date: '2025-05-01',
					data_status: 'READY',
					IMPRESSION: 10,
					SAVE: 1,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					group: 'MOBILE',
					date: '2025-05-02',
					data_status: 'PROCESSING',
					IMPRESSION: 12,
					SAVE: 0,
				},
				pairedItem: { item: 0 },
			},
			{
				json: { group: 'WEB', date: '2025-05-01', data_status: 'READY', IMPRESSION: 3, SAVE: 2 },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Get Analytics with no metric types leaves metric_types out (Pinterest: all); Summary gives one item per group', async () => {
		nock(BASE)
			.get('/user_account/analytics')
			.query({ start_date: utcDay(-7), end_date: utcDay(-1), split_field: 'NO_SPLIT' })
			.reply(200, analyticsBody);
		const { items } = await runNode(
			account({
				operation: 'getAnalytics',
				dateRange: 'last7Days',
				metricTypes: [],
				splitField: 'NO_SPLIT',
				output: 'summary',
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual([
			{ json: { group: 'MOBILE', IMPRESSION: 22, SAVE: 1 }, pairedItem: { item: 0 } },
			{ json: { group: 'WEB', IMPRESSION: 3, SAVE: 2 }, pairedItem: { item: 0 } },
		]);
	});

	it('Get Analytics Raw output returns the response as one item', async () => {
		nock(BASE)
			.get('/user_account/analytics')
			.query({ start_date: utcDay(-90), end_date: utcDay(-1), split_field: 'NO_SPLIT' })
			.reply(200, analyticsBody);
		const { items } = await runNode(
			account({ operation: 'getAnalytics', dateRange: 'last90Days', output: 'raw' }),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: analyticsBody, pairedItem: { item: 0 } }]);
	});

	const topPinsBody = {
		date_availability: { is_realtime: false, latest_available_timestamp: 1649116799000 },
		pins: [
			{
				pin_id: '9007199254740993001',
				metrics: { SAVE: 9, IMPRESSION: 100 },
				data_status: { SAVE: 'READY', IMPRESSION: 'READY' },
			},
			{
				pin_id: '9007199254740993002',
				metrics: { SAVE: 4, IMPRESSION: 300 },
				data_status: { SAVE: 'READY', IMPRESSION: 'ESTIMATE' },
			},
		],
		sort_by: 'SAVE',
	};

	it('Get Top Pins sends sort_by, num_of_pins, created_in_last_n_days and metric types; one item per pin with its rank', async () => {
		nock(BASE)
			.get('/user_account/analytics/top_pins')
			.query({
				start_date: utcDay(-14),
				end_date: utcDay(-1),
				sort_by: 'SAVE',
				num_of_pins: 25,
				metric_types: 'SAVE,IMPRESSION',
				created_in_last_n_days: 30,
				source: 'OTHER_PINS',
			})
			.reply(200, topPinsBody);
		const { items, error } = await runNode(
			account({
				operation: 'getTopPins',
				dateRange: 'last14Days',
				sortBy: 'SAVE',
				numOfPins: 25,
				metricTypes: ['SAVE', 'IMPRESSION'],
				filters: { createdInLast30Days: true, source: 'OTHER_PINS' },
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					rank: 1,
					pin_id: '9007199254740993001',
					SAVE: 9,
					IMPRESSION: 100,
					data_status: { SAVE: 'READY', IMPRESSION: 'READY' },
					sort_by: 'SAVE',
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					rank: 2,
					pin_id: '9007199254740993002',
					SAVE: 4,
					IMPRESSION: 300,
					data_status: { SAVE: 'READY', IMPRESSION: 'ESTIMATE' },
					sort_by: 'SAVE',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Get Top Video Pins uses the video endpoint and video metrics; Raw output', async () => {
		const body = { ...topPinsBody, sort_by: 'VIDEO_MRC_VIEW' };
		nock(BASE)
			.get('/user_account/analytics/top_video_pins')
			.query({
				start_date: utcDay(-60),
				end_date: utcDay(-1),
				sort_by: 'VIDEO_MRC_VIEW',
				num_of_pins: 10,
				metric_types: 'VIDEO_MRC_VIEW,VIDEO_AVG_WATCH_TIME',
			})
			.reply(200, body);
		const { items } = await runNode(
			account({
				operation: 'getTopVideoPins',
				dateRange: 'last60Days',
				sortBy: 'VIDEO_MRC_VIEW',
				metricTypes: ['VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME'],
				output: 'raw',
			}),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: body, pairedItem: { item: 0 } }]);
	});

	it('Get Top Pins refuses a Number of Pins above 50 before any request', async () => {
		const { error } = await runNode(
			account({ operation: 'getTopPins', sortBy: 'IMPRESSION', numOfPins: '={{ 51 }}' }),
			{ credentials: await token() },
		);
		expect(error?.message).toBe('Number of Pins must be a whole number from 1 to 50');
	});
});
