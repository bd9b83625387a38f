/**
 * What a new user first sees of the package in n8n's editor, checked on the descriptions n8n-core's
 * loader gives the editor: the nodes panel's text for the merged Pinterest entry, the canvas
 * subtitles (evaluated as the editor does), and the Docs links (built by n8n's own rule).
 * The browser case test/ui/cases/editorFirstLook.js shows the same in n8n 2.8.4 and 2.41.1.
 */
import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { LEAD_ADS_TYPE, NODE_TYPE, TRIGGER_TYPE, loadPackage } from '../helpers/harness';
import { fs, path, repoRoot } from '../helpers/system';

const README_URL =
	'https://github.com/n8n-nodes-pinterest-api/n8n-nodes-pinterest-api/blob/main/README.md';

/** The descriptions as the server hands them to the editor (with the codex files merged in). */
async function editorDescriptions(): Promise<INodeTypeDescription[]> {
	const { loader } = await loadPackage();
	return loader.types.nodes;
}

async function described(type: string, version?: number): Promise<INodeTypeDescription> {
	const name = type.split('.')[1];
	const all = (await editorDescriptions()).filter((d) => d.name === name);
	const found =
		version === undefined
			? all[0]
			: all.find((d) => ([] as number[]).concat(d.version).includes(version));
	if (!found) throw new Error(`no description for ${type}`);
	return found;
}

/** The canvas subtitle, evaluated as the editor does: the node's parameters with their defaults. */
async function subtitle(type: string, parameters: INodeParameters, version = 1): Promise<string> {
	const { nodeTypes } = await loadPackage();
	const description = (await described(type, version)) as INodeTypeDescription;
	const node: INode = {
		id: 'n1',
		name: 'Node',
		type,
		typeVersion: version,
		position: [0, 0],
		parameters: {},
	};
	node.parameters =
		NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node) ?? {};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return String(
		workflow.expression.getSimpleParameterValue(
			node,
			description.subtitle as string,
			'internal',
			{},
		),
	);
}

const optionsOf = (p: INodeProperties) =>
	(p.options ?? []).filter((o): o is INodePropertyOptions => 'value' in o);

describe('the nodes panel', () => {
	// n8n merges Pinterest and Pinterest Trigger into one entry and shows the trigger's
	// description on it, also above the 79 actions (editor-ui generateMergedNodesAndActions).
	it('shows the action node’s description on the merged Pinterest entry', async () => {
		const action = await described(NODE_TYPE);
		const trigger = await described(TRIGGER_TYPE);
		expect(trigger.description).toBe(action.description);
		expect(action.description).toMatch(/^Pins, boards, sections/);
	});
});

describe('the Authentication choice', () => {
	// n8n preselects the newest credential of either type on a new node; what a node can do is
	// mark OAuth2 the way n8n's own nodes do, so the credential dialog lists it first, marked
	it.each([
		[NODE_TYPE, 1],
		[NODE_TYPE, 1.1],
		[NODE_TYPE, 1.2],
		[TRIGGER_TYPE, 1],
		[LEAD_ADS_TYPE, 1],
	])(
		'%s %p: OAuth2 (Recommended) first and the default; values unchanged',
		async (type, version) => {
			const auth = (await described(type, version)).properties.find(
				(p) => p.name === 'authentication',
			) as INodeProperties;
			expect(auth.default).toBe('oAuth2');
			expect(optionsOf(auth).map((o) => [o.name, o.value])).toEqual([
				['OAuth2 (Recommended)', 'oAuth2'],
				['Access Token', 'accessToken'],
			]);
		},
	);
});

