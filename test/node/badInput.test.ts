/**
 * The bad-input catalogue (README → "Errors & limits"). Every row runs three items through the
 * real node (n8n-core WorkflowExecute → RoutingNode) against the simulator, with Continue On
 * Fail: a good item, the bad one, another good item. The bad item must become an error paired
 * with it that names the field, no request may be sent for it, and both good items succeed.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';
import { poll, triggerState, triggerWorkflow } from '../trigger/pollHarness';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_catalogue1';
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

interface Ids {
	board: string;
	section: string;
	pin: string;
	media: string;
}

const id = (value: string) => ({ __rl: true, mode: 'id', value });
const fromItem = { __rl: true, mode: 'id', value: '={{ $json.v }}' };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

interface Row {
	name: string;
	/** Node parameters; `={{ $json.v }}` takes the item's value. */
	params: (ids: Ids) => IDataObject;
	good: (ids: Ids) => unknown;
	bad: unknown;
	/** What the error message must say (it names the field). */
	error: RegExp;
	/** Binary data for every item (binary cases). */
	binary?: (value: unknown) => INodeExecutionData['binary'];
	/** The request the good items make: [method, path prefix]. */
	request: [string, string | ((ids: Ids) => string)];
	/** How many such requests the two good items make together (2 unless a URL is looked up). */
	count?: number;
}

const pinCreate = (ids: Ids, extra: IDataObject = {}): IDataObject => ({
	resource: 'pin',
	operation: 'create',
	board: id(ids.board),
	mediaSource: 'imageUrl',
	imageUrl: 'https://example.com/a.jpg',
	title: 'A pin',
	...extra,
});
const analytics = (extra: IDataObject): IDataObject => ({
	resource: 'account',
	operation: 'getAnalytics',
	dateRange: 'custom',
	startDate: daysAgo(10),
	endDate: daysAgo(3),
	...extra,
});
const binaryOf = (mimeType: string, bytes: Buffer) => () => ({
	data: { data: bytes.toString('base64'), mimeType, fileName: 'f' },
});

