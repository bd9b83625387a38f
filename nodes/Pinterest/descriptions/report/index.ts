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
					'Ask Pinterest for an ads report of an ad account (level, date range, granularity, columns, filters), wait until it is ready and download it. Returns one item per row, the file as binary data, or just the token for Get Status (not available in Sandbox).',
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
				description:
					'Check a report by the token Report → Create returned. Returns its status, and once finished one item per row or the file as binary data.',
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
