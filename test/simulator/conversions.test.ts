import type { AdsSimulator } from '../../tools/simulator';
import { installAds } from '../../tools/simulator';
import type { ErrorBody, Sim } from './helpers';
import { call, startSim } from './helpers';

interface EventAnswer {
	status: 'processed' | 'failed';
	error_message: string | null;
	warning_message: string | null;
}
interface ConversionAnswer {
	num_events_received: number;
	num_events_processed: number;
	events: EventAnswer[];
}
interface Refused extends ErrorBody {
	details: ConversionAnswer;
}

const HASH = 'a'.repeat(64);

describe('simulator: conversion events (events/create)', () => {
	let sim: Sim;
	let ads: AdsSimulator;
	let account: string;
	beforeAll(async () => {
		sim = await startSim();
		ads = installAds(sim, { accessTokens: ['tok-1'] });
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		ads.reset();
		account = ads.addAdAccount({ name: 'Shop' }).id;
	});
	const now = () => Math.floor(Date.now() / 1000);
	const event = (extra: Record<string, unknown> = {}) => ({
		event_name: 'checkout',
		action_source: 'web',
		event_time: now(),
		event_id: 'ev-1',
		user_data: { em: [HASH] },
		...extra,
	});
	const post = async <T>(data: unknown, query: Record<string, string> = {}) =>
		await call<T>(sim, 'POST', `/ad_accounts/${account}/events`, { body: { data }, query });

	test('an event a year old is processed, as the live API was recorded doing', async () => {
		const res = await post<ConversionAnswer>([event({ event_time: now() - 366 * 86400 })]);
		expect(res.status).toBe(200);
		expect(res.body.events).toEqual([
			{ status: 'processed', error_message: '', warning_message: '' },
		]);
	});

	test('all processed: 200 with one answer per event, recorded (hashed, as received)', async () => {
		const res = await post<ConversionAnswer>([
			event(),
			event({ event_id: 'ev-2', custom_data: { value: '10' } }),
		]);
		expect(res.status).toBe(200);
		expect(res.body).toEqual({
			num_events_received: 2,
			num_events_processed: 2,
			events: [
				{ status: 'processed', error_message: '', warning_message: '' },
				{
					status: 'processed',
					error_message: '',
					warning_message: "No currency: the ad account's currency is used.",
				},
			],
		});
		expect(ads.state.conversionEvents.map((e) => e.event_id)).toEqual(['ev-1', 'ev-2']);
	});

	test.each([
		[
			'an event time ahead of the clock',
			{ event_time: now() + 120 },
			'event_time cannot be in the future.',
		],
		[
			'event time in milliseconds',
			{ event_time: Date.now() },
			'event_time cannot be in the future.',
		],
		['no event_id', { event_id: undefined }, 'Missing required field: event_id.'],
		['an unknown event name', { event_name: 'purchase' }, 'Invalid event_name: purchase.'],
		['an unknown action source', { action_source: 'store' }, 'Invalid action_source: store.'],
		[
			'an unhashed email',
			{ user_data: { em: ['someone@example.com'] } },
			'user_data.em must be SHA-256 hashed (64 hex characters).',
		],
		[
			'no identifier',
			{ user_data: { fn: [HASH] } },
			'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent.',
		],
		[
			'an IP address without user agent',
			{ user_data: { client_ip_address: '1.2.3.4' } },
			'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent.',
		],
	])(
		'%s: that event fails with a reason, the others are processed (422)',
		async (_name, extra, reason) => {
			const res = await post<Refused>([event({ event_id: 'ok' }), event(extra)]);
			expect(res.status).toBe(422);
			expect(res.body.details).toEqual({
				num_events_received: 2,
				num_events_processed: 1,
				events: [
					{ status: 'processed', error_message: '', warning_message: '' },
					{ status: 'failed', error_message: reason, warning_message: '' },
				],
			});
			expect(ads.state.conversionEvents.map((e) => e.event_id)).toEqual(['ok']);
		},
	);

	test('IP address with user agent, or hashed MAIDs, identify a person', async () => {
		const res = await post<ConversionAnswer>([
			event({ user_data: { client_ip_address: '1.2.3.4', client_user_agent: 'Mozilla/5.0' } }),
			event({ user_data: { hashed_maids: [HASH] } }),
		]);
		expect(res.status).toBe(200);
		expect(res.body.num_events_processed).toBe(2);
	});

	test('test=true answers the same and records nothing', async () => {
		const res = await post<ConversionAnswer>([event()], { test: 'true' });
		expect(res.status).toBe(200);
		expect(res.body.num_events_processed).toBe(1);
		expect(ads.state.conversionEvents).toEqual([]);
		expect(ads.state.conversionTestRequests).toBe(1);
	});

	test('1 to 1,000 events a request, an unknown ad account 404, no token 401', async () => {
		expect((await post([])).status).toBe(400);
		const many = Array.from({ length: 1001 }, (_, i) => event({ event_id: `ev-${i}` }));
		expect((await post(many)).status).toBe(400);
		expect((await post<ConversionAnswer>(many.slice(0, 1000))).body.num_events_processed).toBe(
			1000,
		);
		const missing = await call<ErrorBody>(sim, 'POST', '/ad_accounts/123/events', {
			body: { data: [event()] },
		});
		expect(missing.status).toBe(404);
		const anonymous = await call<ErrorBody>(sim, 'POST', `/ad_accounts/${account}/events`, {
			body: { data: [event()] },
			token: null,
		});
		expect(anonymous.status).toBe(401);
	});
});
