/**
 * The catalog, feed, product group and website operations, checked against Pinterest's official
 * OpenAPI file: each runs through real n8n-core against the simulator (ads extension), and every
 * request in the simulator's log is validated, and so is every answer the simulator gave (its
 * log keeps them with logResponses), error answers included. nodeRequests.test.ts does the same
 * for the other resources.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log, warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import type { Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import { openapiSkipNote } from '../helpers/openapiNote';

const TOKEN = 'pina_contract2';
const READ_ONLY = 'pina_contract3';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

// The operations this test must see, each with a success and (where noted) an error answer.
const OPERATIONS = [
	'catalogs/create',
	'feeds/create',
	'feeds/get',
	'feeds/update',
	'feeds/delete',
	'feeds/list',
	'feed_processing_results/list',
	'catalogs_product_groups/create',
	'catalogs_product_groups/get',
	'catalogs_product_groups/update',
	'catalogs_product_groups/delete',
	'website_verification/get',
	'verify_website/update',
	'user_websites/get',
	'unverify_website/delete',
	'linked_business_accounts/get',
];

const available = openapi.specAvailable();
if (!available) {
	warn(openapiSkipNote('catalog writes as the node sends them'));
}

(available ? describe : describe.skip)('catalog and website writes match the OpenAPI file', () => {
	const sim: Simulator = createSimulator({
		accessTokens: [TOKEN, READ_ONLY],
		logResponses: true,
	});
	const ads = installAds(sim, { tokenScopes: { [READ_ONLY]: ['catalogs:read'] } });

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('requests and answers of every new operation, successes and errors', async () => {
		const seeded = ads.addCatalog({ name: 'Contract shop' });
		sim.addLinkedBusiness('contract_business');
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
			pinterestFeedLocationApi: { username: 'shop', password: 'contract-pw-1' },
		});
		const readOnly = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, READ_ONLY),
		});
		const run = async (parameters: IDataObject, options: { readOnly?: boolean } = {}) =>
			await runNode(
				{ authentication: 'accessToken', ...parameters },
				{ credentials: options.readOnly ? readOnly : credentials },
			);
		const feedFields = {
			name: 'Contract feed',
			format: 'TSV',
			location: 'https://shop.example.com/feed.tsv',
			defaultCountry: 'GB',
			defaultLocale: 'en-GB',
			protectedLocation: true,
			additionalFields: {
				catalogId: seeded.catalog.id,
				defaultAvailability: 'IN_STOCK',
				defaultCurrency: 'GBP',
				processingTime: '03:15',
				processingTimezone: 'Europe/London',
				status: 'ACTIVE',
			},
		};

		await run({ resource: 'catalog', operation: 'create', name: 'Hotels', catalogType: 'HOTEL' });
		await run(
			{ resource: 'catalog', operation: 'create', name: 'No', catalogType: 'RETAIL' },
			{ readOnly: true },
		);
		const created = await run({ resource: 'feed', operation: 'create', ...feedFields });
		const feed = rl(String(created.items[0].json.id));
		await run({ resource: 'feed', operation: 'create', ...feedFields }); // 422: the name exists
		await run({
			resource: 'feed',
			operation: 'create',
			catalogType: 'HOTEL',
			name: 'Hotel feed',
			format: 'XML',
			location: 'ftp://files.example.com/h.xml',
			defaultLocale: 'fr',
		});
		await run({ resource: 'feed', operation: 'get', feed });
		await run({
			resource: 'feed',
			operation: 'update',
			feed,
			updateFields: {
				name: 'Renamed feed',
				status: 'INACTIVE',
				processingTime: '04:00',
				processingTimezone: 'Etc/UTC',
			},
		});
		await run(
			{ resource: 'feed', operation: 'update', feed, updateFields: { format: 'CSV' } },
			{ readOnly: true },
		);
		await run({ resource: 'catalog', operation: 'getFeeds', returnAll: true });
		await run({ resource: 'catalog', operation: 'getFeedProcessingResults', feed, limit: 5 });
		await run({
			resource: 'catalog',
			operation: 'getFeedProcessingResults',
			feed,
			returnAll: true,
		});

		const group = await run({
			resource: 'productGroup',
			operation: 'create',
			name: 'Contract group',
			feed,
			filterMatch: 'any_of',
			filterConditions: {
				conditions: [
					{ field: 'MIN_PRICE', values: '5', inclusion: false, negated: true },
					{ field: 'CURRENCY', values: 'GBP' },
					{ field: 'CUSTOM_LABEL_4', values: 'a,b', operator: 'CONTAINS' },
					{ field: 'TITLE_KEYWORDS', values: 'linen' },
				],
			},
			filtersJson: JSON.stringify([
				{ GOOGLE_PRODUCT_CATEGORY_2: { values: [['home', 'linen']] } },
				{ CUSTOM_NUMBER_1: { operator: 'GREATER_THAN', value: 3 } },
				{ MEDIA_TYPE: { values: ['IMAGE'] } },
			]),
			additionalFields: { description: 'contract' },
		});
		const productGroup = rl(String(group.items[0].json.id));
		await run({
			resource: 'productGroup',
			operation: 'create',
			name: 'Contract group',
			feed,
			filterConditions: { conditions: [{ field: 'BRAND', values: 'x' }] },
		}); // 409
		await run({ resource: 'productGroup', operation: 'get', productGroup });
		await run({
			resource: 'productGroup',
			operation: 'update',
			productGroup,
			updateFields: { name: 'Group 2', description: '' },
			replaceFilters: true,
			filterConditions: { conditions: [{ field: 'GENDER', values: 'MALE' }] },
		});
		await run({ resource: 'productGroup', operation: 'delete', productGroup });
		await run({ resource: 'productGroup', operation: 'get', productGroup }); // 404
		await run({ resource: 'feed', operation: 'delete', feed });
		await run({ resource: 'feed', operation: 'get', feed }); // 404
		await run({ resource: 'feed', operation: 'delete', feed }); // 404

		await run({ resource: 'account', operation: 'getWebsiteVerificationCode' });
		await run({ resource: 'account', operation: 'verifyWebsite', website: 'shop.example.com' });
		await run({
			resource: 'account',
			operation: 'verifyWebsite',
			website: 'shop.example.com/eu',
			verificationMethod: 'FILENAME',
		});
		await run({ resource: 'account', operation: 'getWebsites', returnAll: true });
		await run({
			resource: 'account',
			operation: 'unverifyWebsite',
			website: 'shop.example.com/eu',
		});
		await run({
			resource: 'account',
			operation: 'unverifyWebsite',
			website: 'shop.example.com/eu',
		}); // 404
		await run({ resource: 'account', operation: 'getLinkedBusinesses' });

		const invalid: string[] = [];
		const seen = new Map<string, Set<string>>();
		const apiRequests = sim.requests.filter((r) => r.path.startsWith('/v5/'));
		for (const request of apiRequests) {
			const path = request.path.slice(3);
			const sent = openapi.validateRequest({
				method: request.method,
				path,
				query: request.query,
				body: request.body,
			});
			const answer = openapi.validateResponse(
				{ method: request.method, path },
				Number(request.status),
				request.response,
			);
			for (const [what, result] of [
				['request', sent],
				['answer', answer],
			] as const)
				if (!result.valid)
					invalid.push(
						`${what} ${request.method} ${request.path} ${request.status}: ${result.errors.join('; ')}`,
					);
			const kinds = seen.get(sent.operationId) ?? new Set<string>();
			kinds.add(Number(request.status) < 300 ? 'success' : 'error');
			seen.set(sent.operationId, kinds);
		}
		expect(invalid).toEqual([]);
		for (const operationId of OPERATIONS)
			expect([operationId, seen.get(operationId)?.has('success')]).toEqual([operationId, true]);
		const errors = [
			'catalogs/create',
			'feeds/create',
			'feeds/update',
			'feeds/get',
			'feeds/delete',
			'catalogs_product_groups/create',
			'catalogs_product_groups/get',
			'unverify_website/delete',
		];
		for (const operationId of errors)
			expect([operationId, seen.get(operationId)?.has('error')]).toEqual([operationId, true]);
		log(
			`catalog contract: ${apiRequests.length} requests and answers, ${seen.size} operations, all valid`,
		);
	});
});
