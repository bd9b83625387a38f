import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendSyncAnalytics } from '../../hooks/adsAnalytics';
import {
	adsDateRangeProperties,
	attributionProperty,
	columnsProperty,
	granularityProperty,
	syncDateHint,
} from '../shared/analyticsFields';
import { idsOption, orderOption, scopesNotice, sendIdFilters, statusesProperty } from './fields';
import { adsLocator, article, returnAllOrLimit } from '../shared/locators';
import { route } from '../../routing/route';
import { splitArray } from '../../hooks/results';
import { sendStatusUpdate, statusProperty, statusUpdateResult } from './status';

// Campaigns, ad groups and ads share their operations: Get Many (under an ad account),
// Get, Get Analytics (for chosen IDs) and Update Status (PATCH of the collection).

export interface EntityConfig {
	resource: 'campaign' | 'adGroup' | 'ad';
	/** "campaign", "ad group", "ad" */
	label: string;
	plural: string;
	/** Path segment below the ad account: campaigns, ad_groups, ads. */
	segment: string;
	key: 'campaignId' | 'adGroupId' | 'adId';
	/** Analytics ID list: parameter, query name, field. */
	analyticsIds: { parameter: string; query: string; field: string };
	/** ID filters of Get Many (in the Filters collection). */
	listFilters: Array<{ parameter: string; query: string; field: string; description: string }>;
}

export const CAMPAIGN: EntityConfig = {
	resource: 'campaign',
	label: 'campaign',
	plural: 'campaigns',
	segment: 'campaigns',
	key: 'campaignId',
	analyticsIds: { parameter: 'campaignIds', query: 'campaign_ids', field: 'Campaign IDs' },
	listFilters: [
		{
			parameter: 'campaignIds',
			query: 'campaign_ids',
			field: 'Campaign IDs',
			description: 'Only these campaigns (IDs separated by commas, up to 250)',
		},
	],
};

export const AD_GROUP: EntityConfig = {
	resource: 'adGroup',
	label: 'ad group',
	plural: 'ad groups',
	segment: 'ad_groups',
	key: 'adGroupId',
	analyticsIds: { parameter: 'adGroupIds', query: 'ad_group_ids', field: 'Ad Group IDs' },
	listFilters: [
		{
			parameter: 'campaignIds',
			query: 'campaign_ids',
			field: 'Campaign IDs',
			description:
				'Only ad groups of these campaigns (IDs separated by commas, up to 250). Do not combine with Ad Group IDs.',
		},
		{
			parameter: 'adGroupIds',
			query: 'ad_group_ids',
			field: 'Ad Group IDs',
			description:
				'Only these ad groups (IDs separated by commas, up to 250). Do not combine with Campaign IDs.',
		},
	],
};

export const AD: EntityConfig = {
	resource: 'ad',
	label: 'ad',
	plural: 'ads',
	segment: 'ads',
	key: 'adId',
	analyticsIds: { parameter: 'adIds', query: 'ad_ids', field: 'Ad IDs' },
	listFilters: [
		{
			parameter: 'campaignIds',
			query: 'campaign_ids',
			field: 'Campaign IDs',
			description:
				'Only ads of these campaigns (IDs separated by commas). Use one kind of ID filter only.',
		},
		{
			parameter: 'adGroupIds',
			query: 'ad_group_ids',
			field: 'Ad Group IDs',
			description:
				'Only ads of these ad groups (IDs separated by commas). Use one kind of ID filter only.',
		},
		{
			parameter: 'adIds',
			query: 'ad_ids',
			field: 'Ad IDs',
			description: 'Only these ads (IDs separated by commas). Use one kind of ID filter only.',
		},
	],
};

const ACCOUNT_PATH = '/ad_accounts/{adAccountId}';

