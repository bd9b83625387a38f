/**
 * Input is checked for its type, not only its presence (issue 22, class 7). The walk takes every
 * text field of every operation from the built description, feeds it an object, a list and
 * blanks through an expression, and runs the real node (n8n-core → RoutingNode) with Continue
 * On Fail and strict nock without a single mock: each item must become a NodeOperationError
 * paired with it that names the field, and no request may leave the node.
 */
import nock from 'nock';
import type {
	IDataObject,
	INodeProperties,
	INodePropertyCollection,
	INodeType,
} from 'n8n-workflow';

import { LIST_FIELDS } from '../../nodes/Pinterest/hooks/inputTypes';
import {
	NODE_TYPE,
	loadPackage,
	makeCredentials,
	runNode,
	tokenCredential,
} from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_inputtypes_test';
const FROM_ITEM = '={{ $json.v }}';

interface Case {
	/** resource.operation field-path, for the test name. */
	name: string;
	parameters: IDataObject;
	/** The field as the error message names it. */
	label: string;
	/** What the field's value is fed: text fields get a list, list fields a list of objects. */
	list: unknown;
	kind: 'text' | 'locator';
}

const TEXT_TYPES = ['string', 'color'];

/** Parameters that make a property shown: the first allowed value of each show rule. */
function shownBy(property: { displayOptions?: INodeProperties['displayOptions'] }): IDataObject {
	const parameters: IDataObject = {};
	for (const [key, allowed] of Object.entries(property.displayOptions?.show ?? {})) {
		if (key === '@version' || !Array.isArray(allowed)) continue;
		parameters[key] = allowed[0] as string;
	}
	return parameters;
}

/** Whether a property is shown for these parameters (show rules on plain values). */
function isShown(property: INodeProperties, parameters: IDataObject): boolean {
	return Object.entries(property.displayOptions?.show ?? {}).every(
		([key, allowed]) =>
			key === '@version' || (Array.isArray(allowed) && allowed.includes(parameters[key] as string)),
	);
}

/** n8n refuses to run a node whose required fields are empty: give the others a valid value. */
function withRequired(properties: INodeProperties[], parameters: IDataObject): IDataObject {
	const filled = { ...parameters };
	// Choices keep their defaults (Media Source: Image URL), which decide what else is shown.
	for (const property of properties) {
		if (property.type === 'options' && !(property.name in filled) && isShown(property, filled))
			filled[property.name] = property.default;
	}
	for (const property of properties) {
		if (!property.required || property.name in filled || !isShown(property, filled)) continue;
		if (property.type === 'string') filled[property.name] = '1';
		if (property.type === 'resourceLocator')
			filled[property.name] = { __rl: true, mode: 'id', value: '1' };
	}
	return filled;
}

