import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import {
	addDays,
	daysBetween,
	relativeRange,
	toUtcDate,
} from '../../nodes/Pinterest/hooks/dateWindow';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_analytics_test_token';

// Expected dates come from the same UTC clock as the node. A run that straddles midnight
// UTC could differ by a day; each test computes its dates right before running.
const DAY = 86_400_000;
const utcDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

const pinBody = {
	ALL: {
		daily_metrics: [
			{ date: '2025-05-01', data_status: 'READY', metrics: { IMPRESSION: 5, SAVE: 1 } },
			{ date: '2025-05-02', data_status: 'READY', metrics: { IMPRESSION: 7, SAVE: 0 } },
		],
		summary_metrics: { IMPRESSION: 12, SAVE: 1 },
		lifetime_metrics: { TOTAL_COMMENTS: 3, TOTAL_REACTIONS: 8 },
	},
};

describe('analytics date range (hooks/dateWindow.ts)', () => {
	it('reads dates from the date picker, ISO strings with offsets, Date and Luxon-like objects', () => {
		expect(toUtcDate('2025-05-01')).toBe('2025-05-01');
		expect(toUtcDate('2025-05-01T00:00:00')).toBe('2025-05-01');
		expect(toUtcDate('2025-05-01T23:30:00')).toBe('2025-05-01');
		expect(toUtcDate('2025-05-01T23:30:00-05:00')).toBe('2025-05-02');
		expect(toUtcDate('2025-05-01T01:00:00+02:00')).toBe('2025-04-30');
		expect(toUtcDate('2025-05-01T10:00:00.000Z')).toBe('2025-05-01');
		expect(toUtcDate(new Date(Date.UTC(2025, 4, 1, 23, 59)))).toBe('2025-05-01');
		expect(toUtcDate({ toJSDate: () => new Date('2025-05-01T22:00:00-04:00') })).toBe('2025-05-02');
		expect(toUtcDate('2025-02-30')).toBeUndefined();
		expect(toUtcDate('yesterday')).toBeUndefined();
		expect(toUtcDate('05/01/2025')).toBeUndefined();
	});

	it('"Last N days" are the N complete days before today (UTC)', () => {
		const now = new Date(Date.UTC(2025, 0, 5, 0, 30));
		expect(relativeRange(7, now)).toEqual({ startDate: '2024-12-29', endDate: '2025-01-04' });
		expect(relativeRange(90, now)).toEqual({ startDate: '2024-10-07', endDate: '2025-01-04' });
		expect(daysBetween('2024-10-07', '2025-01-05')).toBe(90);
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
	});
});

