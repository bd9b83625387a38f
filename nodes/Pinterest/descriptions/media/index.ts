import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../routing/route';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export const mediaOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['media'] } },
		default: 'upload',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a media upload',
				description: 'Get the processing status of an uploaded video',
				routing: route({ method: 'GET', url: '/media/{media}' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many media uploads',
				description: 'List the video uploads of the connected account',
				routing: route({ method: 'GET', url: '/media', list: {} }),
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a video',
				description:
					'Upload a video file for a video pin and wait until Pinterest has processed it',
				routing: route({
					method: 'POST',
					url: '/media',
					preSend: upload.preSend,
					postReceive: upload.postReceive,
				}),
			},
		],
	},
];

export const mediaFields: INodeProperties[] = [
	...get.description,
	...getAll.description,
	...upload.description,
];
