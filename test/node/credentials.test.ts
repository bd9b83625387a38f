import nock from 'nock';
import type { ICredentialTestFunctions } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { pinterestCredentials } from '../../nodes/Pinterest/descriptions/shared/authentication';

import { CREDENTIAL_IDS, loadPackage, makeCredentials, runNode } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

describe('credentials', () => {
	useStrictNock();

	it('OAuth2: authorization code flow, Basic client auth, the scopes the nodes need', async () => {
		const { credentialTypes } = await loadPackage();
		const type = credentialTypes.pinterestOAuth2Api;
		expect(type.extends).toEqual(['oAuth2Api']);
		const defaults = Object.fromEntries(type.properties.map((p) => [p.name, p.default]));
		expect(defaults.grantType).toBe('authorizationCode');
		expect(String(defaults.authUrl)).toMatch(/^=/);
		expect(defaults.authentication).toBe('header');
		const organic = await makeCredentials({ pinterestOAuth2Api: {} });
		const data = await organic.getDecrypted(
			{} as never,
			CREDENTIAL_IDS.pinterestOAuth2Api,
			'pinterestOAuth2Api',
		);
		expect(String(defaults.scope)).toMatch(/^=/);
		expect(String(data.scope).split(',')).toEqual([
			'user_accounts:read',
			'user_accounts:write',
			'boards:read',
			'boards:read_secret',
			'boards:write',
			'boards:write_secret',
			'pins:read',
			'pins:read_secret',
			'pins:write',
			'pins:write_secret',
		]);
		const ads = await makeCredentials({ pinterestOAuth2Api: { includeAdsScopes: true } });
		const adsData = await ads.getDecrypted(
			{} as never,
			CREDENTIAL_IDS.pinterestOAuth2Api,
			'pinterestOAuth2Api',
		);
		expect(String(adsData.scope).split(',').slice(-4)).toEqual([
			'ads:read',
			'ads:write',
			'catalogs:read',
			'catalogs:write',
		]);
	});

	// n8n offers a community credential in the HTTP Request node (Predefined Credential Type)
	// when it says how to authenticate a request: a generic authenticate block, or OAuth2.
	it('the feed location credential is loaded from the package and only used where it is asked for', async () => {
		const { credentialTypes, nodeTypes } = await loadPackage();
		const type = credentialTypes.pinterestFeedLocationApi;
		expect(type.properties.map((p) => [p.name, p.required, p.typeOptions?.password])).toEqual([
			['username', true, undefined],
			['password', true, true],
		]);
		expect(type.authenticate).toBeUndefined();
		const node = nodeTypes.getByNameAndVersion('n8n-nodes-pinterest-api.pinterest', 1);
		const described = node.description.credentials?.find(
			(c) => c.name === 'pinterestFeedLocationApi',
		);
		expect(described?.displayOptions).toEqual({
			show: { resource: ['feed'], operation: ['create', 'update'], protectedLocation: [true] },
		});
		// The other two are the Authentication choice's, the same as the trigger's.
		expect(node.description.credentials?.slice(0, 2)).toEqual(pinterestCredentials);
		// n8n's Test button runs the node's credential test: both fields must be filled in.
		const test = node.methods?.credentialTest?.[String(described?.testedBy)];
		const run = async (data: Record<string, string>) =>
			await test?.call({} as ICredentialTestFunctions, {
				id: 'c',
				name: 'Feed location',
				type: 'pinterestFeedLocationApi',
				data,
			});
		expect((await run({ username: 'shop', password: 'x' }))?.status).toBe('OK');
		expect(await run({ username: 'shop', password: '' })).toEqual({
			status: 'Error',
			message: 'Fill in the password.',
		});
		const trigger = nodeTypes.getByNameAndVersion('n8n-nodes-pinterest-api.pinterestTrigger', 1);
		expect(trigger.description.credentials?.map((c) => c.name)).toEqual([
			'pinterestOAuth2Api',
			'pinterestApi',
		]);
	});

	it('both credentials can sign requests of the HTTP Request node', async () => {
		const { credentialTypes } = await loadPackage();
		expect(credentialTypes.pinterestApi.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
		});
		expect(credentialTypes.pinterestOAuth2Api.extends).toEqual(['oAuth2Api']);
	});

	it.each([
		[
			'production',
			undefined,
			'https://api.pinterest.com/v5/oauth/token',
			'https://www.pinterest.com/oauth/',
		],
		[
			'sandbox',
			undefined,
			'https://api-sandbox.pinterest.com/v5/oauth/token',
			'https://www.pinterest.com/oauth/',
		],
		[
			'custom',
			'http://127.0.0.1:8790/v5/',
			'http://127.0.0.1:8790/v5/oauth/token',
			'http://127.0.0.1:8790/oauth/',
		],
		[
			'custom',
			'https://proxy.example.com/pinterest/v5',
			'https://proxy.example.com/pinterest/v5/oauth/token',
			'https://proxy.example.com/pinterest/oauth/',
		],
	])(
		'OAuth2 token and authorization URLs follow the %s environment (%s)',
		async (environment, customBaseUrl, tokenUrl, authUrl) => {
			const credentials = await makeCredentials({
				pinterestOAuth2Api: { environment, customBaseUrl },
			});
			const data = await credentials.getDecrypted(
				{} as never,
				CREDENTIAL_IDS.pinterestOAuth2Api,
				'pinterestOAuth2Api',
			);
			expect([data.accessTokenUrl, data.authUrl]).toEqual([tokenUrl, authUrl]);
		},
	);

	it.each([
		['production', undefined, 'https://api.pinterest.com/v5'],
		['sandbox', undefined, 'https://api-sandbox.pinterest.com/v5'],
		['custom', 'http://127.0.0.1:8790/v5//', 'http://127.0.0.1:8790/v5'],
	])(
		'access-token credential test request uses the %s base URL',
		async (environment, customBaseUrl, baseUrl) => {
			const { credentialTypes, nodeTypes } = await loadPackage();
			const type = credentialTypes.pinterestApi;
			expect(type.test?.request.url).toBe('/user_account');
			const workflow = new Workflow({
				nodes: [
					{
						id: 'x',
						name: 'n',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
				],
				connections: {},
				active: false,
				nodeTypes,
			});
			const resolved = workflow.expression.getParameterValue(
				String(type.test?.request.baseURL),
				null,
				0,
				0,
				'n',
				[],
				'internal',
				{ $credentials: { environment, customBaseUrl } },
			);
			expect(resolved).toBe(baseUrl);
		},
	);

	it.each([
		['production', 'https://api.pinterest.com'],
		['sandbox', 'https://api-sandbox.pinterest.com'],
	])('the node sends requests to the %s host with the pasted token', async (environment, host) => {
		nock(host)
			.get('/v5/user_account')
			.matchHeader('authorization', 'Bearer pina_env')
			.reply(200, { username: environment });
		const credentials = await makeCredentials({
			pinterestApi: { accessToken: 'pina_env', environment },
		});
		const { items } = await runNode(
			{ authentication: 'accessToken', resource: 'account', operation: 'get' },
			{ credentials },
		);
		expect(items).toEqual([{ json: { username: environment }, pairedItem: { item: 0 } }]);
	});
});
