/**
 * Follow → Get Followed Interests: Pinterest deprecated GET /users/{username}/interests/follow
 * (API v5.22). Node versions 1 and 1.1 keep it, marked "(Deprecated)" with a notice, so saved
 * workflows run unchanged; version 1.2, the default for new nodes, does not offer it: the Follow
 * resource has one Operation menu per version range. A 1.2 node that still names it fails before
 * any request and says why.
 */
import nock from 'nock';
import type {
	INode,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
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
const FOLLOW_OPERATIONS = ['followUser', 'getFollowers', 'getFollowingBoards', 'getFollowingUsers'];

async function described(): Promise<INodeTypeDescription> {
	const { nodeTypes } = await loadPackage();
	return (nodeTypes.getByNameAndVersion(NODE_TYPE) as INodeType).description;
}

const followMenus = (description: INodeTypeDescription) =>
	description.properties.filter(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('follow'),
	);

/** The Follow Operation menus n8n shows in a node of this version (one, if all is well). */
function menusShown(description: INodeTypeDescription, typeVersion: number): INodeProperties[] {
	return followMenus(description).filter((menu) =>
		NodeHelpers.displayParameter(
			{ resource: 'follow' },
			menu,
			{ typeVersion } as INode,
			description,
		),
	);
}

const values = (menu: INodeProperties | undefined) =>
	((menu?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));

describe('Follow → Get Followed Interests (deprecated by Pinterest)', () => {
	useStrictNock();

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });

	it.each([1, 1.1])(
		'a saved workflow of node version %s still runs it, unchanged',
		async (typeVersion) => {
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
				{ credentials: await credentials(), typeVersion },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{ json: interest('1'), pairedItem: { item: 0 } },
				{ json: interest('2'), pairedItem: { item: 0 } },
			]);
		},
	);

	it.each([1, 1.1])(
		'a node of version %s lists it marked (Deprecated), with a notice shown only for it',
		async (typeVersion) => {
			const description = await described();
			const shown = menusShown(description, typeVersion);
			expect(shown).toHaveLength(1);
			expect(values(shown[0])).toEqual([
				'followUser',
				'getFollowedInterests',
				...FOLLOW_OPERATIONS.slice(1),
			]);
			const option = (shown[0].options as INodePropertyOptions[]).find(
				(o) => o.value === 'getFollowedInterests',
			);
			expect(option?.name).toBe('Get Followed Interests (Deprecated)');
			expect(option?.description).toMatch(/^Deprecated by Pinterest/);

			const notice = description.properties.find(
				(p) => p.name === 'followedInterestsDeprecatedNotice',
			) as INodeProperties;
			expect(notice.type).toBe('notice');
			const noticeShown = (operation: string) =>
				NodeHelpers.displayParameter(
					{ resource: 'follow', operation, authentication: 'accessToken' },
					notice,
					{ typeVersion } as INode,
					description,
				);
			expect(noticeShown('getFollowedInterests')).toBe(true);
			expect(noticeShown('getFollowers')).toBe(false);
		},
	);

	it('a new node (version 1.2, the default) does not offer it; every other Follow operation is there', async () => {
		const description = await described();
		expect(description.defaultVersion).toBe(1.2);
		const shown = menusShown(description, 1.2);
		expect(shown).toHaveLength(1);
		expect(values(shown[0])).toEqual(FOLLOW_OPERATIONS);
		expect(shown[0].default).toBe('getFollowers');
		// Every version of the node sees exactly one Follow menu (a new version must be added to
		// the 1.2 menu's list in descriptions/follow/index.ts).
		const versions = ([] as number[]).concat(description.version);
		expect(versions.map((v) => [v, menusShown(description, v).length])).toEqual(
			versions.map((v) => [v, 1]),
		);
	});

	it("the nodes panels of n8n 2.8.4 and 2.41.1 list the 1.2 menu's actions; the first menu has them all", async () => {
		const description = await described();
		const menus = followMenus(description);
		const versions = ([] as number[]).concat(description.version);
		// n8n 2.8.4 (editor-ui, the actions of a resource): the first Operation for the resource
		// whose @version rule lists one of the node's versions as a number, or has no such rule.
		const panel284 = menus.find((menu) => {
			const rule = menu.displayOptions?.show?.['@version'];
			return !rule || rule.some((v) => typeof v === 'number' && versions.includes(v));
		});
		// n8n 2.41.1: the first one shown for the default version.
		const panel2411 = menusShown(description, description.defaultVersion as number)[0];
		expect(values(panel284)).toEqual(FOLLOW_OPERATIONS);
		expect(values(panel2411)).toEqual(FOLLOW_OPERATIONS);
		// n8n's action lookup (NodeHelpers.makeDescription, the automatic description of a tool)
		// takes the first Operation of the resource: a saved 1.1 node still finds its action text.
		expect(
			NodeHelpers.makeDescription(
				{ resource: 'follow', operation: 'getFollowedInterests' },
				description,
			),
		).toBe('Get followed interests in Pinterest');
	});

	it('a 1.2 node whose JSON still names it fails before any request, saying why', async () => {
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'follow',
				operation: 'getFollowedInterests',
				username: 'pinterest',
				returnAll: true,
			},
			{ credentials: await credentials(), typeVersion: 1.2 },
		);
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'Follow → Get Followed Interests is not available in node version 1.2',
		);
		expect((error as { description?: string }).description).toMatch(
			/only Pinterest nodes of version 1 and 1\.1/,
		);
	});

	it('a 1.2 node runs the other Follow operations as before', async () => {
		nock(BASE)
			.get('/user_account/followers')
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.query({ page_size: 1 })
			.reply(200, { items: [{ type: 'user', username: 'a' }], bookmark: 'more' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'follow',
				operation: 'getFollowers',
				returnAll: false,
				limit: 1,
			},
			{ credentials: await credentials(), typeVersion: 1.2 },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { type: 'user', username: 'a' }, pairedItem: { item: 0 } }]);
	});
});
