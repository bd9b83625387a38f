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
		],
	},
];

export const accountFields: INodeProperties[] = [
	...getAnalytics.description,
	...getTopPins.description,
	...getTopVideoPins.description,
];
