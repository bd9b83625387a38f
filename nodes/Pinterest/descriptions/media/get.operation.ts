import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName: 'Media ID',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '12345',
		description: 'The media_id returned by Media → Upload',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['get'] } },
	properties,
);
