import type { INodeProperties, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { DescriptionWithBuilderHint } from './builderHint';
import { pinterestBuilderHint, pinterestToolBuilderHint } from './builderHint';

import { authenticationProperty } from './descriptions/shared/authentication';
import { resourceProperties } from './descriptions';
import { retryOptions } from './descriptions/shared/rateLimit';
import { adsListSearch } from './methods/adsListSearch';
import { pinterestFeedLocationApiTest } from './methods/credentialTest';
import { searchBoards, searchPins, searchSections } from './methods/listSearch';
import { PINTEREST_APP_DESCRIPTION, resourceOperationSubtitle } from './subtitles';

const properties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		// Written out so that n8n's lint rules can check the menu; a test keeps it equal to
		// the resources in descriptions/index.ts that have operations.
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Ad', value: 'ad' },
			{ name: 'Ad Account', value: 'adAccount' },
			{ name: 'Ad Group', value: 'adGroup' },
			{ name: 'Audience', value: 'audience' },
			{ name: 'Board', value: 'board' },
			{ name: 'Board Section', value: 'boardSection' },
			{ name: 'Campaign', value: 'campaign' },
			{ name: 'Catalog', value: 'catalog' },
			{ name: 'Conversion', value: 'conversion' },
			{ name: 'Conversion Tag', value: 'conversionTag' },
			{ name: 'Customer List', value: 'customerList' },
			{ name: 'Feed', value: 'feed' },
			{ name: 'Follow', value: 'follow' },
			{ name: 'Keyword', value: 'keyword' },
			{ name: 'Lead Form', value: 'leadForm' },
			{ name: 'Lead Subscription', value: 'leadSubscription' },
			{ name: 'Media', value: 'media' },
			{ name: 'Pin', value: 'pin' },
			{ name: 'Product Group', value: 'productGroup' },
			{ name: 'Report', value: 'report' },
			{ name: 'Search', value: 'search' },
			{ name: 'Trend', value: 'trend' },
		],
		default: 'board',
	},
	...resourceProperties,
	retryOptions,
];

export class Pinterest implements INodeType {
	description: DescriptionWithBuilderHint = {
		displayName: 'Pinterest',
		name: 'pinterest',
		icon: { light: 'file:../../icons/pinterest.svg', dark: 'file:../../icons/pinterest.dark.svg' },
		group: ['output'],
		// 1.1: Simplify on by default for Board → Get Pins and Board Section → Get Pins, Report →
		// Create's Columns a multi-select. Version 1 keeps its defaults and fields, so saved
		// workflows give the same output.
		// 1.2: Trend → Get Trending Keywords names its limit Number of Keywords (n8n's limit hint
		// offered a Return All that does not exist) and leaves the time series out unless asked.
		version: [1, 1.1, 1.2],
		defaultVersion: 1.2,
		// "Create: Pin", the menus' display names (n8n would show the raw values)
		subtitle: resourceOperationSubtitle(properties),
		description: PINTEREST_APP_DESCRIPTION,
		defaults: { name: 'Pinterest' },
		// As an AI Agent's tool (Pinterest Tool), n8n 2.41.1's builder reads this hint instead.
		usableAsTool: { replacements: { builderHint: pinterestToolBuilderHint } },
		builderHint: pinterestBuilderHint,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Written out so that n8n's lint rules can check them; the first two are the Authentication
		// choice's (descriptions/shared/authentication.ts, shared with the trigger), the third the
		// login of a protected feed location (Feed → Create / Update with Protected Location on).
		credentials: [
			{
				name: 'pinterestOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'pinterestApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
			{
				name: 'pinterestFeedLocationApi',
				required: true,
				testedBy: 'pinterestFeedLocationApiTest',
				displayOptions: {
					show: { resource: ['feed'], operation: ['create', 'update'], protectedLocation: [true] },
				},
			},
		],
		// Every operation's routing hands the request to our executor (routing/executor.ts),
		// which adds the credential's base URL; these are only the shared headers.
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		properties,
	};

	methods = {
		listSearch: { searchBoards, searchPins, searchSections, ...adsListSearch },
		credentialTest: { pinterestFeedLocationApiTest },
	};
}
