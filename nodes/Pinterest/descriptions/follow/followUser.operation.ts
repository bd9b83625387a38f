import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName:
			'Follow User is a beta feature of the Pinterest API and not available to all apps: Pinterest may refuse it for yours',
		name: 'followUserBetaNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. pinterest',
		description: 'The user to follow, as in https://www.pinterest.com/&lt;username&gt;/',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Auto Follow',
				name: 'auto_follow',
				type: 'boolean',
				default: false,
				description:
					'Whether the follow comes from a follow link a partner put on their site or in an email. Only selected partners can be followed this way.',
			},
		],
	},
];

/** preSend: the body the spec requires, { auto_follow } (default false). */
export async function followBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const options = this.getNodeParameter('options', {}) as { auto_follow?: boolean };
	requestOptions.body = { auto_follow: options.auto_follow === true };
	return requestOptions;
}

export const description = updateDisplayOptions(
	{ show: { resource: ['follow'], operation: ['followUser'] } },
	properties,
);
