/**
 * Conversion → Send Events checked against Pinterest's official OpenAPI file: the node runs
 * through real n8n-core against the simulator (ads extension), and every request in the
 * simulator's log is validated (events/create: ConversionEvents, the test query parameter), and
 * so is every answer the simulator gave: 200 ConversionApiResponse, 422 DetailedError with the
 * per-event answers, 400 for a body outside ConversionEvents' bounds.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log, warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import type { Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import { openapiSkipNote } from '../helpers/openapiNote';

const TOKEN = 'pina_contract4';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const available = openapi.specAvailable();
if (!available) {
	warn(openapiSkipNote('conversion events as the node sends them'));
}

(available ? describe : describe.skip)('conversion events match the OpenAPI file', () => {
	const sim: Simulator = createSimulator({ accessTokens: [TOKEN], logResponses: true });
	const ads = installAds(sim, { accessTokens: [TOKEN] });

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('requests and answers of events/create, processed, refused and invalid', async () => {
		const account = ads.addAdAccount({ name: 'Contract ads' }).id;
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const full: IDataObject = {
			authentication: 'accessToken',
			resource: 'conversion',
			operation: 'sendEvents',
			adAccount: rl(account),
			eventName: '={{ $json.name }}',
			actionSource: '={{ $json.source }}',
			eventId: '={{ "contract-" + $itemIndex }}',
			eventTime: '={{ $json.time }}',
			userData: {
				email: '={{ $json.email }}',
				phone: '+44 20 7946 0958',
				firstName: 'Ann',
				lastName: 'Lee',
				gender: 'f',
				dateOfBirth: '1990-05-31',
				city: 'London',
				state: 'LN',
				zip: 'SW1A 1AA',
				country: 'GB',
				externalId: 'cust-1',
				mobileAdId: '6D92078A-8246-4BA4-AE5B-76104861E7DC',
				clientIpAddress: '216.3.128.12',
				clientUserAgent: 'Mozilla/5.0',
				clickId: 'dj0yJnU9b2JD',
				partnerId: 'ramp-1',
			},
			customData: {
				currency: 'GBP',
				value: 72.39,
				orderId: 'order-1',
				contentIds: 'sku-1, sku-2',
				contents: '[{"id": "sku-1", "item_price": "14.99", "quantity": 3, "item_name": "Shirt"}]',
				numItems: 3,
				contentName: 'Shirts',
				contentCategory: 'clothing',
				contentBrand: 'Shop',
				searchString: 'shirt',
				optOutType: 'LDP',
			},
			additionalFields: {
				eventSourceUrl: 'https://shop.example.com/checkout',
				language: 'en',
				optOut: false,
				partnerName: 'ss-contract',
				appId: '429047995',
				appName: 'Shop',
				appVersion: '7.9',
			},
		};
		const now = Math.floor(Date.now() / 1000);
		const input = [
			{ json: { name: 'checkout', source: 'web', time: now - 60, email: 'a@shop.example' } },
			{ json: { name: 'custom', source: 'app_ios', time: now, email: 'b@shop.example' } },
		];
		// All processed (200), live and as a test.
		for (const testMode of [false, true]) {
			const { error, items } = await runNode(
				{ ...full, testMode },
				{ credentials, input: input.map((i) => ({ ...i })) },
			);
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json.status)).toEqual(['processed', 'processed']);
		}
		// One refused by Pinterest (the simulator: a time ahead of its clock): 422.
		const refused = await runNode(
			{ ...full, userData: { email: '={{ $json.email }}' } },
			{
				credentials,
				continueOnFail: true,
				input: [
					{ json: { name: 'lead', source: 'offline', time: now, email: 'c@shop.example' } },
					{ json: { name: 'signup', source: 'web', time: now + 30, email: 'd@shop.example' } },
				],
			},
		);
		expect(refused.items.map((i) => i.json.status ?? 'error')).toEqual(['processed', 'error']);

		// A body outside ConversionEvents' bounds (no events): 400.
		const empty = await fetch(`${sim.baseUrl}/ad_accounts/${account}/events`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({ data: [] }),
		});
		expect(empty.status).toBe(400);

		const invalid: string[] = [];
		const statuses = new Set<number>();
		const apiRequests = sim.requests.filter((r) => r.path.startsWith('/v5/'));
		for (const request of apiRequests) {
			const path = request.path.slice(3);
			const answer = openapi.validateResponse(
				{ method: request.method, path },
				Number(request.status),
				request.response,
			);
			if (!answer.valid)
				invalid.push(
					`answer ${request.method} ${request.path} ${request.status}: ${answer.errors.join('; ')}`,
				);
			statuses.add(Number(request.status));
			// The 400 request is invalid on purpose; every request of the node must be valid.
			if (Number(request.status) === 400) continue;
			const sent = openapi.validateRequest({
				method: request.method,
				path,
				query: request.query,
				body: request.body,
			});
			expect(sent.operationId).toBe('events/create');
			if (!sent.valid)
				invalid.push(`request ${request.method} ${request.path}: ${sent.errors.join('; ')}`);
		}
		expect(invalid).toEqual([]);
		expect([...statuses].sort()).toEqual([200, 400, 422]);
		log(`conversion contract: ${apiRequests.length} requests and answers, all valid`);
	});
});
