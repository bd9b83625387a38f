import nock from 'nock';

import { loadOptionsContext, runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, ACCOUNT, utcDay, rl, token, params } from './entityFixtures';

describe('Ads entities: get, analytics, status updates, date rules, errors', () => {
	useStrictNock();

	it.each([
		['campaign', 'campaign', 'campaigns', '626736533506'],
		['adGroup', 'adGroup', 'ad_groups', '2680060704746'],
		['ad', 'ad', 'ads', '687195134316'],
	])('%s → Get reads the object under the ad account', async (resource, parameter, segment, id) => {
		nock(BASE).get(`/ad_accounts/${ACCOUNT}/${segment}/${id}`).reply(200, { id, status: 'ACTIVE' });
		const { items, error } = await runNode(
			params(resource, 'get', { adAccount: rl(ACCOUNT), [parameter]: rl(id, 'list') }),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { id, status: 'ACTIVE' }, pairedItem: { item: 0 } }]);
	});

	it('Campaign → Update Status PATCHes the collection with [{ id, ad_account_id, status }] and returns the campaign', async () => {
		nock(BASE)
			.patch(`/ad_accounts/${ACCOUNT}/campaigns`, [
				{ id: '11', ad_account_id: ACCOUNT, status: 'PAUSED' },
			])
			.reply(200, {
				items: [{ data: { id: '11', status: 'PAUSED', name: 'Spring' }, exceptions: [] }],
			});
		const { items, error } = await runNode(
			params('campaign', 'updateStatus', {
				adAccount: rl(ACCOUNT),
				campaign: rl('11'),
				status: 'PAUSED',
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { id: '11', status: 'PAUSED', name: 'Spring' }, pairedItem: { item: 0 } },
		]);
	});

	it('Ad Group → Update Status, one PATCH per item; a bad ID and a Pinterest exception become paired error items under Continue On Fail', async () => {
		nock(BASE)
			.patch(`/ad_accounts/${ACCOUNT}/ad_groups`, [{ id: '21', status: 'PAUSED' }])
			.reply(200, { items: [{ data: { id: '21', status: 'PAUSED' }, exceptions: [] }] });
		nock(BASE)
			.patch(`/ad_accounts/${ACCOUNT}/ad_groups`, [{ id: '23', status: 'PAUSED' }])
			.reply(200, {
				items: [{ data: null, exceptions: [{ code: 2, message: 'Ad group not found.' }] }],
			});
		const { items, error } = await runNode(
			params('adGroup', 'updateStatus', {
				adAccount: rl(ACCOUNT),
				adGroup: rl('={{ $json.id }}'),
				status: 'PAUSED',
			}),
			{
				credentials: await token(),
				continueOnFail: true,
				input: [{ json: { id: '21' } }, { json: { id: 'abc' } }, { json: { id: '23' } }],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ id: '21', status: 'PAUSED' }, { item: 0 }],
			[{ error: 'Ad Group must contain digits only' }, { item: 1 }],
			[{ error: 'Pinterest did not update the status: Ad group not found. (code 2)' }, { item: 2 }],
		]);
	});

	it('Ad → Update Status sends [{ id, status }] and takes the exception object of ads responses', async () => {
		nock(BASE)
			.patch(`/ad_accounts/${ACCOUNT}/ads`, [{ id: '31', status: 'ARCHIVED' }])
			.reply(200, { items: [{ data: { id: '31', status: 'ARCHIVED' }, exceptions: {} }] });
		const { items } = await runNode(
			params('ad', 'updateStatus', { adAccount: rl(ACCOUNT), ad: rl('31'), status: 'ARCHIVED' }),
			{ credentials: await token() },
		);
		expect(items).toEqual([{ json: { id: '31', status: 'ARCHIVED' }, pairedItem: { item: 0 } }]);
	});

	it('Campaign → Get Analytics sends the chosen IDs as repeated campaign_ids; Hour with Today passes the 8-day rule', async () => {
		let raw = '';
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/campaigns/analytics`)
			.query((query) => {
				expect(query).toEqual({
					campaign_ids: ['11', '12'],
					start_date: utcDay(0),
					end_date: utcDay(0),
					granularity: 'HOUR',
					columns: 'SPEND_IN_DOLLAR',
				});
				return true;
			})
			.reply(function (uri) {
				raw = uri;
				return [200, [{ CAMPAIGN_ID: '11', DATE: utcDay(0), SPEND_IN_DOLLAR: 1 }]];
			});
		const { items, error } = await runNode(
			params('campaign', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				campaignIds: '11, 12,11',
				dateRange: 'today',
				granularity: 'HOUR',
				columns: ['SPEND_IN_DOLLAR'],
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(raw).toContain('campaign_ids=11&campaign_ids=12');
		expect(items).toEqual([
			{ json: { CAMPAIGN_ID: '11', DATE: utcDay(0), SPEND_IN_DOLLAR: 1 }, pairedItem: { item: 0 } },
		]);
	});

	it('date rules are checked before any request and name the limit', async () => {
		const credentials = await token();
		const hourly = await runNode(
			params('adGroup', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				adGroupIds: '21',
				dateRange: 'last7Days',
				granularity: 'HOUR',
				columns: ['SPEND_IN_DOLLAR'],
			}),
			{ credentials },
		);
		expect(hourly.error?.message).toBe(
			`End Date ${utcDay(-1)} is more than 3 days after Start Date ${utcDay(-7)}`,
		);
		expect(hourly.error?.description).toContain(
			'With granularity Hour, Pinterest allows at most 3 days',
		);
		const old = await runNode(
			params('ad', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				adIds: '31',
				dateRange: 'custom',
				startDate: utcDay(-91),
				endDate: utcDay(-80),
				granularity: 'DAY',
				columns: ['SPEND_IN_DOLLAR'],
			}),
			{ credentials },
		);
		expect(old.error?.message).toBe(
			`Start Date ${utcDay(-91)} is more than 90 days back from today`,
		);
		expect(old.error?.description).toContain(`the earliest Start Date today is ${utcDay(-90)}`);
		const account = await runNode(
			params('adAccount', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				dateRange: 'custom',
				startDate: `${utcDay(-9)}T00:00:00`,
				endDate: utcDay(-8),
				granularity: 'HOUR',
				columns: ['SPEND_IN_DOLLAR'],
			}),
			{ credentials },
		);
		expect(account.error?.message).toBe(
			`Start Date ${utcDay(-9)} is more than 8 days back from today`,
		);
		const noIds = await runNode(
			params('campaign', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				campaignIds: '={{ "" }}',
				granularity: 'DAY',
			}),
			{ credentials },
		);
		expect(noIds.error?.message).toBe('Campaign IDs is empty');
	});

	it('a 403 names the scopes the operation needs', async () => {
		nock(BASE)
			.patch(`/ad_accounts/${ACCOUNT}/campaigns`)
			.reply(403, { code: 29, message: 'You are not permitted to access that resource.' });
		const { error } = await runNode(
			params('campaign', 'updateStatus', {
				adAccount: rl(ACCOUNT),
				campaign: rl('11'),
				status: 'ACTIVE',
			}),
			{ credentials: await token() },
		);
		expect(error?.message).toBe(
			'Pinterest 403 (code 29): You are not permitted to access that resource.',
		);
		expect(error?.description).toContain('This operation needs the ads:write scope.');
		expect(error?.description).toContain('Include Ads and Catalogs Scopes');
	});

	it('Ad → Get Many: one kind of ID filter at a time; ad group filter sent as repeated keys', async () => {
		const credentials = await token();
		const both = await runNode(
			params('ad', 'getAll', {
				adAccount: rl(ACCOUNT),
				returnAll: true,
				entityStatuses: ['ACTIVE'],
				filters: { campaignIds: '11', adGroupIds: '21' },
			}),
			{ credentials },
		);
		expect(both.error?.message).toBe('Use only one of Campaign IDs and Ad Group IDs');
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/ads`)
			.query({ entity_statuses: 'ACTIVE', ad_group_ids: ['21', '22'], page_size: '250' })
			.reply(200, { items: [{ id: '31' }], bookmark: null });
		const ok = await runNode(
			params('ad', 'getAll', {
				adAccount: rl(ACCOUNT),
				returnAll: true,
				entityStatuses: ['ACTIVE'],
				filters: { adGroupIds: '21,22' },
			}),
			{ credentials },
		);
		expect(ok.items).toEqual([{ json: { id: '31' }, pairedItem: { item: 0 } }]);
	});

	it('list search: campaigns of the chosen ad account, ad groups of the chosen campaign', async () => {
		const credentials = await token();
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/campaigns`)
			.query({ entity_statuses: ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT'], page_size: '250' })
			.reply(200, {
				items: [
					{ id: '11', name: 'Spring', status: 'ACTIVE' },
					{ id: '12', name: 'Fall', status: 'PAUSED' },
				],
				bookmark: 'b2',
			});
		const context = await loadOptionsContext(
			{
				authentication: 'accessToken',
				resource: 'campaign',
				operation: 'get',
				adAccount: rl(ACCOUNT, 'list'),
			},
			credentials,
		);
		const { searchCampaigns, searchAdGroups } = await import(
			'../../../nodes/Pinterest/methods/adsListSearch'
		);
		expect(await searchCampaigns.call(context, 'spr')).toEqual({
			results: [{ name: 'Spring (active)', value: '11' }],
			paginationToken: 'b2',
		});
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/ad_groups`)
			.query({
				entity_statuses: ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT'],
				campaign_ids: '11',
				page_size: '250',
				bookmark: 'x',
			})
			.reply(200, { items: [{ id: '21', name: 'AG', status: 'ACTIVE' }], bookmark: null });
		const groups = await loadOptionsContext(
			{
				authentication: 'accessToken',
				resource: 'adGroup',
				operation: 'get',
				adAccount: rl(ACCOUNT),
				campaign: rl('11', 'list'),
			},
			credentials,
		);
		expect(await searchAdGroups.call(groups, undefined, 'x')).toEqual({
			results: [{ name: 'AG (active)', value: '21' }],
			paginationToken: undefined,
		});
	});
});