/** The Operation options of an entity resource, with their routing. */
function entityOperations(config: EntityConfig): INodeProperties[] {
	const base = `${ACCOUNT_PATH}/${config.segment}`;
	const options: INodePropertyOptions[] = [
		{
			name: 'Get',
			value: 'get',
			action: `Get ${article(config.label)} ${config.label}`,
			description: `Get one ${config.label} of an ad account, both picked from a list or by ID. Returns the ${config.label} with its status and settings.`,
			routing: route({ method: 'GET', url: `${base}/{${config.key}}`, scopes: ['ads:read'] }),
		},
		{
			name: 'Get Analytics',
			value: 'getAnalytics',
			action: `Get analytics of ${config.plural}`,
			description: `Get spend, impressions, clicks and other chosen columns of chosen ${config.plural} (IDs of an ad account) for a date range, by day, hour, week, month or in total. Returns one item per ${config.label} and period.`,
			routing: route({
				method: 'GET',
				url: `${base}/analytics`,
				scopes: ['ads:read'],
				preSend: [sendSyncAnalytics(config.analyticsIds)],
				postReceive: [splitArray],
			}),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: `Get many ${config.plural}`,
			description: `List the ${config.plural} of an ad account, by status (Active and Paused by default) and optionally by ID. Returns one item per ${config.label}.`,
			routing: route({
				method: 'GET',
				url: base,
				scopes: ['ads:read'],
				preSend: [sendIdFilters('filters', config.listFilters, config.listFilters.length > 1)],
				list: {},
			}),
		},
		{
			name: 'Update Status',
			value: 'updateStatus',
			action: `Update the status of ${article(config.label)} ${config.label}`,
			description: `Pause, activate or archive one ${config.label} of an ad account; nothing else changes. Returns the ${config.label} as Pinterest updated it.`,
			routing: route({
				method: 'PATCH',
				url: base,
				scopes: ['ads:write'],
				preSend: [sendStatusUpdate(config.key)],
				postReceive: [statusUpdateResult],
			}),
		},
	];
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [config.resource] } },
			default: 'getAll',
			options,
		},
	];
}

function show(config: EntityConfig, operation: string, properties: INodeProperties[]) {
	return updateDisplayOptions(
		{ show: { resource: [config.resource], operation: [operation] } },
		properties,
	);
}

function entityNotice(config: EntityConfig): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [config.resource] } }, [
		scopesNotice('ads:read / ads:write'),
	]);
}

function entityGetAll(config: EntityConfig): INodeProperties[] {
	return show(config, 'getAll', [
		adsLocator('adAccountId', `The ad account whose ${config.plural} to list`),
		...returnAllOrLimit,
		statusesProperty(config.plural),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				...config.listFilters.map((filter) =>
					idsOption(filter.parameter, filter.field, filter.description),
				),
				orderOption,
			].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	]);
}

function entityGet(config: EntityConfig): INodeProperties[] {
	return show(config, 'get', [
		adsLocator('adAccountId', `The ad account the ${config.label} belongs to`),
		adsLocator(config.key),
	]);
}

function entityGetAnalytics(config: EntityConfig): INodeProperties[] {
	return show(config, 'getAnalytics', [
		adsLocator('adAccountId', `The ad account the ${config.plural} belong to`),
		{
			displayName: config.analyticsIds.field,
			name: config.analyticsIds.parameter,
			type: 'string',
			default: '',
			required: true,
			placeholder: '626736533506, 626736533507',
			description: `The ${config.plural} to report on: IDs separated by commas (up to 250), or an array from an expression`,
		},
		syncDateHint(true),
		...adsDateRangeProperties(),
		granularityProperty,
		columnsProperty,
		attributionProperty,
	]);
}

function entityUpdateStatus(config: EntityConfig): INodeProperties[] {
	return show(config, 'updateStatus', [
		adsLocator('adAccountId', `The ad account the ${config.label} belongs to`),
		adsLocator(config.key),
		statusProperty(config.label),
	]);
}

/**
 * A whole entity resource: its Operation options (with their routing) and every field of its
 * operations, in the order the editor shows them. Campaign, Ad Group and Ad are each one call.
 */
export function entityResource(config: EntityConfig): {
	operations: INodeProperties[];
	fields: INodeProperties[];
} {
	return {
		operations: entityOperations(config),
		fields: [
			...entityNotice(config),
			...entityGet(config),
			...entityGetAll(config),
			...entityGetAnalytics(config),
			...entityUpdateStatus(config),
		],
	};
}
