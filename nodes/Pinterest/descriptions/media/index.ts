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
				description:
					'Get the processing status of one video upload, given its media ID. Returns media_id, media_type and status (registered, processing, succeeded or failed).',
				routing: route({ method: 'GET', url: '/media/{media}' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many media uploads',
				description:
					'List the video uploads of the connected account; needs no input. Returns one item per upload with its media ID and status.',
				routing: route({ method: 'GET', url: '/media', list: {} }),
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a video',
				description:
					'Upload a video from a binary field of the input item and wait until Pinterest has processed it. Returns the media_id and status, for Pin → Create with Video by Media ID.',
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
