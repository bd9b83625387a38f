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
				description:
					'Get the Pinterest account the credential belongs to; needs no input. Returns one item: username, account type, profile image, website and its board, pin, follower and monthly view counts.',
				routing: route({ method: 'GET', url: '/user_account' }),
			},
			{
				name: 'Get Analytics',
				value: 'getAnalytics',
				action: 'Get account analytics',
				description:
					'Get the impressions, saves, clicks and engagement of the connected account for a date range (up to 90 days back), optionally split by app type, content, format or source. Returns one item per day (and group), one summary per group, or the raw answer (not available in Sandbox).',
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
				description:
					'List the business accounts linked to the connected account; needs no input. Returns one item per business account with its username and profile.',
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
					'Get the best pins of the connected account over a date range, ranked by a metric such as impressions or saves (up to 50). Returns one item per pin: rank, pin_id and its metrics (not available in Sandbox).',
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
					'Get the best video pins of the connected account over a date range, ranked by a video metric (up to 50). Returns one item per pin: rank, pin_id and its metrics (not available in Sandbox).',
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
					'Get the codes that prove a website belongs to the connected account; needs no input. Returns one item with the meta tag, the HTML file name and content, and the DNS TXT record (not available in Sandbox).',
				routing: route({ method: 'GET', url: '/user_account/websites/verification' }),
			},
			{
				name: 'Get Websites',
				value: 'getWebsites',
				action: 'Get the websites of the account',
				description:
					'List the websites claimed by the connected account. Returns one item per website with its status and verification time (not available in Sandbox).',
				routing: route({ method: 'GET', url: '/user_account/websites', list: {} }),
			},
			{
				name: 'Unverify Website',
				value: 'unverifyWebsite',
				action: 'Unverify a website',
				description:
					"Remove the connected account's claim on a website; needs the website domain. Returns one item: { unverified: true, website } (not available in Sandbox).",
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
					'Claim a website for the connected account once its verification code is in place; needs the website domain and the verification method. Returns one item with the website and its verification status (not available in Sandbox).',
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
