import type { ICredentialType, INodeProperties } from 'n8n-workflow';

// The login of a protected feed location (an FTP, SFTP or password-protected web address):
// Feed → Create and Feed → Update send it to Pinterest as the feed's credentials. Kept in an n8n
// credential so that the password is stored encrypted and never part of the workflow or its
// errors and logs; the node removes it from the feeds it outputs.
export class PinterestFeedLocationApi implements ICredentialType {
	name = 'pinterestFeedLocationApi';

	displayName = 'Pinterest Feed Location API';

	documentationUrl = 'https://developers.pinterest.com/docs/api-features/shopping-overview/';

	icon = {
		light: 'file:../icons/pinterest.svg',
		dark: 'file:../icons/pinterest.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The user name Pinterest logs in with to download the feed file',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The password of that user',
		},
	];
}
