import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the report was created for'),
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description:
			'The token Report → Create returned (Output "Token"). Reports are kept for one hour.',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'status',
		options: [
			{
				name: 'File',
				value: 'file',
				description: 'When finished: one item with the report file as binary data',
			},
			{
				name: 'Rows',
				value: 'rows',
				description: 'When finished: one item per row of the report',
			},
			{
				name: 'Status',
				value: 'status',
				description:
					'One item with the status, size and the download link (valid for five minutes)',
			},
		],
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { output: ['file'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['getStatus'] } },
	properties,
);
