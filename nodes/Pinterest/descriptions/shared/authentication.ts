import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

// Shared by the Pinterest node and the Pinterest Trigger: the Authentication choice and the
// credential each choice uses (transport/index.ts maps the choice to the credential type).
export const pinterestCredentials: INodeCredentialDescription[] = [
	{
		name: 'pinterestOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
	{
		name: 'pinterestApi',
		required: true,
		displayOptions: { show: { authentication: ['accessToken'] } },
	},
];

/**
 * The action node's one extra credential: the login of a protected feed location, used by
 * Feed → Create and Feed → Update when Protected Location is on (RoutingNode authenticates with
 * the credential of the Authentication choice only, so this one never signs a request).
 */
export const feedLocationCredential: INodeCredentialDescription = {
	name: 'pinterestFeedLocationApi',
	required: true,
	displayOptions: {
		show: { resource: ['feed'], operation: ['create', 'update'], protectedLocation: [true] },
	},
};

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'OAuth2', value: 'oAuth2' },
		{ name: 'Access Token', value: 'accessToken' },
	],
	default: 'oAuth2',
};
