/**
 * The output schemas we ship (nodes/Pinterest/__schema__/, made by npm run schemas) cannot lie:
 * every operation of both node versions and every trigger event has one, the build copies them
 * where n8n looks (dist/nodes/Pinterest/__schema__/), and the items real runs produce (through
 * n8n-core against the simulator) match them both ways: no item with a property its schema does
 * not declare or without one it requires, and no declared property that no run ever output,
 * unless the schema marks it optional with a reason. Needs no OpenAPI file: the schemas are
 * committed.
 */
import nock from 'nock';
import type { IDataObject, INode, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import type { ContractFixtures, ContractRun } from '../contract/nodeRequests/runs';
import { contractRuns, seedLeads } from '../contract/nodeRequests/runs';
import { builtModule, makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import {
	OutputChecker,
	SCHEMA_DIR,
	padVersion,
	readSchema,
	schemaFiles,
	structureProblems,
} from '../helpers/outputSchemas';
import { fs, log, path, repoRoot, spawnNode, warn } from '../helpers/system';
import { runManual } from '../trigger/pollHarness';
import * as openapi from '../../tools/simulator/openapi';
import type { Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import type { AdsSimulator } from '../../tools/simulator/routes/ads';
import { openapiSkipNote } from '../helpers/openapiNote';

const TOKEN = 'pina_schemas01';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * Operations no run here reaches, with the reason. The test fails when one of them does run (the
 * entry is then stale) and when any other operation is not run.
 */
const NOT_RUN: Record<string, string> = {};

/**
 * Operations the simulator does not serve run against nock, with these answers (Pinterest's
 * field names and types; when the OpenAPI file is there, the last test checks them against it).
 */
const NOCK_BASE = 'http://pinterest.test/v5';
const ACCOUNT = '549755885175';
const DAY = '2026-12-01';
const NOCK_ANSWERS: Array<[string, unknown]> = [
	[
		`/ad_accounts/${ACCOUNT}/analytics`,
		[{ AD_ACCOUNT_ID: ACCOUNT, DATE: DAY, SPEND_IN_DOLLAR: 12.5, TOTAL_CLICKTHROUGH: 4 }],
	],
	[
		`/ad_accounts/${ACCOUNT}/campaigns/analytics`,
		[{ CAMPAIGN_ID: '11', DATE: DAY, SPEND_IN_DOLLAR: 2.5, TOTAL_CLICKTHROUGH: 1 }],
	],
	[
		`/ad_accounts/${ACCOUNT}/ad_groups/analytics`,
		[{ AD_GROUP_ID: '21', DATE: DAY, SPEND_IN_DOLLAR: 1, TOTAL_CLICKTHROUGH: 0 }],
	],
	[
		`/ad_accounts/${ACCOUNT}/ads/analytics`,
		[{ AD_ID: '31', DATE: DAY, SPEND_IN_DOLLAR: 0.5, TOTAL_CLICKTHROUGH: 2 }],
	],
	[
		`/ad_accounts/${ACCOUNT}/audiences/41`,
		{ id: '41', ad_account_id: ACCOUNT, name: 'Visitors', audience_type: 'VISITOR', size: 1200 },
	],
	[
		`/ad_accounts/${ACCOUNT}/audiences`,
		{ items: [{ id: '41', ad_account_id: ACCOUNT, name: 'Visitors' }], bookmark: null },
	],
	[
		`/ad_accounts/${ACCOUNT}/conversion_tags/61`,
		{ id: '61', ad_account_id: ACCOUNT, name: 'Tag', status: 'ACTIVE' },
	],
	[
		`/ad_accounts/${ACCOUNT}/conversion_tags`,
		{ items: [{ id: '61', ad_account_id: ACCOUNT, name: 'Tag', status: 'ACTIVE' }] },
	],
	[
		`/ad_accounts/${ACCOUNT}/customer_lists/71`,
		{ id: '71', ad_account_id: ACCOUNT, name: 'Buyers', status: 'READY', type: 'customerlist' },
	],
	[
		`/ad_accounts/${ACCOUNT}/customer_lists`,
		{ items: [{ id: '71', ad_account_id: ACCOUNT, name: 'Buyers' }], bookmark: null },
	],
	[
		`/ad_accounts/${ACCOUNT}/keywords`,
		{ items: [{ id: '51', value: 'shoes', match_type: 'EXACT', bid: 100000 }], bookmark: null },
	],
	[
		'/catalogs/product_groups/8/products',
		{
			items: [
				{
					catalog_type: 'RETAIL',
					metadata: {
						item_id: 'sku-1',
						item_group_id: 'shoes',
						title: 'Shoe',
						link: 'https://example.com/shoe',
						availability: 'IN_STOCK',
						price: 49.9,
						sale_price: 39.9,
						currency: 'USD',
					},
					pin: { id: '99' },
				},
			],
			bookmark: null,
		},
	],
];

function nockRuns(): ContractRun[] {
	const account = rl(ACCOUNT);
	const analytics = { adAccount: account, dateRange: 'last7Days', granularity: 'DAY' };
	const columns = ['SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'];
	return [
		[{ resource: 'adAccount', operation: 'getAnalytics', ...analytics, columns }],
		[{ resource: 'campaign', operation: 'getAnalytics', ...analytics, campaignIds: '11', columns }],
		[{ resource: 'adGroup', operation: 'getAnalytics', ...analytics, adGroupIds: '21', columns }],
		[{ resource: 'ad', operation: 'getAnalytics', ...analytics, adIds: '31', columns }],
		[{ resource: 'audience', operation: 'get', adAccount: account, audienceId: '41' }],
		[{ resource: 'audience', operation: 'getAll', adAccount: account, returnAll: true }],
		[{ resource: 'conversionTag', operation: 'get', adAccount: account, conversionTagId: '61' }],
		[{ resource: 'conversionTag', operation: 'getAll', adAccount: account }],
		[{ resource: 'customerList', operation: 'get', adAccount: account, customerListId: '71' }],
		[{ resource: 'customerList', operation: 'getAll', adAccount: account, returnAll: true }],
		[{ resource: 'keyword', operation: 'getAll', adAccount: account, returnAll: true }],
		[{ resource: 'catalog', operation: 'getProducts', productGroup: rl('8'), returnAll: true }],
	];
}

interface Description {
	description: INodeTypeDescription;
}

/** Whether n8n shows a property for a resource in a node version (its @version rule included). */
function shownFor(
	property: INodeProperties,
	resource: string,
	version: number,
	description: INodeTypeDescription,
): boolean {
	return NodeHelpers.displayParameter(
		{ resource },
		property,
		{ typeVersion: version } as INode,
		description,
	);
}

/**
 * "v1.0.0/pin/get.json" for every operation of every version of the action node: the operations
 * of the Operation menu n8n shows for the resource in that version (Follow → Get Followed
 * Interests is in versions 1 and 1.1 only).
 */
async function actionFiles(): Promise<string[]> {
	const { Pinterest } = await builtModule<{ Pinterest: new () => Description }>(
		'nodes/Pinterest/Pinterest.node.js',
	);
	const { description } = new Pinterest();
	const versions = ([] as number[]).concat(description.version);
	const resources = description.properties.find((p) => p.name === 'resource')?.options ?? [];
	const files: string[] = [];
	for (const version of versions) {
		for (const resource of resources as Array<{ value: string }>) {
			for (const property of description.properties) {
				if (property.name !== 'operation') continue;
				if (!shownFor(property, resource.value, version, description)) continue;
				for (const option of (property.options ?? []) as Array<{ value: string }>) {
					files.push(`v${padVersion(version)}/${resource.value}/${option.value}.json`);
				}
			}
		}
	}
	return files;
}

/** "v1.0.0/trigger/newPin.json" for every event of every version of the trigger. */
async function triggerFiles(): Promise<string[]> {
	const { PinterestTrigger } = await builtModule<{ PinterestTrigger: new () => Description }>(
		'nodes/Pinterest/PinterestTrigger.node.js',
	);
	const { description } = new PinterestTrigger();
	const events = description.properties.find((p) => p.name === 'event')?.options ?? [];
	return ([] as number[])
		.concat(description.version)
		.flatMap((version) =>
			(events as Array<{ value: string }>).map(
				(event) => `v${padVersion(version)}/trigger/${event.value}.json`,
			),
		);
}

/** Simulator records for one pass of the runs (a pass deletes some of them). */
function fixtures(sim: Simulator, ads: AdsSimulator): ContractFixtures & { extra: ContractRun[] } {
	const board = sim.addBoard({ name: 'Contract board' });
	const other = sim.addBoard({ name: 'Second board' });
	const section = sim.addSection(board.id, { name: 'Schema section' });
	const pin = sim.addPin({
		board_id: board.id,
		title: 'schema recipe',
		description: 'a recipe',
		link: 'https://example.com/recipe',
	});
	const other2 = sim.addPin({ board_id: board.id, title: 'second recipe' });
	sim.addPin({ board_id: board.id, board_section_id: section.id, title: 'in the section' });
	sim.addPin({ board_id: board.id, title: 'a video', creative_type: 'VIDEO' });
	sim.addFollowingBoard({ name: 'Followed board' });
	sim.addFollower('follower_one');
	sim.addWebsite('shop.example.com');
	sim.addLinkedBusiness('acme_store');
	const media = sim.addMedia({ status: 'succeeded' });
	const seeded = ads.seed();
	const binary = { data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' } };
	const account = rl(seeded.account.id);
	const extra: ContractRun[] = [
		// Simplify in the setting that is not the version's default, and Output modes.
		...['get', 'getAll'].map(
			(operation): ContractRun => [
				{ resource: 'pin', operation, pin: rl(pin.id), limit: 2, simplify: true },
			],
		),
		...['get', 'getAll'].map(
			(operation): ContractRun => [
				{ resource: 'pin', operation, pin: rl(pin.id), limit: 2, simplify: false },
			],
		),
		...[true, false].flatMap((simplify): ContractRun[] => [
			[{ resource: 'board', operation: 'getPins', board: rl(board.id), limit: 2, simplify }],
			[
				{
					resource: 'boardSection',
					operation: 'getPins',
					board: rl(board.id),
					section: rl(section.id),
					limit: 2,
					simplify,
				},
			],
		]),
		// Skip If Already Pinned finds the seeded pin by its link: the item is marked skipped.
		[
			{
				resource: 'pin',
				operation: 'create',
				board: rl(board.id),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/recipe.jpg',
				title: 'again',
				additionalFields: { link: 'https://example.com/recipe' },
				options: { skipIfAlreadyPinned: true },
			},
		],
		...['summary', 'raw'].map(
			(output): ContractRun => [
				{
					resource: 'account',
					operation: 'getAnalytics',
					dateRange: 'last7Days',
					metricTypes: ['IMPRESSION'],
					output,
				},
			],
		),
		...['summary', 'raw'].map(
			(output): ContractRun => [
				{
					resource: 'pin',
					operation: 'getAnalytics',
					pin: rl(pin.id),
					dateRange: 'last7Days',
					metricTypes: ['IMPRESSION', 'SAVE'],
					output,
				},
			],
		),
		[{ resource: 'account', operation: 'getTopPins', dateRange: 'last7Days', output: 'raw' }],
		[{ resource: 'account', operation: 'getWebsites', returnAll: true }],
		[{ resource: 'account', operation: 'getWebsiteVerificationCode' }],
		[{ resource: 'account', operation: 'verifyWebsite', website: 'blog.example.com' }],
		[{ resource: 'account', operation: 'unverifyWebsite', website: 'shop.example.com' }],
		[{ resource: 'account', operation: 'getLinkedBusinesses' }],
		[{ resource: 'media', operation: 'get', mediaId: media.media_id }],
		[{ resource: 'ad', operation: 'get', adAccount: account, ad: rl(seeded.ad.id) }],
		[
			{
				resource: 'ad',
				operation: 'updateStatus',
				adAccount: account,
				ad: rl(seeded.ad.id),
				status: 'PAUSED',
			},
		],
		[{ resource: 'adGroup', operation: 'get', adAccount: account, adGroup: rl(seeded.adGroup.id) }],
		[
			{
				resource: 'adGroup',
				operation: 'updateStatus',
				adAccount: account,
				adGroup: rl(seeded.adGroup.id),
				status: 'PAUSED',
			},
		],
		[
			{
				resource: 'campaign',
				operation: 'get',
				adAccount: account,
				campaign: rl(seeded.campaigns[0].id),
			},
		],
		[{ resource: 'catalog', operation: 'create', name: 'Hotels', catalogType: 'HOTEL' }],
		[
			{
				resource: 'catalog',
				operation: 'getFeedProcessingResults',
				feed: rl(seeded.feed.id),
				returnAll: true,
			},
		],
		[
			{
				resource: 'feed',
				operation: 'create',
				catalogType: 'RETAIL',
				name: 'Main feed',
				format: 'XML',
				location: 'https://example.com/products.xml',
				defaultCountry: 'US',
				defaultLocale: 'en-US',
			},
		],
		[{ resource: 'feed', operation: 'get', feed: rl(seeded.feed.id) }],
		[
			{
				resource: 'feed',
				operation: 'update',
				feed: rl(seeded.feed.id),
				updateFields: { name: 'Renamed feed' },
			},
		],
		[
			{
				resource: 'productGroup',
				operation: 'create',
				name: 'Shoes',
				feed: rl(seeded.feed.id),
				filtersJson: '[{"PRODUCT_TYPE_0": {"values": [["shoes"]]}}]',
			},
		],
		[{ resource: 'productGroup', operation: 'get', productGroup: rl(seeded.productGroup.id) }],
		[
			{
				resource: 'productGroup',
				operation: 'update',
				productGroup: rl(seeded.productGroup.id),
				updateFields: { name: 'Renamed group' },
			},
		],
		...['rows', 'file'].map(
			(output): ContractRun => [
				{
					resource: 'report',
					operation: 'create',
					adAccount: account,
					level: 'CAMPAIGN',
					dateRange: 'last7Days',
					granularity: 'DAY',
					columns: ['CAMPAIGN_ID', 'SPEND_IN_DOLLAR'],
					output,
					waitOptions: { pollInterval: 0 },
				},
				{ typeVersion: 1.1 },
			],
		),
		// Version 1's Columns is a text field; Get Status reads the token the run before made.
		[
			{
				resource: 'report',
				operation: 'create',
				adAccount: account,
				level: 'CAMPAIGN',
				dateRange: 'last7Days',
				granularity: 'DAY',
				columns: 'CAMPAIGN_ID,SPEND_IN_DOLLAR',
				output: 'file',
				waitOptions: { pollInterval: 0 },
			},
			{ typeVersion: 1 },
		],
		[
			{
				resource: 'report',
				operation: 'create',
				adAccount: account,
				level: 'CAMPAIGN',
				dateRange: 'last7Days',
				granularity: 'DAY',
				columns: 'CAMPAIGN_ID,SPEND_IN_DOLLAR',
				waitOptions: { pollInterval: 0 },
			},
			{ typeVersion: 1 },
		],
		...['status', 'rows', 'file'].flatMap((output): ContractRun[] => [
			[
				{
					resource: 'report',
					operation: 'create',
					adAccount: account,
					level: 'CAMPAIGN',
					dateRange: 'last7Days',
					granularity: 'DAY',
					columns: 'CAMPAIGN_ID,SPEND_IN_DOLLAR',
					output: 'token',
				},
				{ typeVersion: 1 },
			],
			[
				{
					resource: 'report',
					operation: 'create',
					adAccount: account,
					level: 'CAMPAIGN',
					dateRange: 'last7Days',
					granularity: 'DAY',
					columns: ['CAMPAIGN_ID', 'SPEND_IN_DOLLAR'],
					output: 'token',
				},
				{ typeVersion: 1.1 },
			],
			[
				{
					resource: 'report',
					operation: 'getStatus',
					adAccount: account,
					token: '={{ $json.token }}',
					output,
				},
			],
		]),
		[{ resource: 'productGroup', operation: 'delete', productGroup: rl(seeded.productGroup.id) }],
		[{ resource: 'feed', operation: 'delete', feed: rl(seeded.feed.id) }],
	];
	const leads = seedLeads(ads, seeded.account.id);
	return { sim, board, other, section, pin, other2, seeded, binary, leads, extra };
}

describe('the shipped output schemas', () => {
	it('exist for every operation of every node version and every trigger event, and nothing else', async () => {
		const expected = [...(await actionFiles()), ...(await triggerFiles())].sort();
		const shipped = schemaFiles();
		expect(expected.filter((file) => !shipped.includes(file))).toEqual([]);
		expect(shipped.filter((file) => !expected.includes(file))).toEqual([]);
		expect(expected.length).toBeGreaterThan(150);
	});

	it('are JSON Schema the editor can show, with every variant closed and every property accounted for', () => {
		const problems = schemaFiles().flatMap((file) => structureProblems(file, readSchema(file)));
		expect(problems).toEqual([]);
	});

	it('are copied by the build, byte for byte, next to the node files in dist/', () => {
		const dist = path.join(repoRoot, 'dist', 'nodes', 'Pinterest', '__schema__');
		const differ = schemaFiles().filter((file) => {
			const built = path.join(dist, file);
			return (
				!fs.existsSync(built) ||
				fs.readFileSync(built, 'utf8') !== fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')
			);
		});
		expect(differ).toEqual([]);
	});

	it('match, both ways, what every operation and trigger event outputs', async () => {
		const checker = new OutputChecker();
		const failures: string[] = [];
		/** Runs one operation and checks its items against its schema; a failed run is a failure. */
		const runAndCheck = async (
			parameters: IDataObject,
			options: Parameters<typeof runNode>[1] & { typeVersion: number },
			label: string,
		) => {
			const { error, items } = await runNode(
				{ authentication: 'accessToken', ...parameters },
				options,
			);
			const failed = error ?? items.find((i) => i.error)?.error;
			if (failed) {
				failures.push(`${label}: ${failed.message}`);
				return undefined;
			}
			checker.check(
				`v${padVersion(options.typeVersion)}/${String(parameters.resource)}/${String(parameters.operation)}.json`,
				items.map((i) => i.json),
				label,
			);
			return items;
		};
		for (const version of [1, 1.1, 1.2]) {
			const sim = createSimulator({
				accessTokens: [TOKEN],
				seed: 7,
				username: 'demo_user',
				mediaProcessingPolls: 1,
			});
			const ads = installAds(sim, { accessTokens: [TOKEN], reportPolls: 1, deliverLeads: false });
			await sim.start(0);
			try {
				const credentials = await makeCredentials({
					pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
				});
				const f = fixtures(sim, ads);
				const all = contractRuns(f);
				// Deletes last: the extra runs read what they delete.
				const firstDelete = all.findIndex(([p]) => p.operation === 'delete');
				const runs = [...all.slice(0, firstDelete), ...f.extra, ...all.slice(firstDelete)];
				let lastJson: IDataObject = {};
				for (const [parameters, item] of runs) {
					// a run pinned to version 1 is for version 1 only; one pinned to 1.1, for 1.1 and later
					const pinned = item?.typeVersion;
					if (pinned !== undefined && (pinned === 1 ? version !== 1 : version < pinned)) continue;
					// an operation a later version no longer has (Follow → Get Followed Interests)
					if (item?.lastVersion !== undefined && version > item.lastVersion) continue;
					const typeVersion = version;
					const label = `v${typeVersion} ${String(parameters.resource)}.${String(parameters.operation)}`;
					const items = await runAndCheck(
						parameters,
						{
							credentials,
							input: item?.inputs
								? item.inputs.map((json) => ({ json }))
								: [{ json: lastJson, ...(item?.binary ? { binary: item.binary } : {}) }],
							typeVersion,
						},
						label,
					);
					// The next run may read it (Get Status reads the token of a Create before it).
					if (items) lastJson = items[0]?.json ?? {};
				}
				// 1.2: Trending Keywords with Include Time Series on (off by default)
				if (version >= 1.2) {
					await runAndCheck(
						{
							resource: 'trend',
							operation: 'getTrendingKeywords',
							options: { includeTimeSeries: true },
						},
						{ credentials, typeVersion: version },
						`v${version} trend.getTrendingKeywords (time series on)`,
					);
				}
				// Every write applied, then answered 500: the executor finds what it made (recovered).
				sim.setFaults({ rate500AfterWrite: 1 });
				const recoverable: IDataObject[] = [
					{ resource: 'board', operation: 'create', name: 'Made once' },
					{ resource: 'boardSection', operation: 'create', board: rl(f.board.id), name: 'Once' },
					{
						resource: 'pin',
						operation: 'create',
						board: rl(f.board.id),
						mediaSource: 'imageUrl',
						imageUrl: 'https://example.com/once.jpg',
						title: 'made once',
					},
				];
				for (const parameters of recoverable) {
					const label = `v${version} ${String(parameters.resource)}.${String(parameters.operation)} (500 after the write)`;
					await runAndCheck(parameters, { credentials, typeVersion: version }, label);
				}
				sim.setFaults({ rate500AfterWrite: 0 });
				// Trigger 1 has Simplify under Options, 1.1 as a top-level toggle
				for (const [triggerVersion, folder] of [
					[1, 'v1.0.0'],
					[1.1, 'v1.1.0'],
				] as const) {
					for (const event of ['newPin', 'newBoard', 'newFollower']) {
						for (const simplify of [true, false]) {
							const { error, items } = await runManual(
								{
									authentication: 'accessToken',
									event,
									...(triggerVersion === 1 ? { options: { simplify } } : { simplify }),
								},
								credentials,
								undefined,
								triggerVersion,
							);
							if (error) failures.push(`trigger ${event}: ${error.message}`);
							else
								checker.check(
									`${folder}/trigger/${event}.json`,
									items.map((i) => i.json),
									`trigger ${triggerVersion} ${event} simplify ${simplify}`,
								);
						}
					}
				}
			} finally {
				await sim.stop();
			}
		}
		// The operations the simulator does not serve, against nock.
		for (const [url, body] of NOCK_ANSWERS) {
			nock(NOCK_BASE)
				.persist()
				.get(url)
				.query(true)
				.reply(200, body as nock.Body);
		}
		try {
			const credentials = await makeCredentials({
				pinterestApi: tokenCredential(NOCK_BASE, TOKEN),
			});
			for (const version of [1, 1.1, 1.2]) {
				for (const [parameters] of nockRuns()) {
					const label = `v${version} ${String(parameters.resource)}.${String(parameters.operation)} (nock)`;
					await runAndCheck(parameters, { credentials, typeVersion: version }, label);
				}
			}
		} finally {
			nock.cleanAll();
		}

		expect({
			failures,
			problems: checker.problems,
			neverSeen: checker.neverSeen(),
		}).toEqual({ failures: [], problems: [], neverSeen: [] });

		// The marks were really output: recovered by every exactly-once create, skipped by Pin → Create.
		const marks = ['v1.0.0', 'v1.1.0', 'v1.2.0'].flatMap((v) => [
			[`${v}/board/create.json`, 'recovered'],
			[`${v}/boardSection/create.json`, 'recovered'],
			[`${v}/pin/create.json`, 'recovered'],
			[`${v}/pin/create.json`, 'skipped'],
		]);
		expect(marks.filter(([file, mark]) => !checker.seenKeys(file).includes(mark))).toEqual([]);

		const all = [...(await actionFiles()), ...(await triggerFiles())];
		const checked = new Set(checker.checkedFiles());
		const notRun = all.filter((file) => !checked.has(file) && !NOT_RUN[file]);
		expect(notRun).toEqual([]);
		expect(Object.keys(NOT_RUN).filter((file) => checked.has(file))).toEqual([]);
		log(
			`output schemas: ${checked.size} of ${all.length} files checked against real output, ${Object.keys(NOT_RUN).length} not run (reasons in the test)`,
		);
	});

	const available = openapi.specAvailable();
	if (!available) warn(openapiSkipNote('output schemas against what npm run schemas makes'));
	(available ? it : it.skip)(
		'are what npm run schemas makes from the OpenAPI file and the built node (skipped without it)',
		async () => {
			const child = spawnNode('scripts/schemas.js', ['--check'], { cwd: repoRoot });
			let output = '';
			child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
			expect({ code, output: output.trim() }).toEqual({
				code: 0,
				output: `${schemaFiles().length} output schemas up to date`,
			});
		},
	);
	(available ? it : it.skip)(
		"runs the nock answers past Pinterest's OpenAPI file (skipped without it)",
		() => {
			const invalid = NOCK_ANSWERS.map(([url, body]) => ({
				url,
				result: openapi.validateResponse({ method: 'GET', path: url }, 200, body),
			}))
				.filter(({ result }) => !result.valid)
				.map(({ url, result }) => `${url}: ${result.errors.join('; ')}`);
			expect(invalid).toEqual([]);
		},
	);
});
