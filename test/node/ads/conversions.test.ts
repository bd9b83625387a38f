/**
 * Conversion → Send Events through real n8n-core (RoutingNode): the exact request, user data
 * normalised and hashed as Pinterest specifies field by field, batching of a run's events, and
 * every input item paired with Pinterest's answer for its own event. The hashes below were
 * computed outside this code, in a shell: printf '%s' '<normalised value>' | sha256sum.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { LoggerProxy } from 'n8n-workflow';

import { logLines, makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { captureLogs } from '../../../tools/harness';
import { useStrictNock } from '../../helpers/nock';
import type { AdsSimulator, Simulator } from '../../../tools/simulator';
import { createSimulator, installAds } from '../../../tools/simulator';
import { BASE, TOKEN, ACCOUNT, rl, token, params } from './entityFixtures';

/** Plain value as a user gives it → the hash of Pinterest's normalised form (sha256sum). */
const PAIRS: Array<[string, string, string, string]> = [
	// [field parameter, Pinterest key, plain input, sha256 of the normalised value]
	// "  John.Doe@Example.COM " → john.doe@example.com
	[
		'email',
		'em',
		'  John.Doe@Example.COM ',
		'836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f',
	],
	// +1 (415) 555-0100 → 14155550100
	[
		'phone',
		'ph',
		'+1 (415) 555-0100',
		'5e7ec4c79ccac6e420876e65ad0e6b4b2ccf73ec3dccb50297bf2890a1ec73b9',
	],
	// " Zoë " (e + combining diaeresis) → zoë (UTF-8, NFC)
	[
		'firstName',
		'fn',
		' ZOE\u0308 ',
		'2752b88686847fa5c86f47b94ce652b7b3f22a91c37617d451a4db9afa431450',
	],
	// O'BRIEN → o'brien
	['lastName', 'ln', "O'BRIEN", '65b87174be3b1b122e2b0929f0b84888637d31a4a83bb96a860bcff411f5e668'],
	// San Francisco → sanfrancisco
	[
		'city',
		'ct',
		'San Francisco',
		'1a6bd4d9d79dc0a79b53795c70d3349fa9e38968a3fbefbfe8783efb1d2b6aac',
	],
	// CA → ca
	['state', 'st', ' CA', '6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126'],
	// 94107-1234 → 94107
	['zip', 'zp', '94107-1234', 'c884a209ebe08750a7d13db63bd02233b375bd79786cbe329ab11586cc35dead'],
	// US → us
	['country', 'country', 'US', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
	// Female → f
	['gender', 'ge', 'Female', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
	// 1990-05-31 → 19900531
	[
		'dateOfBirth',
		'db',
		'1990-05-31',
		'eaf674f1ac21e497eb93c3290b0ca9a132bf2e173bedbab3e943bd603d09479f',
	],
	// " Cust-42 " → Cust-42 (case kept)
	[
		'externalId',
		'external_id',
		' Cust-42 ',
		'772b91cabe669ed0525030074170426af10a5688a186c35b19bf5e84305ffdd1',
	],
	// IDFA upper case → lower case
	[
		'mobileAdId',
		'hashed_maids',
		'6D92078A-8246-4BA4-AE5B-76104861E7DC',
		'31b806b4deec8c4cb1ffb18b9ab4ee1fa82a2b30e1f47902f04d03f5db023376',
	],
];

/** More normalisation cases of one field: plain → sha256 of the normalised value. */
const MORE: Array<[string, string, string]> = [
	// 0044 20 7946 0958 → 442079460958 (leading zeros and spaces go)
	[
		'phone',
		'0044 20 7946 0958',
		'35e206e5dec4c89b9e8b71b8c32724a5bb518483ac5a20c6617d738375b3b823',
	],
	// St. Louis → stlouis
	['city', 'St. Louis', '8ba24bdf99947996f3000259be455de791b06fcc0e802ce05031030df1ee8ea3'],
	// SW1A 1AA → sw1a1aa
	['zip', 'SW1A 1AA', '830e1d4b9838bab1f5c2acdb23e0b502ff13a9832c4632e8d67a1d43d3b7f614'],
	// f → f
	['gender', 'f', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
	// 19900531 → 19900531
	['dateOfBirth', '19900531', 'eaf674f1ac21e497eb93c3290b0ca9a132bf2e173bedbab3e943bd603d09479f'],
];

// Two-letter codes (US, CA) are left out: they are in any answer (USD).
const PLAIN = PAIRS.map(([, , plain]) => plain.trim())
	.filter((plain) => plain.length > 2)
	.concat(['John.Doe@Example.COM', 'john.doe@example.com', '415) 555-0100', 'San Francisco']);

const ALREADY = 'b5c7a6f1e3d2c4b5a6978877665544332211aabbccddeeff0011223344556677';
const now = () => Math.floor(Date.now() / 1000);
const send = (extra: IDataObject = {}) =>
	params('conversion', 'sendEvents', {
		adAccount: rl(ACCOUNT),
		eventName: 'checkout',
		actionSource: 'web',
		eventId: '={{ "order-" + $itemIndex }}',
		userData: { email: '={{ $json.email }}' },
		...extra,
	});
const processed = (n: number) => ({
	num_events_received: n,
	num_events_processed: n,
	events: Array.from({ length: n }, () => ({ status: 'processed' })),
});

/** n8n's log lines of this file's runs; they still reach the secrets check (logLines). */
const seenLines: string[] = [];
function watchLogs(): void {
	beforeAll(() => {
		const keep = (level: string) => (message: string, meta?: object) => {
			const line = `${level} ${message} ${meta ? JSON.stringify(meta) : ''}`;
			seenLines.push(line);
			logLines.push(line);
		};
		LoggerProxy.init({
			error: keep('error'),
			warn: keep('warn'),
			info: keep('info'),
			debug: keep('debug'),
		});
	});
	afterAll(() => {
		captureLogs();
	});
}

/** No plain personal value in anything the run produced: items, errors, n8n's log. */
function expectNoPlainData(result: unknown): void {
	const text = JSON.stringify(result) + seenLines.join('\n');
	for (const plain of PLAIN) expect([plain, text.includes(plain)]).toEqual([plain, false]);
}

describe('Conversion → Send Events (nock)', () => {
	useStrictNock();
	watchLogs();

	it('hashes each user data field as Pinterest specifies; plain data never leaves the node', async () => {
		let body: IDataObject = {};
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`, (b: IDataObject) => ((body = b), true))
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, processed(1));
		const userData = Object.fromEntries(PAIRS.map(([name, , plain]) => [name, plain]));
		const time = now() - 3600;
		const result = await runNode(
			send({
				eventTime: time,
				userData: {
					...userData,
					clientIpAddress: '216.3.128.12',
					clientUserAgent: 'Mozilla/5.0',
					clickId: 'epik-abc',
				},
				customData: {
					currency: 'usd',
					value: '72.39',
					orderId: 'A-1',
					contentIds: 'sku-1, sku-2',
					contents: '[{"id": "sku-1", "item_price": 14.99, "quantity": 3}]',
					numItems: 3,
				},
			}),
			{ credentials: await token() },
		);
		expect(result.error).toBeUndefined();
		const event = (body.data as IDataObject[])[0];
		expect(event).toEqual({
			event_name: 'checkout',
			action_source: 'web',
			event_time: time,
			event_id: 'order-0',
			user_data: {
				...Object.fromEntries(PAIRS.map(([, key, , hash]) => [key, [hash]])),
				client_ip_address: '216.3.128.12',
				client_user_agent: 'Mozilla/5.0',
				click_id: 'epik-abc',
			},
			custom_data: {
				currency: 'USD',
				value: '72.39',
				order_id: 'A-1',
				content_ids: ['sku-1', 'sku-2'],
				contents: [{ id: 'sku-1', item_price: '14.99', quantity: 3 }],
				num_items: 3,
			},
		});
		expect(result.items).toEqual([
			{
				json: {
					status: 'processed',
					event_id: 'order-0',
					event_name: 'checkout',
					action_source: 'web',
					event_time: time,
					test_mode: false,
				},
				pairedItem: { item: 0 },
			},
		]);
		expectNoPlainData({ body, items: result.items });
	});

	it.each(MORE)('%s "%s" is normalised before hashing', async (field, plain, hash) => {
		let body: IDataObject = {};
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`, (b: IDataObject) => ((body = b), true))
			.reply(200, processed(1));
		const key = PAIRS.find(([name]) => name === field)?.[1] as string;
		const { error } = await runNode(send({ userData: { mobileAdId: ALREADY, [field]: plain } }), {
			credentials: await token(),
		});
		expect(error).toBeUndefined();
		const userData = (body.data as IDataObject[])[0].user_data as IDataObject;
		expect(userData[key]).toEqual([hash]);
	});

	it('passes values already hashed unchanged, and sends several emails from a list', async () => {
		let body: IDataObject = {};
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`, (b: IDataObject) => ((body = b), true))
			.reply(200, processed(1));
		const upper = ALREADY.toUpperCase();
		const { error } = await runNode(
			send({
				userData: {
					email: `={{ ["${ALREADY}", "John.Doe@Example.COM"] }}`,
					phone: upper,
					externalId: ALREADY,
				},
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect((body.data as IDataObject[])[0].user_data).toEqual({
			em: [ALREADY, '836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f'],
			ph: [upper],
			external_id: [ALREADY],
		});
	});

	it('an event a year old is sent: the live API was recorded processing one', async () => {
		let body: IDataObject = {};
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`, (b: IDataObject) => ((body = b), true))
			.reply(200, processed(1));
		const yearAgo = now() - 366 * 86400;
		const { items, error } = await runNode(send({ eventTime: String(yearAgo) }), {
			credentials: await token(),
			input: [{ json: { email: 'a@b.co' } }],
		});
		expect(error).toBeUndefined();
		expect((body.data as IDataObject[])[0].event_time).toBe(yearAgo);
		expect(items[0].json).toMatchObject({ status: 'processed', event_time: yearAgo });
	});

	it('Test Mode sends test=true; event time empty is now', async () => {
		let body: IDataObject = {};
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`, (b: IDataObject) => ((body = b), true))
			.query({ test: 'true' })
			.reply(200, processed(1));
		const before = now();
		const { items } = await runNode(send({ testMode: true, eventName: 'custom' }), {
			credentials: await token(),
			input: [{ json: { email: 'a@b.co' } }],
		});
		const event = (body.data as IDataObject[])[0];
		expect(event.event_name).toBe('custom');
		expect(Number(event.event_time)).toBeGreaterThanOrEqual(before);
		expect(Number(event.event_time)).toBeLessThanOrEqual(now());
		expect(items[0].json).toMatchObject({ status: 'processed', test_mode: true });
	});

	it('pairs each item with its own answer: a refused event fails its item only (Continue On Fail)', async () => {
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`)
			.reply(200, {
				num_events_received: 3,
				num_events_processed: 2,
				events: [
					{ status: 'processed', warning_message: 'content_ids is not in your catalog' },
					{ status: 'failed', error_message: 'The event_id is a duplicate.' },
					{ status: 'processed' },
				],
			});
		const input = ['a@b.co', 'c@d.co', 'e@f.co'].map((email) => ({ json: { email } }));
		const result = await runNode(send(), {
			credentials: await token(),
			input,
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.pairedItem, i.json.event_id, i.json.status])).toEqual([
			[{ item: 0 }, 'order-0', 'processed'],
			[{ item: 1 }, undefined, undefined],
			[{ item: 2 }, 'order-2', 'processed'],
		]);
		expect(result.items[0].json.warning_message).toBe('content_ids is not in your catalog');
		expect(result.items[1].json.error).toBe(
			'Pinterest refused event "order-1" (checkout) of item 1: The event_id is a duplicate. (not carried out: safe to run again)',
		);
		expectNoPlainData(result.items);
	});

	it('a refused event stops the node without Continue On Fail, naming the item and the reason', async () => {
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`)
			.reply(422, {
				code: 4198,
				message: 'Not all events were successfully processed.',
				details: {
					num_events_received: 2,
					num_events_processed: 1,
					events: [
						{ status: 'processed' },
						{ status: 'failed', error_message: 'event_time cannot be in the future.' },
					],
				},
			});
		const input = ['a@b.co', 'c@d.co'].map((email) => ({ json: { email } }));
		const result = await runNode(send(), { credentials: await token(), input });
		expect(result.error?.message).toBe(
			'Pinterest refused event "order-1" (checkout) of item 1: event_time cannot be in the future. (not carried out: safe to run again)',
		);
		expectNoPlainData({
			message: result.error?.message,
			description: result.error?.description,
		});
	});

	it('a request Pinterest refuses as a whole fails each of its items', async () => {
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/events`)
			.reply(403, { code: 29, message: 'You are not permitted to access that resource.' });
		const input = ['a@b.co', 'c@d.co'].map((email) => ({ json: { email } }));
		const result = await runNode(send(), {
			credentials: await token(),
			input,
			continueOnFail: true,
		});
		expect(result.items.map((i) => [i.pairedItem, String(i.json.error)])).toEqual([
			[{ item: 0 }, expect.stringMatching(/^Pinterest 403 \(code 29\)/)],
			[{ item: 1 }, expect.stringMatching(/^Pinterest 403 \(code 29\)/)],
		]);
	});

	it.each([
		[
			'an unknown event name',
			{ eventName: '={{ "purchase" }}' },
			/^Event Name "purchase" is not one Pinterest knows$/,
		],
		[
			'an event time tomorrow',
			{ eventTime: '={{ $now.plus({ days: 1 }).toISO() }}' },
			/^Event Time is in the future$/,
		],
		[
			'a malformed email',
			{ userData: { email: 'John.Doe at example' } },
			/^Email is not an email address$/,
		],
		[
			'no identifier',
			{ userData: { firstName: 'Ann' } },
			/^User Data needs an email, a mobile ad ID, or both IP address and user agent$/,
		],
		[
			'a bad phone',
			{ userData: { email: 'a@b.co', phone: '555-12' } },
			/^Phone is not a phone number/,
		],
		[
			'an email object',
			{ userData: { email: '={{ { address: "John.Doe@Example.COM" } }}' } },
			/^Email is an object, not a text$/,
		],
	])(
		'refuses %s before any request, without showing personal data',
		async (_name, extra, message) => {
			const result = await runNode(send(extra), {
				credentials: await token(),
				input: [{ json: { email: 'John.Doe@Example.COM' } }],
				continueOnFail: true,
			});
			expect(result.items).toHaveLength(1);
			expect(String(result.items[0].json.error)).toMatch(message);
			expect(String(result.items[0].error?.description ?? '')).not.toBe('');
			expectNoPlainData({
				items: result.items,
				description: result.items[0].error?.description,
			});
		},
	);
});

