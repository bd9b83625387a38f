import nock from 'nock';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const FILES = 'https://pinterest-reports.test';
const TOKEN = 'pina_report_test_token';
const ACCOUNT = '549755885175';
const DAY = 86_400_000;
const utcDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const CSV =
	'\uFEFFCAMPAIGN_ID,CAMPAIGN_NAME,DATE,SPEND_IN_DOLLAR,PAID_IMPRESSION\r\n' +
	'9007199254740993123,"Spring, ""big"" sale",2025-05-01,12.5,1000\r\n' +
	'9007199254740993124,Fall,2025-05-01,0,007\r\n';

describe('Report resource: create → polls → download → rows', () => {
	useStrictNock();

	const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const create = (extra: Record<string, unknown> = {}) => ({
		authentication: 'accessToken',
		resource: 'report',
		operation: 'create',
		adAccount: rl(ACCOUNT),
		level: 'CAMPAIGN',
		dateRange: 'yesterday',
		granularity: 'DAY',
		columns: 'CAMPAIGN_ID,campaign_name, SPEND_IN_DOLLAR',
		waitOptions: { pollInterval: 0.01, maxWait: 10 },
		...extra,
	});

	it('creates the report, polls until FINISHED, downloads the file without the Pinterest token and emits one item per row', async () => {
		let created: unknown;
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`, (body) => {
				created = body;
				return true;
			})
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, { token: 'rep-1', report_status: 'IN_PROGRESS', message: null });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-1' })
			.times(2)
			.reply(200, { report_status: 'IN_PROGRESS', url: null, size: null });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-1' })
			.reply(200, {
				report_status: 'FINISHED',
				url: `${FILES}/r/rep-1.csv?sig=abc`,
				size: CSV.length,
			});
		let downloadAuth: string | undefined = 'unset';
		nock(FILES)
			.get('/r/rep-1.csv')
			.query({ sig: 'abc' })
			.reply(function () {
				downloadAuth = this.req.headers.authorization as string | undefined;
				return [200, CSV, { 'content-type': 'text/csv' }];
			});
		const { items, error } = await runNode(
			create({
				filters: { campaignIds: '11, 12', campaignStatuses: ['RUNNING'] },
				attribution: { click_window_days: 7 },
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(created).toEqual({
			start_date: utcDay(-1),
			end_date: utcDay(-1),
			granularity: 'DAY',
			level: 'CAMPAIGN',
			columns: ['CAMPAIGN_ID', 'CAMPAIGN_NAME', 'SPEND_IN_DOLLAR'],
			report_format: 'CSV',
			click_window_days: 7,
			campaign_ids: ['11', '12'],
			campaign_statuses: ['RUNNING'],
		});
		expect(downloadAuth).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					CAMPAIGN_ID: '9007199254740993123',
					CAMPAIGN_NAME: 'Spring, "big" sale',
					DATE: '2025-05-01',
					SPEND_IN_DOLLAR: 12.5,
					PAID_IMPRESSION: 1000,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					CAMPAIGN_ID: '9007199254740993124',
					CAMPAIGN_NAME: 'Fall',
					DATE: '2025-05-01',
					SPEND_IN_DOLLAR: 0,
					PAID_IMPRESSION: '007',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('JSON reports: rows keyed by entity are flattened; Output File returns the file as binary', async () => {
		const json = JSON.stringify({
			'11': [{ CAMPAIGN_ID: '11', SPEND_IN_DOLLAR: 2 }],
			'12': [{ CAMPAIGN_ID: '12', SPEND_IN_DOLLAR: 3 }],
		});
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`)
			.times(2)
			.reply(200, { token: 'rep-2', report_status: 'IN_PROGRESS' });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-2' })
			.times(2)
			.reply(200, { report_status: 'FINISHED', url: `${FILES}/rep-2.json`, size: json.length });
		nock(FILES).get('/rep-2.json').times(2).reply(200, json);
		const credentials = await token();
		const rows = await runNode(create({ reportFormat: 'JSON' }), { credentials });
		expect(rows.items.map((item) => item.json)).toEqual([
			{ CAMPAIGN_ID: '11', SPEND_IN_DOLLAR: 2 },
			{ CAMPAIGN_ID: '12', SPEND_IN_DOLLAR: 3 },
		]);
		const file = await runNode(
			create({ reportFormat: 'JSON', output: 'file', binaryPropertyName: 'report' }),
			{ credentials },
		);
		expect(file.error).toBeUndefined();
		expect(file.items).toHaveLength(1);
		expect(file.items[0].json).toEqual({
			token: 'rep-2',
			report_status: 'FINISHED',
			size: json.length,
		});
		expect(file.items[0].binary?.report).toMatchObject({
			fileName: 'pinterest-report.json',
			mimeType: 'application/json',
		});
		expect(Buffer.from(file.items[0].binary!.report.data, 'base64').toString()).toBe(json);
	});

	it('Output Token returns at once; Get Status reads the status and, once finished, the rows', async () => {
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`)
			.reply(200, { token: 'rep-3', report_status: 'IN_PROGRESS', message: null });
		const credentials = await token();
		const started = await runNode(create({ output: 'token' }), { credentials });
		expect(started.items).toEqual([
			{
				json: { token: 'rep-3', report_status: 'IN_PROGRESS', message: null },
				pairedItem: { item: 0 },
			},
		]);
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-3' })
			.reply(200, { report_status: 'IN_PROGRESS', url: null, size: null });
		const status = await runNode(
			{
				authentication: 'accessToken',
				resource: 'report',
				operation: 'getStatus',
				adAccount: rl(ACCOUNT),
				token: 'rep-3',
			},
			{ credentials },
		);
		expect(status.items).toEqual([
			{
				json: { token: 'rep-3', report_status: 'IN_PROGRESS', url: null, size: null },
				pairedItem: { item: 0 },
			},
		]);
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-3' })
			.reply(200, { report_status: 'FINISHED', url: `${FILES}/rep-3.csv`, size: 10 });
		nock(FILES).get('/rep-3.csv').reply(200, 'AD_ID,CLICKS\n5,3\n');
		const rows = await runNode(
			{
				authentication: 'accessToken',
				resource: 'report',
				operation: 'getStatus',
				adAccount: rl(ACCOUNT),
				token: 'rep-3',
				output: 'rows',
			},
			{ credentials },
		);
		expect(rows.items).toEqual([{ json: { AD_ID: '5', CLICKS: 3 }, pairedItem: { item: 0 } }]);
	});

	it('a FAILED report and a timeout are errors that name the token', async () => {
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`)
			.reply(200, { token: 'rep-4', report_status: 'IN_PROGRESS' });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-4' })
			.reply(200, { report_status: 'FAILED' });
		const credentials = await token();
		const failed = await runNode(create(), { credentials });
		expect(failed.error?.message).toBe('Report rep-4 ended with status FAILED');
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`)
			.reply(200, { token: 'rep-5', report_status: 'IN_PROGRESS' });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-5' })
			.reply(200, { report_status: 'IN_PROGRESS' });
		const slow = await runNode(create({ waitOptions: { pollInterval: 0.05, maxWait: 0.05 } }), {
			credentials,
		});
		expect(slow.error?.message).toBe(
			'Report rep-5 is not ready after 0.05 seconds (status IN_PROGRESS)',
		);
		expect(slow.error?.description).toContain('Report → Get Status, token rep-5');
	});

	it('report date rules (186 days, Product Item 31 days) and level rules are checked before the request; Continue On Fail pairs the error', async () => {
		const credentials = await token();
		nock(BASE)
			.post(`/ad_accounts/${ACCOUNT}/reports`)
			.reply(200, { token: 'rep-6', report_status: 'IN_PROGRESS' });
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/reports`)
			.query({ token: 'rep-6' })
			.reply(200, { report_status: 'FINISHED', url: `${FILES}/rep-6.csv` });
		nock(FILES).get('/rep-6.csv').reply(200, 'CAMPAIGN_ID,SPEND_IN_DOLLAR\n11,1\n');
		const { items, error } = await runNode(
			create({ level: '={{ $json.level }}', dateRange: 'last60Days' }),
			{
				credentials,
				continueOnFail: true,
				input: [{ json: { level: 'PRODUCT_ITEM' } }, { json: { level: 'CAMPAIGN' } }],
			},
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					error: `End Date ${utcDay(-1)} is more than 31 days after Start Date ${utcDay(-60)}`,
				},
				error: expect.anything(),
				pairedItem: { item: 0 },
			},
			{ json: { CAMPAIGN_ID: '11', SPEND_IN_DOLLAR: 1 }, pairedItem: { item: 1 } },
		]);
		expect((items[0].error as unknown as { description: string }).description).toContain(
			'With level Product Item, Pinterest allows at most 31 days',
		);
		const long = await runNode(
			create({ dateRange: 'custom', startDate: utcDay(-200), endDate: utcDay(-1) }),
			{ credentials },
		);
		expect(long.error?.message).toBe(
			`End Date ${utcDay(-1)} is more than 186 days after Start Date ${utcDay(-200)}`,
		);
		const productAds = await runNode(create({ level: 'PRODUCT_ITEM', filters: { adIds: '31' } }), {
			credentials,
		});
		expect(productAds.error?.message).toBe(
			'Ad IDs and Ad Statuses cannot be used with level Product Item',
		);
	});
});
