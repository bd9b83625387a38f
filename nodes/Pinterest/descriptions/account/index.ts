import type { INodeProperties } from 'n8n-workflow';

import { analyticsOutput, topPinsOutput } from '../../hooks/analytics';
import { splitArray } from '../../hooks/results';
import { route } from '../../routing/route';
import * as getAnalytics from './getAnalytics.operation';
import * as getTopPins from './getTopPins.operation';
import * as getTopVideoPins from './getTopVideoPins.operation';
import * as getWebsiteVerificationCode from './getWebsiteVerificationCode.operation';
import * as getWebsites from './getWebsites.operation';
import { topPinsPreSend } from './shared';
import * as unverifyWebsite from './unverifyWebsite.operation';
import * as verifyWebsite from './verifyWebsite.operation';
import { websiteInBody, websiteInQuery } from './website';

export const accountOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the connected account',
				description: 'Get the account the credential belongs to: username, type, counts',
				routing: route({ method: 'GET', url: '/user_account' }),
			},
			{
				name: 'Get Analytics',
				value: 'getAnalytics',
				action: 'Get account analytics',
				description:
					'Daily impressions, saves, clicks and engagement of the account (not available in Sandbox)',
				routing: route({
					method: 'GET',
					url: '/user_account/analytics',
					preSend: getAnalytics.preSend,
					postReceive: [analyticsOutput],
				}),
			},
			{
				name: 'Get Linked Businesses',
				value: 'getLinkedBusinesses',
				action: 'Get linked business accounts',
				description: 'The business accounts linked to the connected account',
				routing: route({
					method: 'GET',
					url: '/user_account/businesses',
					postReceive: [splitArray],
				}),
			},
			{
				name: 'Get Top Pins',
				value: 'getTopPins',
				action: 'Get top pins of the account',
				description:
					'The best pins of the account by a metric, up to 50 (not available in Sandbox)',
				routing: route({
					method: 'GET',
					url: '/user_account/analytics/top_pins',
					preSend: topPinsPreSend,
					postReceive: [topPinsOutput],
				}),
			},
			{
				name: 'Get Top Video Pins',
				value: 'getTopVideoPins',
				action: 'Get top video pins of the account',
				description:
					'The best video pins of the account by a video metric, up to 50 (not available in Sandbox)',
				routing: route({
					method: 'GET',
					url: '/user_account/analytics/top_video_pins',
					preSend: topPinsPreSend,
					postReceive: [topPinsOutput],
				}),
			},
			{
				name: 'Get Website Verification Code',
				value: 'getWebsiteVerificationCode',
				action: 'Get the website verification code',
				description:
					'The meta tag, HTML file and DNS TXT record that prove a website is yours (not available in Sandbox)',
				routing: route({ method: 'GET', url: '/user_account/websites/verification' }),
			},
			{
				name: 'Get Websites',
				value: 'getWebsites',
				action: 'Get the websites of the account',
				description:
					'The websites of the account, verified or not, with their status (not available in Sandbox)',
				routing: route({ method: 'GET', url: '/user_account/websites', list: {} }),
			},
			{
				name: 'Unverify Website',
				value: 'unverifyWebsite',
				action: 'Unverify a website',
				description: 'Remove the claim on a verified website (not available in Sandbox)',
				routing: route({
					method: 'DELETE',
					url: '/user_account/websites',
					preSend: [websiteInQuery],
					postReceive: [unverifyWebsite.unverifiedResult],
				}),
			},
			{
				name: 'Verify Website',
				value: 'verifyWebsite',
				action: 'Verify a website',
				description:
					'Claim a website once its verification code is in place (not available in Sandbox)',
				routing: route({
					method: 'POST',
					url: '/user_account/websites',
					preSend: [websiteInBody],
				}),
			},
		],
	},
];

export const accountFields: INodeProperties[] = [
	...getAnalytics.description,
	...getTopPins.description,
	...getTopVideoPins.description,
	...getWebsiteVerificationCode.description,
	...getWebsites.description,
	...unverifyWebsite.description,
	...verifyWebsite.description,
];
