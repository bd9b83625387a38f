/*
 * Contract test: the websites of the account (list, verify, unverify, verification code) and the
 * linked businesses. Registered by ../simulatorResponses.test.ts (not a test file).
 */
import type { ContractContext } from './setup';

export function websiteTests(ctx: ContractContext): void {
	const { check } = ctx;

	test('user_account websites and linked businesses', async () => {
		const { sim } = ctx;
		sim.addLinkedBusiness('contract_business');
		await check('linked_business_accounts/get', 'GET', '/user_account/businesses', {}, 200);
		await check(
			'linked_business_accounts/get',
			'GET',
			'/user_account/businesses',
			{ token: 'bad' },
			401,
		);

		await check('website_verification/get', 'GET', '/user_account/websites/verification', {}, 200);
		await check(
			'website_verification/get',
			'GET',
			'/user_account/websites/verification',
			{ query: { ad_account_id: 'x1' } },
			400,
			false,
		);

		const verify = (body: unknown, status: number, requestValid?: boolean) =>
			check(
				'verify_website/update',
				'POST',
				'/user_account/websites',
				{ body },
				status,
				requestValid,
			);
		await verify({ website: 'contract.example.com', verification_method: 'METATAG' }, 200);
		await verify({ website: 'shop.example.com/store' }, 200);
		await verify({ website: 'unclaimable.invalid', verification_method: 'DNSTXT' }, 200);
		await verify({ website: 'https://contract.example.com' }, 400, true);
		await verify({ website: 'x.example.com', verification_method: 'EMAIL' }, 400, false);

		sim.addWebsite('pending.example.org', { status: 'pending' });
		await check(
			'user_websites/get',
			'GET',
			'/user_account/websites',
			{ query: { page_size: 2 } },
			200,
		);
		await check(
			'user_websites/get',
			'GET',
			'/user_account/websites',
			{ query: { page_size: 0 } },
			400,
			false,
		);

		const unverify = (website: string, status: number) =>
			check(
				'unverify_website/delete',
				'DELETE',
				'/user_account/websites',
				{ query: { website } },
				status,
			);
		await unverify('shop.example.com/store', 204);
		await unverify('shop.example.com/store', 404);
	});
}
