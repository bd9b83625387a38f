/**
 * Follow → Get Followed Interests: Pinterest deprecated GET /users/{username}/interests/follow
 * (API v5.22). Saved workflows of both node versions keep running it; the editor still lists it
 * for new nodes (hiding it would need a new node version), marked "(Deprecated)" with a notice.
 */
import nock from 'nock';
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import {
	loadPackage,
	makeCredentials,
	NODE_TYPE,
	runNode,
	tokenCredential,
} from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_deprecated_test';
const interest = (id: string) => ({
	id,
	key: `interest ${id}`,
	name: `Interest ${id}`,
	canonical_url: `https://www.pinterest.com/ideas/${id}/`,
});

describe('Follow → Get Followed Interests (deprecated by Pinterest)', () => {
	useStrictNock();

	it.each([1, 1.1])('a saved workflow of node version %s still runs it', async (typeVersion) => {
		nock(BASE)
			.get('/users/pinterest/interests/follow')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ page_size: 2 })
			.reply(200, { items: [interest('1'), interest('2')], bookmark: 'more' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'follow',
				operation: 'getFollowedInterests',
				username: 'pinterest',
				returnAll: false,
				limit: 2,
			},
			{
				credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
				typeVersion,
			},
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: interest('1'), pairedItem: { item: 0 } },
			{ json: interest('2'), pairedItem: { item: 0 } },
		]);
	});

	it('a new node (the default version) lists it marked (Deprecated), with a notice shown only for it', async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(NODE_TYPE) as INodeType;
		const { description } = type;
		expect(description.defaultVersion).toBe(1.2);
		const operations = description.properties.filter(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('follow'),
		);
		const options = operations.flatMap((p) => p.options as INodePropertyOptions[]);
		const option = options.find((o) => o.value === 'getFollowedInterests');
		expect(option?.name).toBe('Get Followed Interests (Deprecated)');
		expect(option?.description).toMatch(/^Deprecated by Pinterest/);
		expect(options.filter((o) => /Deprecated/.test(o.name)).map((o) => o.value)).toEqual([
			'getFollowedInterests',
		]);

		const notice = description.properties.find(
			(p) => p.name === 'followedInterestsDeprecatedNotice',
		) as INodeProperties;
		expect(notice.type).toBe('notice');
		const shown = (operation: string) =>
			NodeHelpers.displayParameter(
				{ resource: 'follow', operation, authentication: 'accessToken' },
				notice,
				{ typeVersion: 1.1 } as never,
				description,
			);
		expect(shown('getFollowedInterests')).toBe(true);
		expect(shown('getFollowers')).toBe(false);
	});
});
