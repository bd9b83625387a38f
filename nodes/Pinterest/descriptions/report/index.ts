import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { route } from '../../routing/route';
import {
	reportStatusOutput,
	sendReportRequest,
	sendReportToken,
	waitForReport,
} from '../../hooks/report';
import * as create from './create.operation';
import * as getStatus from './getStatus.operation';

export const reportOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a report',
				description:
					'Ask Pinterest for an analytics report, wait until it is ready and return its rows or file (not available in Sandbox)',
				routing: route({
					method: 'POST',
					url: '/ad_accounts/{adAccountId}/reports',
					scopes: ['ads:read'],
					preSend: [sendReportRequest],
					postReceive: [waitForReport],
				}),
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a report',
				description: 'Check a report by its token, and get its rows or file once it is finished',
				routing: route({
					method: 'GET',
					url: '/ad_accounts/{adAccountId}/reports',
					scopes: ['ads:read'],
					preSend: [sendReportToken],
					postReceive: [reportStatusOutput],
				}),
			},
		],
	},
];

export const reportFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['report'] } }, [scopesNotice('ads:read')]),
	...create.description,
	...getStatus.description,
];