describe('analytics through RoutingNode', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const accountAnalytics = (parameters: Record<string, unknown>) => ({
		authentication: 'accessToken',
		resource: 'account',
		operation: 'getAnalytics',
		...parameters,
	});

	it.each([
		['last7Days', 7],
		['last14Days', 14],
		['last30Days', 30],
		['last60Days', 60],
		['last90Days', 90],
	])('%s asks for the %i days before today', async (dateRange, days) => {
		nock(BASE)
			.get('/user_account/analytics')
			.query({ start_date: utcDay(-days), end_date: utcDay(-1), split_field: 'NO_SPLIT' })
			.reply(200, {});
		const { error, items } = await runNode(accountAnalytics({ dateRange }), {
			credentials: await token(),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});

	it('Custom range: the date picker value is sent as YYYY-MM-DD; a 90-day window starting 90 days back is allowed', async () => {
		nock(BASE)
			.get('/user_account/analytics')
			.query({ start_date: utcDay(-90), end_date: utcDay(0), split_field: 'NO_SPLIT' })
			.reply(200, {});
		const { error } = await runNode(
			accountAnalytics({
				dateRange: 'custom',
				startDate: `${utcDay(-90)}T00:00:00`,
				endDate: `${utcDay(0)}T00:00:00`,
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
	});

	it.each([
		[
			'start 91 days back',
			() => ({ startDate: utcDay(-91), endDate: utcDay(-1) }),
			() => `Start Date ${utcDay(-91)} is more than 90 days back from today`,
			() => `the earliest Start Date today is ${utcDay(-90)} (UTC)`,
		],
		[
			'end before start',
			() => ({ startDate: utcDay(-5), endDate: utcDay(-6) }),
			() => `End Date ${utcDay(-6)} is before Start Date ${utcDay(-5)}`,
			() => 'on or after the Start Date',
		],
		[
			'a window longer than 90 days',
			() => ({ startDate: utcDay(-90), endDate: utcDay(1) }),
			() => `End Date ${utcDay(1)} is more than 90 days after Start Date ${utcDay(-90)}`,
			() => `the latest End Date for this start is ${utcDay(0)}`,
		],
		[
			'a date that does not parse',
			() => ({ startDate: '2025-02-30', endDate: utcDay(-1) }),
			() => 'Start Date is not a valid date',
			() => '"2025-02-30" could not be read as a date',
		],
	])('refuses %s before any request', async (_case, dates, message, description) => {
		const { error } = await runNode(accountAnalytics({ dateRange: 'custom', ...dates() }), {
			credentials: await token(),
		});
		expect(error?.message).toBe(message());
		expect(String(error?.description)).toContain(description());
	});

	it('Pin → Get Analytics by URL: required metric types comma-joined, split and app type; daily rows carry the pin ID', async () => {
		const pinId = '9007199254740993123';
		nock(BASE)
			.get(`/pins/${pinId}/analytics`)
			.query({
				start_date: utcDay(-30),
				end_date: utcDay(-1),
				metric_types: 'IMPRESSION,SAVE',
				split_field: 'NO_SPLIT',
				app_types: 'WEB',
			})
			.reply(200, pinBody);
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAnalytics',
				pin: { __rl: true, mode: 'url', value: `https://www.pinterest.com/pin/${pinId}` },
				dateRange: 'last30Days',
				metricTypes: ['IMPRESSION', 'SAVE'],
				filters: { app_types: 'WEB' },
			},
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					pin_id: pinId,
					group: 'ALL',
					date: '2025-05-01',
					data_status: 'READY',
					IMPRESSION: 5,
					SAVE: 1,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					pin_id: pinId,
					group: 'ALL',
					date: '2025-05-02',
					data_status: 'READY',
					IMPRESSION: 7,
					SAVE: 0,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Pin → Get Analytics Summary keeps the lifetime metrics; split by app type', async () => {
		nock(BASE)
			.get('/pins/42/analytics')
			.query({
				start_date: utcDay(-7),
				end_date: utcDay(-1),
				metric_types: 'TOTAL_COMMENTS,IMPRESSION',
				split_field: 'APP_TYPE',
			})
			.reply(200, pinBody);
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAnalytics',
				pin: { __rl: true, mode: 'id', value: '42' },
				dateRange: 'last7Days',
				metricTypes: ['TOTAL_COMMENTS', 'IMPRESSION'],
				splitField: 'APP_TYPE',
				output: 'summary',
			},
			{ credentials: await token() },
		);
		expect(items).toEqual([
			{
				json: {
					pin_id: '42',
					group: 'ALL',
					IMPRESSION: 12,
					SAVE: 1,
					lifetime_metrics: { TOTAL_COMMENTS: 3, TOTAL_REACTIONS: 8 },
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Pin → Get Analytics refuses empty metric types (required by the API) before any request', async () => {
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAnalytics',
				pin: { __rl: true, mode: 'id', value: '42' },
				metricTypes: '={{ [] }}',
			},
			{ credentials: await token() },
		);
		expect(error?.message).toBe('Metric Types is empty');
	});

	it('with Continue On Fail, an item with a bad date becomes a paired error and the others go on', async () => {
		const good = utcDay(-3);
		nock(BASE)
			.get('/pins/1/analytics')
			.query({
				start_date: good,
				end_date: utcDay(-1),
				metric_types: 'IMPRESSION',
				split_field: 'NO_SPLIT',
			})
			.reply(200, pinBody);
		nock(BASE)
			.get('/pins/3/analytics')
			.query({
				start_date: good,
				end_date: utcDay(-1),
				metric_types: 'IMPRESSION',
				split_field: 'NO_SPLIT',
			})
			.reply(200, pinBody);
		const input = [
			{ pin: '1', start: good },
			{ pin: '2', start: utcDay(-120) },
			{ pin: '3', start: good },
		].map((json) => ({ json }));
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'getAnalytics',
				pin: { __rl: true, mode: 'id', value: '={{ $json.pin }}' },
				dateRange: 'custom',
				startDate: '={{ $json.start }}',
				endDate: utcDay(-1),
				metricTypes: ['IMPRESSION'],
				output: 'summary',
			},
			{ credentials: await token(), input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json, i.pairedItem, i.error?.description])).toEqual([
			[
				{
					pin_id: '1',
					group: 'ALL',
					IMPRESSION: 12,
					SAVE: 1,
					lifetime_metrics: { TOTAL_COMMENTS: 3, TOTAL_REACTIONS: 8 },
				},
				{ item: 0 },
				undefined,
			],
			[
				{ error: `Start Date ${utcDay(-120)} is more than 90 days back from today` },
				{ item: 1 },
				`Pinterest returns analytics for the last 90 days only: the earliest Start Date today is ${utcDay(-90)} (UTC).`,
			],
			[
				{
					pin_id: '3',
					group: 'ALL',
					IMPRESSION: 12,
					SAVE: 1,
					lifetime_metrics: { TOTAL_COMMENTS: 3, TOTAL_REACTIONS: 8 },
				},
				{ item: 2 },
				undefined,
			],
		]);
	});
});
