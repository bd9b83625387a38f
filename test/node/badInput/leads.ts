/** Bad-input catalogue rows: Lead Form and Lead Subscription (the simulator's lead ads routes). */
import type { Row } from './row';
import { fromItem, id } from './row';

export const leadRows: Row[] = [
	{
		name: 'lead form ID with letters',
		params: (ids) => ({
			resource: 'leadForm',
			operation: 'get',
			adAccount: id(ids.adAccount),
			leadForm: fromItem,
		}),
		good: (ids) => ids.leadForm,
		bad: 'form-1',
		error: /^Lead Form must contain digits only$/,
		request: ['GET', (ids) => `/v5/ad_accounts/${ids.adAccount}/lead_forms/`],
	},
	{
		name: 'lead forms of an ad account ID that lost precision as a number',
		params: () => ({
			resource: 'leadForm',
			operation: 'getAll',
			adAccount: { __rl: true, mode: 'id', value: '={{ $json.v }}' },
			returnAll: true,
		}),
		good: (ids) => ids.adAccount,
		bad: 549755885175123456,
		error: /^Ad Account must be a string of digits$/,
		request: ['GET', '/v5/ad_accounts/'],
	},
	{
		name: 'test lead answer that is not text',
		params: (ids) => ({
			resource: 'leadForm',
			operation: 'createTestLead',
			adAccount: id(ids.adAccount),
			leadForm: id(ids.leadForm),
			answers: {
				answer: [{ value: '={{ $json.v }}' }, { value: 'a@example.com' }, { value: 'Under $100' }],
			},
		}),
		good: () => 'Ann',
		bad: null,
		error: /^Answer 1 must be text$/,
		request: ['POST', (ids) => `/v5/ad_accounts/${ids.adAccount}/lead_forms/`],
	},
	{
		name: 'lead subscription ID with letters',
		params: (ids) => ({
			resource: 'leadSubscription',
			operation: 'get',
			adAccount: id(ids.adAccount),
			subscriptionId: '={{ $json.v }}',
		}),
		good: (ids) => ids.leadSubscription,
		bad: 'sub-1',
		error: /^Subscription ID must contain digits only$/,
		request: ['GET', (ids) => `/v5/ad_accounts/${ids.adAccount}/leads/subscriptions/`],
	},
	{
		name: 'lead subscription to delete with an empty ID',
		params: (ids) => ({
			resource: 'leadSubscription',
			operation: 'delete',
			adAccount: id(ids.adAccount),
			subscriptionId: '={{ $json.v }}',
		}),
		good: () => '__fresh_subscription__',
		bad: '',
		error: /^Subscription ID is empty$/,
		request: ['DELETE', (ids) => `/v5/ad_accounts/${ids.adAccount}/leads/subscriptions/`],
	},
];
