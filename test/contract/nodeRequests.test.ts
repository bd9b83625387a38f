/**
 * Every request the Pinterest node sends, checked against Pinterest's official OpenAPI file:
 * a broad set of operations runs through real n8n-core against the simulator, and each request
 * in the simulator's log is validated (path, query parameter types, enums, patterns and bounds,
 * and the JSON body). The simulator's answers are validated by test/contract/simulatorResponses.test.ts.
 */
import type { IBinaryKeyData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log, warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import type { Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import type { ContractRun } from './nodeRequests/runs';
import { leadRuns, reportRuns, termRuns, trendRuns } from './nodeRequests/runs';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_contract1';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const available = openapi.specAvailable();
if (!available) {
	warn(
		`node request contract test skipped: no OpenAPI file at ${openapi.specPath()} (set PINTEREST_OPENAPI)`,
	);
}

(available ? describe : describe.skip)('the node sends only what the OpenAPI file allows', () => {
	const sim: Simulator = createSimulator({
		accessTokens: [TOKEN],
		seed: 11,
		username: 'demo_user',
		mediaProcessingPolls: 1,
	});
	const ads = installAds(sim, { accessTokens: [TOKEN], reportPolls: 1, deliverLeads: false });

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('across every organic and advertising resource', async () => {
		const board = sim.addBoard({ name: 'Contract board' });
		const other = sim.addBoard({ name: 'Second board' });
		const section = sim.addSection(board.id, { name: 'Contract section' });
		const pin = sim.addPin({
			board_id: board.id,
			title: 'contract recipe',
			description: 'a recipe',
		});
		sim.addFollower('follower_one');
		const seeded = ads.seed();
		const leadForm = ads.addLeadForm(seeded.account.id);
		const subscriptionAnswer = await fetch(
			`${sim.baseUrl}/ad_accounts/${seeded.account.id}/leads/subscriptions`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
				body: JSON.stringify({
					webhook_url: 'https://hooks.example.com/contract',
					lead_form_id: leadForm.id,
				}),
			},
		);
		const subscription = (await subscriptionAnswer.json()) as { id: string };
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const binary: IBinaryKeyData = {
			data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' },
		};

		const other2 = sim.addPin({ board_id: board.id, title: 'second recipe' });
		const runs: ContractRun[] = [
			// The run's pins go together: GET /pins/analytics with pin_ids.
			[
				{
					resource: 'pin',
					operation: 'getAnalytics',
					pin: rl('={{ $json.pin }}'),
					dateRange: 'last7Days',
					metricTypes: ['IMPRESSION'],
				},
				{ inputs: [{ pin: pin.id }, { pin: other2.id }] },
			],
			// Skip If Already Pinned reads the board's pins; By Name reads the account's boards.
			[
				{
					resource: 'pin',
					operation: 'create',
					board: { __rl: true, mode: 'name', value: 'contract board' },
					mediaSource: 'imageUrl',
					imageUrl: 'https://example.com/contract.jpg',
					title: 'skip check',
					additionalFields: { link: 'https://example.com/contract?utm_source=x' },
					options: { skipIfAlreadyPinned: true },
				},
			],
			// A video streamed from a URL (the simulator's video host) into the upload.
			[
				{
					resource: 'media',
					operation: 'upload',
					source: 'url',
					videoUrl: `${sim.origin}/__video/4096.mp4`,
					options: { waitForProcessing: false },
				},
			],
			[{ resource: 'account', operation: 'get' }],
			[
				{
					resource: 'account',
					operation: 'getAnalytics',
					dateRange: 'last30Days',
					metricTypes: ['IMPRESSION', 'SAVE'],
					splitField: 'APP_TYPE',
				},
			],
			[
				{
					resource: 'account',
					operation: 'getTopPins',
					dateRange: 'last7Days',
					sortBy: 'IMPRESSION',
					numOfPins: 5,
					filters: { createdInLast30Days: true },
				},
			],
			[
				{
					resource: 'account',
					operation: 'getTopVideoPins',
					dateRange: 'last7Days',
					sortBy: 'VIDEO_START',
				},
			],
			[
				{
					resource: 'board',
					operation: 'create',
					name: 'New board',
					additionalFields: { description: 'd', privacy: 'SECRET' },
				},
			],
			[{ resource: 'board', operation: 'get', board: rl(board.id) }],
			[
				{
					resource: 'board',
					operation: 'getAll',
					returnAll: true,
					filters: { privacy: 'PUBLIC_AND_SECRET' },
				},
			],
			[
				{
					resource: 'board',
					operation: 'update',
					board: rl(other.id),
					updateFields: { name: 'Renamed', privacy: 'PUBLIC' },
				},
			],
			[
				{
					resource: 'board',
					operation: 'getPins',
					board: rl(board.id),
					returnAll: false,
					limit: 3,
				},
			],
			[
				{
					resource: 'boardSection',
					operation: 'create',
					board: rl(board.id),
					name: 'Another section',
				},
			],
			[{ resource: 'boardSection', operation: 'getAll', board: rl(board.id), returnAll: true }],
			[
				{
					resource: 'boardSection',
					operation: 'update',
					board: rl(board.id),
					section: rl(section.id),
					name: 'Renamed section',
				},
			],
			[
				{
					resource: 'boardSection',
					operation: 'getPins',
					board: rl(board.id),
					section: rl(section.id),
					returnAll: true,
				},
			],
			[
				{
					resource: 'pin',
					operation: 'create',
					board: rl(board.id),
					section: rl(section.id),
					mediaSource: 'imageUrl',
					imageUrl: 'https://example.com/a.jpg',
					title: 'T',
					additionalFields: {
						description: 'D',
						link: 'https://example.com/',
						altText: 'A',
						dominantColor: '#6E7874',
					},
				},
			],
			[
				{
					resource: 'pin',
					operation: 'create',
					board: rl(board.id),
					mediaSource: 'imageBinary',
					binaryPropertyName: 'data',
					title: 'From a file',
				},
				{ binary },
			],
			[
				{
					resource: 'pin',
					operation: 'create',
					board: rl(board.id),
					mediaSource: 'carousel',
					title: 'Carousel',
					carouselImages: {
						images: [
							{ source: 'url', url: 'https://example.com/1.jpg', title: 'one' },
							{ source: 'url', url: 'https://example.com/2.jpg' },
						],
					},
				},
			],
			[{ resource: 'pin', operation: 'get', pin: rl(pin.id), pinMetrics: true }],
			[
				{
					resource: 'pin',
					operation: 'getAll',
					returnAll: false,
					limit: 10,
					filters: {
						creativeTypes: ['REGULAR', 'VIDEO'],
						pinFilter: 'exclude_repins',
						includeProtectedPins: true,
					},
				},
			],
			[
				{
					resource: 'pin',
					operation: 'update',
					pin: rl(pin.id),
					updateFields: { title: 'Updated', altText: 'alt' },
				},
			],
			[{ resource: 'pin', operation: 'save', pin: rl(pin.id), board: rl(other.id) }],
			[
				{
					resource: 'pin',
					operation: 'getAnalytics',
					pin: rl(pin.id),
					dateRange: 'last14Days',
					metricTypes: ['IMPRESSION', 'SAVE'],
				},
			],
			[{ resource: 'media', operation: 'getAll', returnAll: true }],
			[{ resource: 'follow', operation: 'getFollowers', returnAll: true }],
			[
				{
					resource: 'follow',
					operation: 'getFollowingUsers',
					returnAll: false,
					limit: 5,
					filters: { feed_type: 'ALL', explicit_following: true },
				},
			],
			[{ resource: 'follow', operation: 'getFollowingBoards', returnAll: false, limit: 5 }],
			[{ resource: 'follow', operation: 'getFollowedInterests', username: '', returnAll: true }],
			[{ resource: 'follow', operation: 'followUser', username: 'someone_nice' }],
			[{ resource: 'search', operation: 'searchPins', query: 'recipe', returnAll: true }],
			[{ resource: 'search', operation: 'searchBoards', query: 'contract', returnAll: true }],
			[
				{
					resource: 'search',
					operation: 'searchPartnerPins',
					term: 'cake',
					countryCode: 'US',
					returnAll: false,
					limit: 60,
				},
			],
			...trendRuns(),
			...termRuns(),
			[{ resource: 'adAccount', operation: 'getAll', returnAll: true }],
			[{ resource: 'adAccount', operation: 'get', adAccount: rl(seeded.account.id) }],
			[
				{
					resource: 'campaign',
					operation: 'getAll',
					adAccount: rl(seeded.account.id),
					returnAll: true,
				},
			],
			[
				{
					resource: 'campaign',
					operation: 'updateStatus',
					adAccount: rl(seeded.account.id),
					campaign: rl(seeded.campaigns[0].id),
					status: 'PAUSED',
				},
			],
			[
				{
					resource: 'adGroup',
					operation: 'getAll',
					adAccount: rl(seeded.account.id),
					returnAll: true,
				},
			],
			[{ resource: 'ad', operation: 'getAll', adAccount: rl(seeded.account.id), returnAll: true }],
			[{ resource: 'catalog', operation: 'getAll', returnAll: true }],
			[
				{
					resource: 'catalog',
					operation: 'getFeeds',
					returnAll: true,
					options: { catalogId: seeded.catalog.id },
				},
			],
			[
				{
					resource: 'catalog',
					operation: 'getProductGroups',
					returnAll: true,
					options: { catalogId: seeded.catalog.id },
				},
			],
			[{ resource: 'catalog', operation: 'ingestFeed', feed: rl(seeded.feed.id) }],
			...reportRuns(seeded.account.id),
			...leadRuns(seeded.account.id, leadForm.id, subscription.id),
			[{ resource: 'pin', operation: 'delete', pin: rl(pin.id) }],
			[
				{
					resource: 'boardSection',
					operation: 'delete',
					board: rl(board.id),
					section: rl(section.id),
				},
			],
			[{ resource: 'board', operation: 'delete', board: rl(other.id) }],
		];

		const failures: string[] = [];
		for (const [parameters, item] of runs) {
			const { error, items } = await runNode(
				{ authentication: 'accessToken', ...parameters },
				{
					credentials,
					input: item?.inputs
						? item.inputs.map((json) => ({ json }))
						: [{ json: {}, ...(item?.binary ? { binary: item.binary } : {}) }],
					typeVersion: item?.typeVersion,
				},
			);
			const failed = error ?? items.find((i) => i.error)?.error;
			if (failed)
				failures.push(
					`${String(parameters.resource)}.${String(parameters.operation)}: ${failed.message}`,
				);
		}
		expect(failures).toEqual([]);

		const apiRequests = sim.requests.filter(
			(r) => r.path.startsWith('/v5/') && r.path !== '/v5/oauth/token',
		);
		const invalid: string[] = [];
		const operations = new Set<string>();
		for (const request of apiRequests) {
			const result = openapi.validateRequest({
				method: request.method,
				path: request.path.slice(3),
				query: request.query,
				body: request.body,
			});
			operations.add(result.operationId);
			if (!result.valid)
				invalid.push(`${request.method} ${request.path}: ${result.errors.join('; ')}`);
		}
		expect(invalid).toEqual([]);
		log(
			`node request contract: ${apiRequests.length} requests, ${operations.size} operations, all valid`,
		);
		expect(operations.size).toBeGreaterThanOrEqual(40);
	});
});