describe('canvas subtitles read like the menus', () => {
	it.each([1, 1.1, 1.2])(
		'Pinterest %p: "<Operation>: <Resource>" for every resource and operation',
		async (version) => {
			const description = await described(NODE_TYPE, version);
			const resources = optionsOf(
				description.properties.find((p) => p.name === 'resource') as INodeProperties,
			);
			let checked = 0;
			for (const resource of resources) {
				for (const menu of description.properties.filter(
					(p) =>
						p.name === 'operation' &&
						((p.displayOptions?.show?.resource ?? []) as string[]).includes(String(resource.value)),
				)) {
					for (const op of optionsOf(menu)) {
						const shown = await subtitle(
							NODE_TYPE,
							{ resource: resource.value, operation: op.value },
							version,
						);
						expect([resource.value, op.value, shown]).toEqual([
							resource.value,
							op.value,
							`${op.name}: ${resource.name}`,
						]);
						checked++;
					}
				}
			}
			expect(checked).toBeGreaterThan(75);
		},
	);

	it('Pinterest: the defaults and a few by hand', async () => {
		expect(await subtitle(NODE_TYPE, { resource: 'pin', operation: 'create' }, 1.1)).toBe(
			'Create: Pin',
		);
		expect(
			await subtitle(NODE_TYPE, { resource: 'trend', operation: 'getTrendingKeywords' }, 1.1),
		).toBe('Get Trending Keywords: Trend');
		expect(await subtitle(NODE_TYPE, {}, 1.1)).toMatch(/: Board$/);
	});

	it('Pinterest Trigger: the event’s name', async () => {
		const event = (await described(TRIGGER_TYPE)).properties.find(
			(p) => p.name === 'event',
		) as INodeProperties;
		const shown: Record<string, string> = {};
		for (const option of optionsOf(event))
			shown[String(option.value)] = await subtitle(TRIGGER_TYPE, { event: option.value });
		expect(shown).toEqual({
			newBoard: 'New Board',
			newFollower: 'New Follower',
			newPin: 'New Pin',
		});
		expect(await subtitle(TRIGGER_TYPE, {})).toBe('New Pin');
	});

	it('Pinterest Lead Ads Trigger: the ad account’s ID (the old subtitle showed “undefined”)', async () => {
		const fromList = {
			adAccount: { __rl: true, mode: 'list', value: '549755885175', cachedResultName: 'Shop' },
		};
		expect(await subtitle(LEAD_ADS_TYPE, fromList)).toBe('Leads of ad account 549755885175');
		const byId = { adAccount: { __rl: true, mode: 'id', value: '549755885175' } };
		expect(await subtitle(LEAD_ADS_TYPE, byId)).toBe('Leads of ad account 549755885175');
		expect(await subtitle(LEAD_ADS_TYPE, {})).toBe('Leads of ad account (not set)');
	});
});

/** n8n's Docs link of a node (editor-ui useNodeDocsUrl, the same in 2.8.4 and 2.41.1). */
function nodeDocsLink(d: INodeTypeDescription): string {
	const own = (d as { documentationUrl?: string }).documentationUrl;
	if (own?.startsWith('http')) return own;
	const utm = new URLSearchParams({
		utm_source: 'n8n_app',
		utm_medium: 'node_settings_modal-credential_link',
		utm_campaign: d.name,
	});
	return `${d.codex?.resources?.primaryDocumentation?.[0]?.url}?${utm.toString()}`;
}

/** n8n's "Open docs" link of a credential: kept as it is unless it is on docs.n8n.io. */
function credentialDocsLink(url: string): string {
	const parsed = new URL(url);
	if (parsed.hostname !== 'docs.n8n.io') return url;
	parsed.searchParams.set('utm_source', 'n8n_app');
	return parsed.href;
}

describe('Docs links', () => {
	it('every node’s Docs link opens the README, with n8n’s tracking parameters in the query', async () => {
		const names = (await editorDescriptions()).map((d) => d.name).sort();
		expect(names).toEqual(
			[NODE_TYPE, TRIGGER_TYPE, LEAD_ADS_TYPE].map((t) => t.split('.')[1]).sort(),
		);
		for (const d of await editorDescriptions()) {
			const link = new URL(nodeDocsLink(d));
			expect([d.name, link.hash, `${link.origin}${link.pathname}`]).toEqual([
				d.name,
				'',
				README_URL,
			]);
			expect(link.searchParams.get('utm_campaign')).toBe(d.name);
			for (const doc of d.codex?.resources?.credentialDocumentation ?? [])
				expect(doc.url).not.toContain('#');
		}
	});

	it('the credentials’ Open docs link is the README’s Credentials section', async () => {
		const { credentialTypes } = await loadPackage();
		for (const name of ['pinterestOAuth2Api', 'pinterestApi']) {
			const url = credentialTypes[name].documentationUrl as string;
			expect([name, credentialDocsLink(url)]).toEqual([name, `${README_URL}#credentials`]);
		}
		const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
		expect(readme).toMatch(/^## Credentials$/m);
	});
});
