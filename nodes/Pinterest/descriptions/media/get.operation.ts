import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkId } from '../../hooks/ids';

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

async function fillMediaId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const id = checkId(this.getNode(), this.getNodeParameter('mediaId', ''), 'Media ID', this.getItemIndex());
	requestOptions.url = requestOptions.url.replace('{media}', id);
	return requestOptions;
}

export const preSend: PreSendAction[] = [fillMediaId];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['get'] } },
	properties,
);
