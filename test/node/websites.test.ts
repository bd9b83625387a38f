/**
 * Account → Get Website Verification Code, Verify Website, Get Websites, Unverify Website and Get
 * Linked Businesses through n8n-core's RoutingNode against the simulator.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const TOKEN = 'pina_websites1';

describe('Account website operations through RoutingNode', () => {
	const sim: Simulator = createSimulator({ accessTokens: [TOKEN], username: 'shop_owner' });

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	const run = async (parameters: IDataObject) =>
		await runNode(
			{ authentication: 'accessToken', resource: 'account', ...parameters },
			{ credentials: await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) }) },
		);
	const last = () => sim.requests[sim.requests.length - 1];

	it('Get Website Verification Code returns the meta tag, file and DNS record to put in place', async () => {
		const { items, error } = await run({
			operation: 'getWebsiteVerificationCode',
			options: { adAccountId: '549755885175' },
		});
		expect(error).toBeUndefined();
		expect([last().method, last().path, last().query]).toEqual([
			'GET',
			'/v5/user_account/websites/verification',
			{ ad_account_id: '549755885175' },
		]);
		const code = String(items[0].json.verification_code);
		expect(code).toMatch(/^[0-9a-f]{32}$/);
		expect(items).toEqual([
			{
				json: {
					verification_code: code,
					dns_txt_record: `pinterest-site-verification=${code}`,
					metatag: `<meta name="p:domain_verify" content="${code}"/>`,
					filename: `pinterest-${code.slice(0, 5)}.html`,
					file_content: expect.stringContaining(code),
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Verify Website sends the domain without scheme and the method; Get Websites lists it; Unverify removes it', async () => {
		const verified = await run({
			operation: 'verifyWebsite',
			website: 'https://Shop.example.com/store/',
			verificationMethod: 'DNSTXT',
		});
		expect(verified.error).toBeUndefined();
		expect([last().method, last().path, last().body]).toEqual([
			'POST',
			'/v5/user_account/websites',
			{ website: 'Shop.example.com/store', verification_method: 'DNSTXT' },
		]);
		expect(verified.items).toEqual([
			{
				json: {
					website: 'Shop.example.com/store',
					status: 'success',
					verified_at: expect.any(String),
				},
				pairedItem: { item: 0 },
			},
		]);

		sim.addWebsite('unclaimed.example.org', { status: 'pending' });
		const listed = await run({ operation: 'getWebsites', returnAll: true });
		expect(listed.items.map((item) => [item.json.website, item.json.status])).toEqual([
			['unclaimed.example.org', 'pending'],
			['Shop.example.com/store', 'success'],
		]);
		expect(last().query).toEqual({ page_size: '250' });

		const removed = await run({ operation: 'unverifyWebsite', website: 'Shop.example.com/store' });
		expect([last().method, last().path, last().query]).toEqual([
			'DELETE',
			'/v5/user_account/websites',
			{ website: 'Shop.example.com/store' },
		]);
		expect(removed.items).toEqual([
			{ json: { unverified: true, website: 'Shop.example.com/store' }, pairedItem: { item: 0 } },
		]);
		const again = await run({ operation: 'unverifyWebsite', website: 'Shop.example.com/store' });
		expect(again.error?.message).toBe('Pinterest 404 (code 404): Website not in user list.');
	});

	it('Get Websites stops at the Limit', async () => {
		for (let n = 0; n < 5; n++) sim.addWebsite(`site${n}.example.com`);
		const { items } = await run({ operation: 'getWebsites', limit: 3 });
		expect(items).toHaveLength(3);
		expect(sim.requests.filter((r) => r.path === '/v5/user_account/websites')).toHaveLength(1);
	});

	it('Get Linked Businesses gives one item per linked business account', async () => {
		sim.addLinkedBusiness('acme_store');
		sim.addLinkedBusiness('acme_outlet');
		const { items, error } = await run({ operation: 'getLinkedBusinesses' });
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.username, item.pairedItem])).toEqual([
			['acme_store', { item: 0 }],
			['acme_outlet', { item: 0 }],
		]);
		expect(items[0].json.image_small_url).toMatch(/acme_store-small\.jpg$/);
	});
});