function casesOf(properties: INodeProperties[]): Case[] {
	const cases: Case[] = [];
	const add = (
		property: INodeProperties,
		path: string,
		option: INodeProperties,
		value: IDataObject,
		kind: Case['kind'] = 'text',
	) => {
		const at = shownBy(property);
		cases.push({
			name: `${String(at.resource)}.${String(at.operation)} ${path}`,
			parameters: withRequired(properties, { ...at, ...value }),
			label: option.displayName,
			list: LIST_FIELDS.has(path) ? [{ id: 1 }] : ['x', 'y'],
			kind,
		});
	};
	// n8n's own Request Options (proxy, timeout) belong to no resource and are n8n's to check.
	for (const property of properties.filter((p) => p.displayOptions?.show?.resource)) {
		const { name, type } = property;
		if (TEXT_TYPES.includes(type)) add(property, name, property, { [name]: FROM_ITEM });
		if (type === 'resourceLocator')
			add(
				property,
				name,
				property,
				{ [name]: { __rl: true, mode: 'id', value: FROM_ITEM } },
				'locator',
			);
		if (type === 'collection') {
			for (const option of property.options as INodeProperties[]) {
				if (!TEXT_TYPES.includes(option.type)) continue;
				const shown = shownBy(option);
				add(property, `${name}.${option.name}`, option, {
					[name]: { ...shown, [option.name]: FROM_ITEM },
				});
			}
		}
		if (type === 'fixedCollection') {
			for (const group of property.options as INodePropertyCollection[]) {
				for (const option of group.values) {
					if (!TEXT_TYPES.includes(option.type)) continue;
					const entry = { ...shownBy(option), [option.name]: FROM_ITEM };
					add(property, `${name}.${group.name}.${option.name}`, option, {
						[name]: { [group.name]: property.typeOptions?.multipleValues ? [entry] : entry },
					});
				}
			}
		}
	}
	return cases;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('input is checked for its type before any request', () => {
	useStrictNock();

	let cases: Case[] = [];
	const attempts: string[] = [];
	const onNoMatch = (request: { method?: string; path?: string }) =>
		attempts.push(`${request.method} ${request.path}`);

	beforeAll(async () => {
		const { nodeTypes } = await loadPackage();
		const node = nodeTypes.getByNameAndVersion(NODE_TYPE, 1) as INodeType;
		cases = casesOf(node.description.properties);
		nock.emitter.on('no match', onNoMatch);
	});
	afterAll(() => {
		nock.emitter.removeListener('no match', onNoMatch);
	});

	it('walks every operation: at least 90 text fields and 60 locators', () => {
		expect(cases.filter((c) => c.kind === 'text').length).toBeGreaterThanOrEqual(90);
		expect(cases.filter((c) => c.kind === 'locator').length).toBeGreaterThanOrEqual(60);
	});

	it('refuses an object, a list and blanks in every text field, naming it, with no request', async () => {
		const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
		const wrong: unknown[] = [];
		for (const testCase of cases) {
			const locator = testCase.kind === 'locator';
			// Locators: blanks mean "empty", which their own check reports (still before any request).
			const values = locator ? [{ id: '123' }, ['123']] : [{ title: 'x' }, testCase.list, '   '];
			const run = await runNode(
				{ authentication: 'accessToken', ...testCase.parameters },
				{
					credentials,
					input: values.map((v) => ({ json: { v } as IDataObject })),
					continueOnFail: true,
				},
			).catch((thrown: Error) => thrown);
			if (run instanceof Error) {
				wrong.push({ case: testCase.name, thrown: run.message });
				continue;
			}
			const { items, error } = run;
			const label = escape(testCase.label);
			const expected = locator
				? [
						new RegExp(`^${label} is an object, not an ID$`),
						new RegExp(`^${label} is a list, not an ID$`),
					]
				: [
						new RegExp(`^${label} is an object, not a text$`),
						new RegExp(`^${label} (is a list, not a text|entry 1 is an object, not a text)$`),
						new RegExp(`^${label} contains only spaces$`),
					];
			const seen = items.map((item) => ({
				item: (item.pairedItem as { item: number }).item,
				message: String(item.json.error),
				type: item.error?.constructor.name,
				itemIndex: (item.error as { context?: { itemIndex?: number } } | undefined)?.context
					?.itemIndex,
				described: String(item.error?.description ?? '') !== '',
			}));
			const ok =
				error === undefined &&
				seen.length === values.length &&
				seen.every(
					(s, index) =>
						s.item === index &&
						s.itemIndex === index &&
						s.type === 'NodeOperationError' &&
						s.described &&
						expected[index].test(s.message),
				);
			if (!ok) wrong.push({ case: testCase.name, seen, error: error?.message });
		}
		expect(wrong).toEqual([]);
		expect(attempts).toEqual([]);
	});

	it('still takes numbers where a text or an ID is expected (a spreadsheet column of numbers)', async () => {
		nock(BASE)
			.post('/pins', {
				board_id: '123',
				title: '2024',
				description: '7',
				media_source: { source_type: 'image_url', url: 'https://example.com/a.jpg' },
			})
			.reply(201, { id: '99', title: '2024' });
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'create',
				board: { __rl: true, mode: 'id', value: '={{ $json.board }}' },
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: '={{ $json.year }}',
				additionalFields: { description: '={{ $json.rank }}' },
				simplify: false,
			},
			{
				credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
				input: [{ json: { board: 123, year: 2024, rank: 7 } }],
			},
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { id: '99', title: '2024' }, pairedItem: { item: 0 } }]);
	});
});

describe('usernames are path segments: Follow User refuses dot segments and slashes', () => {
	useStrictNock();

	it.each([['..'], ['.'], ['a/b'], ['%2e%2e'], ['%2E'], ['a%2Fb'], ['a\\b']])(
		'"%s" is refused before any request; the good items around it are followed',
		async (bad) => {
			nock(BASE)
				.post('/user_account/following/alice', { auto_follow: false })
				.reply(200, { type: 'user', username: 'alice' });
			nock(BASE)
				.post('/user_account/following/bob', { auto_follow: false })
				.reply(200, { type: 'user', username: 'bob' });
			const input = ['alice', bad, 'bob'].map((name) => ({ json: { name } }));
			const { items, error } = await runNode(
				{
					authentication: 'accessToken',
					resource: 'follow',
					operation: 'followUser',
					username: '={{ $json.name }}',
				},
				{
					credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) }),
					input,
					continueOnFail: true,
				},
			);
			expect(error).toBeUndefined();
			expect(items.map((item) => [item.pairedItem, item.json.username ?? item.json.error])).toEqual(
				[
					[{ item: 0 }, 'alice'],
					[{ item: 1 }, expect.stringMatching(/^Username ".*" is not a Pinterest username$/)],
					[{ item: 2 }, 'bob'],
				],
			);
			expect(items[1].error?.constructor.name).toBe('NodeOperationError');
			expect(String(items[1].error?.description)).toContain('profile link');
		},
	);
});
