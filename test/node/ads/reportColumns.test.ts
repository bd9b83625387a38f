/**
 * Report → Create's Columns: a multi-select of Pinterest's report columns from node version 1.1,
 * still taking a list or comma-separated names from an expression; version 1 keeps its text
 * field, and every value that field accepted still gives the same request.
 */
import nock from 'nock';
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

import {
	loadPackage,
	makeCredentials,
	NODE_TYPE,
	runNode,
	tokenCredential,
} from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_columns1';
const ACCOUNT = '549755885175';
const DEFAULT = [
	'CAMPAIGN_ID',
	'CAMPAIGN_NAME',
	'SPEND_IN_DOLLAR',
	'PAID_IMPRESSION',
	'TOTAL_CLICKTHROUGH',
	'CTR',
];

const create = (extra: IDataObject = {}): IDataObject => ({
	authentication: 'accessToken',
	resource: 'report',
	operation: 'create',
	adAccount: { __rl: true, mode: 'id', value: ACCOUNT },
	level: 'CAMPAIGN',
	dateRange: 'yesterday',
	granularity: 'DAY',
	output: 'token',
	...extra,
});

describe('Report → Create: Columns', () => {
	useStrictNock();

	/** Runs Report → Create (Output Token) and returns the columns of the body it sent. */
	async function sentColumns(parameters: IDataObject, typeVersion?: number) {
		let body: IDataObject | undefined;
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`, (sent: IDataObject) => {
				body = sent;
				return true;
			})
			.reply(200, { token: 'rep-c', report_status: 'IN_PROGRESS', message: null });
		const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
		const { items, error } = await runNode(create(parameters), { credentials, typeVersion });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { token: 'rep-c', report_status: 'IN_PROGRESS', message: null },
				pairedItem: { item: 0 },
			},
		]);
		return body?.columns;
	}

	it('version 1.1 offers a multi-select of the report columns, names sorted, with the old default', async () => {
		const { nodeTypes } = await loadPackage();
		const node = nodeTypes.getByNameAndVersion(NODE_TYPE, 1.1) as INodeType;
		const fields = node.description.properties.filter(
			(p) => p.name === 'columns' && p.displayOptions?.show?.resource?.includes('report'),
		);
		const [text, multi] = fields as [INodeProperties, INodeProperties];
		expect([text.type, text.displayOptions?.show?.['@version']]).toEqual(['string', [1]]);
		expect(text.default).toBe(DEFAULT.join(','));
		expect(multi.type).toBe('multiOptions');
		expect(multi.default).toEqual(DEFAULT);
		const options = multi.options as Array<{ name: string; value: string }>;
		expect(options.length).toBeGreaterThan(600);
		expect(options.map((o) => o.name)).toEqual(
			[...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(options).toContainEqual({ name: 'Total Clickthrough', value: 'TOTAL_CLICKTHROUGH' });
		for (const column of DEFAULT) expect(options.map((o) => o.value)).toContain(column);
	});

	it('version 1.1: the default, a selection, and lists or comma-separated names from expressions', async () => {
		expect(await sentColumns({}, 1.1)).toEqual(DEFAULT);
		expect(await sentColumns({ columns: ['TOTAL_CLICKTHROUGH', 'CTR'] }, 1.1)).toEqual([
			'TOTAL_CLICKTHROUGH',
			'CTR',
		]);
		expect(await sentColumns({ columns: '={{ "spend_in_dollar, CTR;ctr" }}' }, 1.1)).toEqual([
			'SPEND_IN_DOLLAR',
			'CTR',
		]);
		expect(
			await sentColumns(
				{ columns: '={{ ["PIN_ID", "TOTAL_IMPRESSION,total_clickthrough"] }}' },
				1.1,
			),
		).toEqual(['PIN_ID', 'TOTAL_IMPRESSION', 'TOTAL_CLICKTHROUGH']);
	});

	it.each([
		['the default', {}, DEFAULT],
		[
			'comma text',
			{ columns: 'CAMPAIGN_ID,campaign_name, SPEND_IN_DOLLAR' },
			['CAMPAIGN_ID', 'CAMPAIGN_NAME', 'SPEND_IN_DOLLAR'],
		],
		['space and semicolon text', { columns: 'ctr; PIN_ID  AD_ID' }, ['CTR', 'PIN_ID', 'AD_ID']],
		[
			'a name the multi-select does not list',
			{ columns: 'QUIZ_PIN_RESULT_OPEN,CTR' },
			['QUIZ_PIN_RESULT_OPEN', 'CTR'],
		],
		['an array from an expression', { columns: '={{ ["ctr", "PIN_ID"] }}' }, ['CTR', 'PIN_ID']],
	])(
		'what the version 1 text field accepted still works, in version 1 and 1.1: %s',
		async (_name, parameters, expected) => {
			expect(await sentColumns(parameters)).toEqual(expected);
			if (Object.keys(parameters).length > 0)
				expect(await sentColumns(parameters, 1.1)).toEqual(expected);
		},
	);

	it.each([
		['an empty value', '={{ "" }}', /^Columns is empty$/],
		['only commas', '={{ ",, ;" }}', /^Columns is empty$/],
		[
			'a name with spaces in a list',
			'={{ ["SPEND IN DOLLAR"] }}',
			/^Column "SPEND IN DOLLAR" is not a column name$/,
		],
		[
			'a name with a dash',
			'={{ "spend-in-dollar" }}',
			/^Column "SPEND-IN-DOLLAR" is not a column name$/,
		],
	])('version 1.1 refuses %s before any request', async (_name, columns, message) => {
		const credentials = await makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
		const { error } = await runNode(create({ columns }), { credentials, typeVersion: 1.1 });
		expect(error?.message).toMatch(message);
	});
});
