import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, TOKEN, ACCOUNT, utcDay, rl, token, params } from './entityFixtures';

describe('Ad Account, Campaign, Ad Group and Ad through RoutingNode', () => {
	useStrictNock();

	it('Ad Account → Get Many pages with the bookmark and stops at the limit', async () => {
		nock(BASE)
			.get('/ad_accounts')
			.query({ include_shared_accounts: 'false', page_size: 3 })
			.matchHeader('authorization', `Bearer ${TOKEN}`)
			.reply(200, {
				items: [
					{ id: '1', name: 'A' },
					{ id: '2', name: 'B' },
				],
				bookmark: 'bm1',
			});
		nock(BASE)
			.get('/ad_accounts')
			.query({ include_shared_accounts: 'false', page_size: 1, bookmark: 'bm1' })
			.reply(200, { items: [{ id: '3', name: 'C' }], bookmark: 'bm2' });
		const { items, error } = await runNode(
			params('adAccount', 'getAll', {
				returnAll: false,
				limit: 3,
				filters: { includeSharedAccounts: false },
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { id: '1', name: 'A' }, pairedItem: { item: 0 } },
			{ json: { id: '2', name: 'B' }, pairedItem: { item: 0 } },
			{ json: { id: '3', name: 'C' }, pairedItem: { item: 0 } },
		]);
	});

	it('Ad Account → Get reads /ad_accounts/{id}', async () => {
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}`)
			.reply(200, { id: ACCOUNT, name: 'Shop', currency: 'USD' });
		const { items } = await runNode(
			params('adAccount', 'get', { adAccount: rl(ACCOUNT, 'list') }),
			{
				credentials: await token(),
			},
		);
		expect(items).toEqual([
			{ json: { id: ACCOUNT, name: 'Shop', currency: 'USD' }, pairedItem: { item: 0 } },
		]);
	});

	it('Ad Account → Get Analytics sends dates, granularity, comma-joined columns and attribution; one item per row', async () => {
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/analytics`)
			.query((query) => {
				expect(query).toEqual({
					start_date: utcDay(-7),
					end_date: utcDay(-1),
					granularity: 'DAY',
					columns: 'SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH',
					click_window_days: '7',
					view_window_days: '0',
					conversion_report_time: 'TIME_OF_CONVERSION',
				});
				return true;
			})
			.reply(200, [
				{ AD_ACCOUNT_ID: ACCOUNT, DATE: utcDay(-2), SPEND_IN_DOLLAR: 12.5, TOTAL_CLICKTHROUGH: 4 },
				{ AD_ACCOUNT_ID: ACCOUNT, DATE: utcDay(-1), SPEND_IN_DOLLAR: 3, TOTAL_CLICKTHROUGH: 1 },
			]);
		const { items, error } = await runNode(
			params('adAccount', 'getAnalytics', {
				adAccount: rl(ACCOUNT),
				dateRange: 'last7Days',
				granularity: 'DAY',
				columns: ['SPEND_IN_DOLLAR', 'TOTAL_CLICKTHROUGH'],
				attribution: {
					click_window_days: 7,
					view_window_days: 0,
					conversion_report_time: 'TIME_OF_CONVERSION',
				},
			}),
			{ credentials: await token() },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					AD_ACCOUNT_ID: ACCOUNT,
					DATE: utcDay(-2),
					SPEND_IN_DOLLAR: 12.5,
					TOTAL_CLICKTHROUGH: 4,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					AD_ACCOUNT_ID: ACCOUNT,
					DATE: utcDay(-1),
					SPEND_IN_DOLLAR: 3,
					TOTAL_CLICKTHROUGH: 1,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Campaign → Get Many sends the status filter (default Active and Paused) as repeated keys', async () => {
		let query = '';
		nock(BASE)
			.get(`/ad_accounts/${ACCOUNT}/campaigns`)
			.query((q) => {
				query = new URLSearchParams(q as Record<string, string>).toString();
				expect(q).toEqual({
					entity_statuses: ['ACTIVE', 'PAUSED'],
					order: 'DESCENDING',
					page_size: '50',
				});
				return true;
			})
			.reply(200, { items: [{ id: '11', name: 'Spring', status: 'ACTIVE' }], bookmark: null });
		const { items } = await runNode(
			params('campaign', 'getAll', {
				adAccount: rl(ACCOUNT),
				entityStatuses: ['ACTIVE', 'PAUSED'],
				filters: { order: 'DESCENDING' },
			}),
			{ credentials: await token() },
		);
		expect(query).toContain('entity_statuses=ACTIVE');
		expect(items).toEqual([
			{ json: { id: '11', name: 'Spring', status: 'ACTIVE' }, pairedItem: { item: 0 } },
		]);
	});
});