const rows: Row[] = [
	// Board
	{
		name: 'board ID with letters',
		params: () => ({ resource: 'board', operation: 'get', board: fromItem }),
		good: (i) => i.board,
		bad: 'abc',
		error: /^Board must contain digits only$/,
		request: ['GET', '/v5/boards/'],
	},
	{
		name: 'board ID that is null',
		params: () => ({ resource: 'board', operation: 'get', board: fromItem }),
		good: (i) => i.board,
		bad: null,
		error: /^Board is empty$/,
		request: ['GET', '/v5/boards/'],
	},
	{
		name: 'board ID that is an empty string',
		params: () => ({ resource: 'board', operation: 'get', board: fromItem }),
		good: (i) => i.board,
		bad: '',
		error: /^Board is empty$/,
		request: ['GET', '/v5/boards/'],
	},
	{
		name: 'board ID as a number beyond 2^53',
		params: () => ({ resource: 'board', operation: 'get', board: fromItem }),
		good: (i) => i.board,
		bad: Number('12345678901234567890'),
		error: /^Board must be a string of digits$/,
		request: ['GET', '/v5/boards/'],
	},
	{
		name: 'negative board ID',
		params: () => ({
			resource: 'board',
			operation: 'getPins',
			board: fromItem,
			returnAll: false,
			limit: 5,
		}),
		good: (i) => i.board,
		bad: '-5',
		error: /^Board must contain digits only$/,
		request: ['GET', '/v5/boards/'],
	},
	{
		name: 'board ID with a decimal point',
		params: () => ({ resource: 'board', operation: 'delete', board: fromItem }),
		good: () => '__fresh_board__',
		bad: '12.5',
		error: /^Board must contain digits only$/,
		request: ['DELETE', '/v5/boards/'],
	},
	{
		name: 'board URL of another site',
		params: () => ({
			resource: 'board',
			operation: 'get',
			board: { __rl: true, mode: 'url', value: '={{ $json.v }}' },
		}),
		good: () => 'https://www.pinterest.com/demo_user/catalogue-board/',
		bad: 'https://example.com/demo_user/board/',
		error: /^Board is not a Pinterest board URL$/,
		request: ['GET', '/v5/boards'],
		count: 4,
	},
	{
		name: 'board name empty',
		params: () => ({ resource: 'board', operation: 'create', name: '={{ $json.v }}' }),
		good: () => 'New board',
		bad: '',
		error: /^Name is empty$/,
		request: ['POST', '/v5/boards'],
	},
	{
		name: 'board name from an expression resolving to null',
		params: () => ({ resource: 'board', operation: 'create', name: '={{ $json.v }}' }),
		good: () => 'Another board',
		bad: null,
		error: /^Name is empty$/,
		request: ['POST', '/v5/boards'],
	},
	{
		name: 'board rename to blanks',
		params: (i) => ({
			resource: 'board',
			operation: 'update',
			board: id(i.board),
			updateFields: { name: '={{ $json.v }}' },
		}),
		good: () => 'Renamed',
		bad: '   ',
		error: /^Name is empty$/,
		request: ['PATCH', (i) => `/v5/boards/${i.board}`],
	},
	// Board section
	{
		name: 'section name over 180 characters',
		params: (i) => ({
			resource: 'boardSection',
			operation: 'create',
			board: id(i.board),
			name: '={{ $json.v }}',
		}),
		good: () => 'Section',
		bad: 'x'.repeat(181),
		error: /^Name is too long \(181 characters\)$/,
		request: ['POST', (i) => `/v5/boards/${i.board}/sections`],
	},
	{
		name: 'section name empty',
		params: (i) => ({
			resource: 'boardSection',
			operation: 'create',
			board: id(i.board),
			name: '={{ $json.v }}',
		}),
		good: () => 'Section 2',
		bad: '',
		error: /^Name is empty$/,
		request: ['POST', (i) => `/v5/boards/${i.board}/sections`],
	},
	{
		name: 'section ID with letters',
		params: (i) => ({
			resource: 'boardSection',
			operation: 'getPins',
			board: id(i.board),
			section: fromItem,
			returnAll: false,
			limit: 5,
		}),
		good: (i) => i.section,
		bad: 'x1',
		error: /^Board Section must contain digits only$/,
		request: ['GET', (i) => `/v5/boards/${i.board}/sections/`],
	},
	{
		name: 'section URL of another site',
		params: (i) => ({
			resource: 'boardSection',
			operation: 'getPins',
			board: id(i.board),
			section: { __rl: true, mode: 'url', value: '={{ $json.v }}' },
			returnAll: false,
			limit: 5,
		}),
		good: () => 'https://www.pinterest.com/demo_user/catalogue-board/catalogue-section/',
		bad: 'https://example.com/a/b/c/',
		error: /^Board Section is not a Pinterest board section URL$/,
		request: ['GET', (i) => `/v5/boards/${i.board}/sections`],
		count: 4,
	},
	// Pin → Create
	{
		name: 'pin title of 101 characters',
		params: (i) => pinCreate(i, { title: '={{ $json.v }}' }),
		good: () => 'T',
		bad: 't'.repeat(101),
		error: /Title/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin description of 801 characters',
		params: (i) => pinCreate(i, { additionalFields: { description: '={{ $json.v }}' } }),
		good: () => 'd',
		bad: 'd'.repeat(801),
		error: /Description/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin alt text of 501 characters',
		params: (i) => pinCreate(i, { additionalFields: { altText: '={{ $json.v }}' } }),
		good: () => 'alt',
		bad: 'a'.repeat(501),
		error: /Alt Text/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link of 2,049 characters',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'https://example.com/x',
		bad: 'https://example.com/' + 'p'.repeat(2029),
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link with an ftp scheme',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'https://example.com/y',
		bad: 'ftp://example.com/file',
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link that is not a URL',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'http://example.com/z',
		bad: 'see my blog',
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'dominant color by name',
		params: (i) => pinCreate(i, { additionalFields: { dominantColor: '={{ $json.v }}' } }),
		good: () => '#6E7874',
		bad: 'red',
		error: /Dominant Color/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'image URL that is not a URL',
		params: (i) => pinCreate(i, { imageUrl: '={{ $json.v }}' }),
		good: () => 'https://example.com/b.png',
		bad: 'image.png',
		error: /Image URL/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'image URL that is empty',
		params: (i) => pinCreate(i, { imageUrl: '={{ $json.v }}' }),
		good: () => 'https://example.com/c.png',
		bad: '',
		error: /Image URL/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin board ID with letters',
		params: (i) => pinCreate(i, { board: fromItem }),
		good: (i) => i.board,
		bad: 'board-1',
		error: /^Board must contain digits only$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin section ID with letters',
		params: (i) => pinCreate(i, { section: fromItem }),
		good: (i) => i.section,
		bad: 's-1',
		error: /Section/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'binary property that the item lacks',
		params: (i) =>
			pinCreate(i, { mediaSource: 'imageBinary', binaryPropertyName: '={{ $json.v }}' }),
		good: () => 'data',
		bad: 'photo',
		binary: binaryOf('image/png', PNG),
		error: /photo/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'binary property name empty',
		params: (i) =>
			pinCreate(i, { mediaSource: 'imageBinary', binaryPropertyName: '={{ $json.v }}' }),
		good: () => 'data',
		bad: '',
		binary: binaryOf('image/png', PNG),
		error: /^Input Binary Field is empty$/,
		request: ['POST', '/v5/pins'],
	},
	// Pin → Get / Update / Delete / Save / Get Analytics
	{
		name: 'pin ID with letters',
		params: () => ({ resource: 'pin', operation: 'get', pin: fromItem }),
		good: (i) => i.pin,
		bad: 'abc',
		error: /^Pin must contain digits only$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin ID as a number beyond 2^53',
		params: () => ({ resource: 'pin', operation: 'get', pin: fromItem }),
		good: (i) => i.pin,
		bad: Number('98765432109876543210'),
		error: /^Pin must be a string of digits$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin URL without a pin ID',
		params: () => ({
			resource: 'pin',
			operation: 'get',
			pin: { __rl: true, mode: 'url', value: '={{ $json.v }}' },
		}),
		good: (i) => `https://www.pinterest.com/pin/${i.pin}/`,
		bad: 'https://www.pinterest.com/pin/abc/',
		error: /^Pin is not a Pinterest pin URL$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin update with a title of 101 characters',
		params: (i) => ({
			resource: 'pin',
			operation: 'update',
			pin: id(i.pin),
			updateFields: { title: '={{ $json.v }}' },
		}),
		good: () => 'New title',
		bad: 'u'.repeat(101),
		error: /Title/,
		request: ['PATCH', '/v5/pins/'],
	},
	{
		name: 'pin update with a bad link',
		params: (i) => ({
			resource: 'pin',
			operation: 'update',
			pin: id(i.pin),
			updateFields: { link: '={{ $json.v }}' },
		}),
		good: () => 'https://example.com/new',
		bad: 'javascript:alert(1)',
		error: /Link/,
		request: ['PATCH', '/v5/pins/'],
	},
	{
		name: 'pin save to a board ID with letters',
		params: (i) => ({ resource: 'pin', operation: 'save', pin: id(i.pin), board: fromItem }),
		good: (i) => i.board,
		bad: 'my-board',
		error: /^Board must contain digits only$/,
		request: ['POST', '/v5/pins/'],
	},
	{
		name: 'pin analytics with no metric types',
		params: (i) => ({
			resource: 'pin',
			operation: 'getAnalytics',
			pin: id(i.pin),
			metricTypes: '={{ $json.v }}',
		}),
		good: () => ['IMPRESSION'],
		bad: [],
		error: /Metric Types/,
		request: ['GET', '/v5/pins/'],
	},
	// Media
	{
		name: 'media ID with letters',
		params: () => ({ resource: 'media', operation: 'get', mediaId: '={{ $json.v }}' }),
		good: (i) => i.media,
		bad: 'm-1',
		error: /Media ID/,
		request: ['GET', '/v5/media/'],
	},
	// Analytics (account)
	{
		name: 'analytics start date 91 days back',
		params: () => analytics({ startDate: '={{ $json.v }}' }),
		good: () => daysAgo(10),
		bad: daysAgo(91),
		error: /Start Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics end date before the start date',
		params: () => analytics({ endDate: '={{ $json.v }}' }),
		good: () => daysAgo(3),
		bad: daysAgo(20),
		error: /End Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics date that does not parse',
		params: () => analytics({ startDate: '={{ $json.v }}' }),
		good: () => daysAgo(8),
		bad: 'last tuesday',
		error: /Start Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'analytics impossible calendar date',
		params: () => analytics({ endDate: '={{ $json.v }}' }),
		good: () => daysAgo(2),
		bad: '2026-02-30',
		error: /End Date/,
		request: ['GET', '/v5/user_account/analytics'],
	},
	{
		name: 'top pins: 51 pins asked for',
		params: () => ({
			resource: 'account',
			operation: 'getTopPins',
			dateRange: 'last30Days',
			sortBy: 'IMPRESSION',
			numOfPins: '={{ $json.v }}',
		}),
		good: () => 10,
		bad: 51,
		error: /Number of Pins/,
		request: ['GET', '/v5/user_account/analytics/top_pins'],
	},
	// Follow
	{
		name: 'follow user with an empty username',
		params: () => ({ resource: 'follow', operation: 'followUser', username: '={{ $json.v }}' }),
		good: () => 'pin_fan',
		bad: '',
		error: /Username/,
		request: ['POST', '/v5/user_account/following/'],
	},
	{
		name: 'follow user given a numeric ID',
		params: () => ({ resource: 'follow', operation: 'followUser', username: '={{ $json.v }}' }),
		good: () => 'another_fan',
		bad: '1234567',
		error: /Username/,
		request: ['POST', '/v5/user_account/following/'],
	},
	{
		name: 'followed interests of a numeric username',
		params: () => ({
			resource: 'follow',
			operation: 'getFollowedInterests',
			username: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'demo_user',
		bad: '42',
		error: /Username/,
		request: ['GET', '/v5/users/'],
	},
	// Search
	{
		name: 'search my pins with an empty query',
		params: () => ({
			resource: 'search',
			operation: 'searchPins',
			query: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'recipe',
		bad: '',
		error: /Query/,
		request: ['GET', '/v5/search/pins'],
	},
	{
		name: 'partner search with a three-letter country',
		params: () => ({
			resource: 'search',
			operation: 'searchPartnerPins',
			term: 'cake',
			countryCode: '={{ $json.v }}',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'US',
		bad: 'USA',
		error: /Country/,
		request: ['GET', '/v5/search/partner/pins'],
	},
	{
		name: 'partner search with an empty term',
		params: () => ({
			resource: 'search',
			operation: 'searchPartnerPins',
			term: '={{ $json.v }}',
			countryCode: 'US',
			returnAll: false,
			limit: 5,
		}),
		good: () => 'cake',
		bad: '',
		error: /Term/,
		request: ['GET', '/v5/search/partner/pins'],
	},
];

describe('bad-input catalogue', () => {
	let sim: Simulator;
	let ids: Ids;

	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 7, username: 'demo_user' });
		await sim.start(0);
		const board = sim.addBoard({ name: 'Catalogue Board' });
		const section = sim.addSection(board.id, { name: 'Catalogue Section' });
		const pin = sim.addPin({ board_id: board.id, title: 'recipe pin', description: 'a recipe' });
		const media = sim.addMedia({ status: 'succeeded' });
		ids = { board: board.id, section: section.id, pin: pin.id, media: media.media_id };
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('has at least 40 rows', () => {
		expect(rows.length).toBeGreaterThanOrEqual(40);
	});

	it.each(rows.map((row) => [row.name, row]))('%s', async (_name, row) => {
		const good = (() => {
			const value = row.good(ids);
			if (value !== '__fresh_board__') return [value, value];
			return [sim.addBoard({ name: 'Delete me 1' }).id, sim.addBoard({ name: 'Delete me 2' }).id];
		})();
		const values = [good[0], row.bad, good[1]];
		const input = values.map((v) => ({ json: { v } as IDataObject, binary: row.binary?.(v) }));
		const before = sim.requests.length;
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const { items, error } = await runNode(
			{ authentication: 'accessToken', ...row.params(ids) },
			{ credentials, input, continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// One result per input item for these operations (lists are limited to what exists).
		const byItem = (index: number) =>
			items.filter((item) => (item.pairedItem as { item: number }).item === index);
		const bad = byItem(1);
		expect(bad).toHaveLength(1);
		expect(bad[0].json.error).toMatch(row.error);
		expect(String(bad[0].error?.description ?? '')).not.toBe('');
		for (const index of [0, 2]) {
			for (const item of byItem(index))
				expect([index, item.json.error]).toEqual([index, undefined]);
		}
		// No request for the bad item: the good items' requests are all there is.
		const [method, prefix] = row.request;
		const path = typeof prefix === 'function' ? prefix(ids) : prefix;
		const sent = sim.requests
			.slice(before)
			.filter((r) => r.method === method && r.path.startsWith(path));
		expect(sent).toHaveLength(row.count ?? 2);
	});
});

describe('bad-input catalogue: the trigger', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 8, username: 'demo_user' });
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it.each([
		[
			'board ID with letters',
			{ pinSource: 'board', board: { __rl: true, mode: 'id', value: '={{ "abc" }}' } },
			/^Board must contain digits only$/,
		],
		[
			'board ID from an expression resolving to null',
			{ pinSource: 'board', board: { __rl: true, mode: 'id', value: '={{ null }}' } },
			/^Board is empty$/,
		],
		[
			'board URL of another site',
			{ pinSource: 'board', board: { __rl: true, mode: 'url', value: 'https://example.com/a/b/' } },
			/^Board is not a Pinterest board URL$/,
		],
		[
			'section ID with letters',
			{
				pinSource: 'section',
				board: { __rl: true, mode: 'id', value: '123' },
				section: { __rl: true, mode: 'id', value: '={{ "s1" }}' },
			},
			/^Board Section must contain digits only$/,
		],
	])('%s fails the poll before any request and keeps the state', async (_name, params, message) => {
		const parameters = { authentication: 'accessToken', event: 'newPin', ...params };
		const workflow = await triggerWorkflow(parameters);
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const before = sim.requests.length;
		await expect(poll(workflow, credentials)).rejects.toThrow(message);
		expect(sim.requests.length).toBe(before);
		expect(triggerState(workflow)).toBeUndefined();
	});
});
