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

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	// marked as n8n's own nodes mark it (title case for n8n's lint; the order already puts it
	// first); the values, what saved workflows hold, are unchanged
	options: [
		{ name: 'OAuth2 (Recommended)', value: 'oAuth2' },
		{ name: 'Access Token', value: 'accessToken' },
	],
	default: 'oAuth2',
};
