import type { INodeProperties } from 'n8n-workflow';

import { analyticsOutput, topPinsOutput } from '../../hooks/analytics';
import { route } from '../../routing/route';
import * as getAnalytics from './getAnalytics.operation';
import * as getTopPins from './getTopPins.operation';
import * as getTopVideoPins from './getTopVideoPins.operation';
import { topPinsPreSend } from './shared';

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
		],
	},
];

export const accountFields: INodeProperties[] = [
	...getAnalytics.description,
	...getTopPins.description,
	...getTopVideoPins.description,
];
