import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlExpression, environmentProperties } from './PinterestEnvironment';

export class PinterestApi implements ICredentialType {
	name = 'pinterestApi';

	displayName = 'Pinterest Access Token API';

	documentationUrl =
		'https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/';

	icon = {
		light: 'file:../icons/pinterest.svg',
		dark: 'file:../icons/pinterest.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A token generated in your app on developers.pinterest.com (starts with "pina"). It expires; for long-running workflows use the OAuth2 credential.',
		},
		...environmentProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression,
			url: '/user_account',
		},
	};
}
