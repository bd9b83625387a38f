/**
 * What got in a new user's way (issue 25), through real n8n-core runs: an OAuth2 credential that
 * was saved but never connected, and input errors that n8n showed with an HTTP section although
 * nothing was sent.
 */
import nock from 'nock';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { NODE_TYPE, loadPackage, makeCredentials, runNode } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
import { BASE, BOARD, PIN, apiPin, capture, create, credentials, rl } from './pin/fixtures';

// Saved from the credential form, "Connect my account" never clicked: no oauthTokenData at all,
// or (n8n keeps what the form had) one without an access token.
const NEVER_CONNECTED = [
	['no token data', {}],
	['token data without an access token', { oauthTokenData: {} }],
] as const;

const unconnected = async (extra: object) =>
	await makeCredentials({
		pinterestOAuth2Api: {
			environment: 'custom',
			customBaseUrl: BASE,
			clientId: 'app-id',
			clientSecret: 'app-secret',
			...extra,
		},
	});

const pinCreate = (extra: Record<string, unknown> = {}) => ({
	...create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg', title: 'Tart' }),
	authentication: 'oAuth2',
	...extra,
});

/** What n8n's error view shows a "From Pinterest" details section for (NodeErrorView). */
function httpSectionOf(error: unknown) {
	const e = error as {
		httpCode?: string | null;
		messages?: string[];
		context?: { data?: unknown };
		extra?: unknown;
	};
	return {
		httpCode: e.httpCode ?? null,
		messages: e.messages ?? [],
		data: e.context?.data,
		extra: e.extra,
	};
}
const NO_HTTP_SECTION = { httpCode: null, messages: [], data: undefined, extra: undefined };

describe('an OAuth2 credential that was never connected', () => {
	useStrictNock();

	it.each(NEVER_CONNECTED)(
		'(%s) fails before any request, naming the credential and Connect my account',
		async (_label, extra) => {
			nock.disableNetConnect();
			const { error, items } = await runNode(pinCreate(), {
				credentials: await unconnected(extra),
			});
			expect(error?.message).toBe('The Pinterest OAuth2 API credential is not connected');
			expect(error?.description).toContain('Open the credential (Pinterest OAuth2 API)');
			expect(error?.description).toContain('"Connect my account"');
			expect(httpSectionOf(error)).toEqual(NO_HTTP_SECTION);
			expect(items).toEqual([]);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it('with Continue On Fail, each item gets the error, paired, and nothing is sent', async () => {
		nock.disableNetConnect();
		const { error, items } = await runNode(pinCreate(), {
			credentials: await unconnected({}),
			continueOnFail: true,
			input: [{ json: { n: 1 } }, { json: { n: 2 } }],
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ error: 'The Pinterest OAuth2 API credential is not connected' }, { item: 0 }],
			[{ error: 'The Pinterest OAuth2 API credential is not connected' }, { item: 1 }],
		]);
	});

	it('a connected OAuth2 credential still sends the pin', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { error } = await runNode(pinCreate(), {
			credentials: await unconnected({
				oauthTokenData: { access_token: 'connected-access-value', token_type: 'bearer' },
			}),
		});
		expect(error).toBeUndefined();
		expect(seen[0].auth).toBe('Bearer connected-access-value');
	});
});

