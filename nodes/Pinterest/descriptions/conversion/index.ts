import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import * as sendEvents from './sendEvents.operation';

export const conversionOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversion'] } },
		default: 'sendEvents',
		options: [sendEvents.option],
	},
];

export const conversionFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['conversion'] } }, [sendEvents.notice]),
	...sendEvents.description,
];