describe('Conversion → Send Events (simulator)', () => {
	let sim: Simulator;
	let ads: AdsSimulator;
	let account: string;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], logLimit: 100_000 });
		ads = installAds(sim, { accessTokens: [TOKEN] });
		await sim.start(0);
		account = ads.addAdAccount({ name: 'Shop' }).id;
	});
	afterAll(async () => {
		await sim.stop();
	});
	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });

	it('1,000 events go in one request, 1,001 in two; every item gets its own answer', async () => {
		for (const n of [1000, 1001]) {
			sim.requests.length = 0;
			const before = ads.state.conversionEvents.length;
			const input = Array.from({ length: n }, (_, i) => ({
				json: { email: `u${i}@shop.example` },
			}));
			const { items, error } = await runNode(
				{ ...send(), adAccount: rl(account), eventId: '={{ "ev-" + $itemIndex }}' },
				{ credentials: await credentials(), input },
			);
			expect(error).toBeUndefined();
			const posts = sim.requests.filter((r) => r.method === 'POST');
			expect(posts.map((r) => (r.body as { data: unknown[] }).data.length)).toEqual(
				n === 1000 ? [1000] : [1000, 1],
			);
			expect(items).toHaveLength(n);
			items.forEach((item, i) => {
				expect(item.pairedItem).toEqual({ item: i });
				expect(item.json.event_id).toBe(`ev-${i}`);
			});
			expect(ads.state.conversionEvents.length - before).toBe(n);
			// On the wire and at Pinterest: hashes only.
			expect(JSON.stringify(posts.map((r) => r.body))).not.toContain('@shop.example');
		}
	});

	it("the simulator's refusals come back on their own items; Test Mode records nothing", async () => {
		sim.requests.length = 0;
		const before = ads.state.conversionEvents.length;
		const input = [
			{ json: { email: 'a@shop.example', time: now() } },
			// Ours lets 60 s of clock skew through; Pinterest (the simulator) refuses it.
			{ json: { email: 'b@shop.example', time: now() + 50 } },
			{ json: { email: 'c@shop.example', time: now() - 60 } },
		];
		const { items } = await runNode(
			{
				...send(),
				adAccount: rl(account),
				eventTime: '={{ $json.time }}',
				testMode: true,
			},
			{ credentials: await credentials(), input, continueOnFail: true },
		);
		expect(items.map((i) => [i.pairedItem, i.json.status ?? i.json.error])).toEqual([
			[{ item: 0 }, 'processed'],
			[
				{ item: 1 },
				'Pinterest refused event "order-1" (checkout) of item 1: event_time cannot be in the future. (not carried out: safe to run again)',
			],
			[{ item: 2 }, 'processed'],
		]);
		expect(ads.state.conversionEvents.length).toBe(before);
		expect(ads.state.conversionTestRequests).toBe(1);
		const post = sim.requests.find((r) => r.method === 'POST');
		expect(post?.query).toEqual({ test: 'true' });
	});
});