describe('errors: input errors have no HTTP section, Pinterest errors keep theirs', () => {
	useStrictNock();

	it.each([
		['title too long', { title: 'x'.repeat(101) }, 'Title is too long (101 characters)'],
		['board ID not digits', { board: rl("={{ 'my-board' }}") }, 'Board must contain digits only'],
		['bad image URL', { imageUrl: 'not a url' }, 'Image URL is not a valid web address'],
	])('%s: message and description, no HTTP code', async (_label, extra, message) => {
		const { error } = await runNode(
			create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg', ...extra }),
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe(message);
		expect(error?.description).toBeTruthy();
		expect(httpSectionOf(error)).toEqual(NO_HTTP_SECTION);
	});

	it("Pinterest's own error keeps its status, code and answer", async () => {
		nock(BASE).post('/pins').reply(400, { code: 1, message: 'Invalid parameters.' });
		const { error } = await runNode(
			create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg' }),
			{ credentials: await credentials() },
		);
		expect(error?.message).toMatch(/^Pinterest 400 \(code 1\): Invalid parameters\./);
		const section = httpSectionOf(error);
		expect(section.httpCode).toBe('400');
		expect(section.messages.length).toBeGreaterThan(0);
	});
});

describe('a board name typed in By ID', () => {
	const boardOf = async (version: number) => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(NODE_TYPE, version) as INodeType;
		const board = type.description.properties.find(
			(p) =>
				p.name === 'board' && JSON.stringify(p.displayOptions).includes('"operation":["create"]'),
		)!;
		return { type, board };
	};

	it.each([1, 1.1])(
		'v%s: n8n flags it on the field with a text that names By Name and From List',
		async (version) => {
			const { type, board } = await boardOf(version);
			const node = {
				id: 'n',
				name: 'Pinterest',
				type: NODE_TYPE,
				typeVersion: version,
				position: [0, 0] as [number, number],
				parameters: {
					resource: 'pin',
					operation: 'create',
					board: { __rl: true, mode: 'id', value: 'Summer recipes' },
				},
			};
			const issues = NodeHelpers.getNodeParametersIssues(
				type.description.properties,
				node,
				type.description,
			);
			expect(issues?.parameters?.board).toEqual([
				'A board ID has digits only. For a board name, choose By Name or From List.',
			]);
			const idMode = board.modes!.find((m) => m.name === 'id')!;
			expect(idMode.hint).toContain('choose By Name');
		},
	);

	it('from an expression, the run error points to By Name too, with no HTTP section', async () => {
		const { error } = await runNode(
			create({
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				board: rl("={{ 'Summer recipes' }}"),
			}),
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe('Board must contain digits only');
		expect(error?.description).toContain('"By Name" for a board name');
		expect(httpSectionOf(error)).toEqual(NO_HTTP_SECTION);
	});
});

describe('Pin → Create: Title, Link, Skip If Already Pinned', () => {
	useStrictNock();
	const createProps = async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(NODE_TYPE, 1.1) as INodeType;
		return type.description.properties.filter(
			(p) =>
				JSON.stringify(p.displayOptions ?? {}).includes(
					'"operation":["create"],"resource":["pin"]',
				) ||
				(p.displayOptions?.show?.resource?.[0] === 'pin' &&
					p.displayOptions?.show?.operation?.[0] === 'create'),
		);
	};

	it('Title says it is optional; Link is a top-level field right after it', async () => {
		const props = await createProps();
		const names = props.map((p) => p.name);
		const title = props.find((p) => p.name === 'title')!;
		expect(title.hint).toMatch(/Optional/);
		expect(title.description).toMatch(/Pinterest creates a pin without one/);
		expect(names[names.indexOf('title') + 1]).toBe('link');
		expect(props.find((p) => p.name === 'link')!.type).toBe('string');
	});

	it('n8n shows no asterisk: the required fields say Required in their hint, the others Optional', async () => {
		const props = await createProps();
		const hints = Object.fromEntries(
			props
				.filter((p) =>
					[
						'board',
						'section',
						'imageUrl',
						'videoUrl',
						'binaryPropertyName',
						'title',
						'link',
					].includes(p.name),
				)
				.map((p) => [p.name, p.hint]),
		);
		expect(hints).toEqual({
			board: 'Required',
			section: 'Optional',
			imageUrl: 'Required',
			videoUrl: 'Required. The server must answer with a video type and a Content-Length',
			binaryPropertyName: 'Required. The name of the input binary field containing the file',
			title: 'Optional: left empty, the pin has no title',
			link: 'Optional',
		});
	});

	it('Additional Fields → Link shows only while Link is empty (older workflows keep it)', async () => {
		const props = await createProps();
		const fields = props.find((p) => p.name === 'additionalFields')!;
		const old = (fields.options as INodeProperties[]).find((o) => o.name === 'link')!;
		expect(old.displayName).toBe('Link (Deprecated)');
		expect(old.displayOptions).toEqual({ show: { '/link': [''] } });
	});

	it('Ignore Tracking Parameters shows only when Skip If Already Pinned is on', async () => {
		const props = await createProps();
		const options = props.find((p) => p.name === 'options')!;
		const ignore = (options.options as INodeProperties[]).find(
			(o) => o.name === 'ignoreTrackingParameters',
		)!;
		expect(ignore.displayOptions).toEqual({ show: { skipIfAlreadyPinned: [true] } });
		const shown = (values: object) =>
			NodeHelpers.displayParameterPath(
				{ resource: 'pin', operation: 'create', options: values },
				ignore,
				'options',
				null,
			);
		expect(shown({})).toBe(false);
		expect(shown({ skipIfAlreadyPinned: false })).toBe(false);
		expect(shown({ skipIfAlreadyPinned: true })).toBe(true);
	});

	const body = async (extra: Record<string, unknown>) => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { error } = await runNode(
			create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg', ...extra }),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		return seen[0].body as Record<string, unknown>;
	};

	it('an empty Title sends no title key at all (never "title": null)', async () => {
		const sent = await body({ title: '' });
		expect(sent).toEqual({
			board_id: BOARD,
			media_source: { source_type: 'image_url', url: 'https://example.com/a.jpg' },
		});
		const fromExpression = await body({ title: '={{ $json.missing }}' });
		expect('title' in fromExpression).toBe(false);
	});

	it('Link: the top-level field, the old Additional Fields → Link, and the top-level one first', async () => {
		expect((await body({ link: 'https://example.com/new' })).link).toBe('https://example.com/new');
		expect((await body({ additionalFields: { link: 'https://example.com/old' } })).link).toBe(
			'https://example.com/old',
		);
		expect(
			(
				await body({
					link: 'https://example.com/new',
					additionalFields: { link: 'https://example.com/old' },
				})
			).link,
		).toBe('https://example.com/new');
	});
});
