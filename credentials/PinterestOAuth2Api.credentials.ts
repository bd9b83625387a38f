import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	AUTHORIZATION_URL,
	PRODUCTION_BASE_URL,
	SANDBOX_BASE_URL,
	environmentProperties,
} from './PinterestEnvironment';

// Everything the Pinterest node and trigger can do with organic content (the OAuth scopes in Pinterest's OpenAPI description).
// Pinterest joins scopes with commas.
export const PINTEREST_SCOPES = [
	'user_accounts:read',
	'user_accounts:write',
	'boards:read',
	'boards:read_secret',
	'boards:write',
	'boards:write_secret',
	'pins:read',
	'pins:read_secret',
	'pins:write',
	'pins:write_secret',
];

// Advertising and catalogs, asked for only when the user turns them on.
export const PINTEREST_ADS_SCOPES = ['ads:read', 'ads:write', 'catalogs:read', 'catalogs:write'];

export class PinterestOAuth2Api implements ICredentialType {
	name = 'pinterestOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Pinterest OAuth2 API';

	// The README's setup steps (redirect URL, app, scopes). n8n opens a credential's link as it is
	// (it adds tracking parameters only to docs.n8n.io links), so the section anchor stays intact.
	documentationUrl =
		'https://github.com/n8n-nodes-pinterest-api/n8n-nodes-pinterest-api/blob/main/README.md#credentials';

	icon = {
		light: 'file:../icons/pinterest.svg',
		dark: 'file:../icons/pinterest.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Include Ads and Catalogs Scopes',
			name: 'includeAdsScopes',
			type: 'boolean',
			default: false,
			description:
				'Whether to also ask for ads:read, ads:write, catalogs:read and catalogs:write, needed by the ad account, campaign, ad group, ad, report, catalog, feed, product group, audience, keyword, conversion tag and customer list resources. Reconnect after changing it.',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			// The consent page is on Pinterest's website for Production and Sandbox; with a
			// Custom Base URL (a proxy, the simulator) it is that host's /oauth/.
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default:
				'={{ $self.environment === "custom" ? String($self.customBaseUrl).replace(/\\/+$/, "").replace(/\\/v5$/, "") + "/oauth/" : "' +
				AUTHORIZATION_URL +
				'" }}',
		},
		{
			// The token endpoint lives on the API host, so it follows the chosen environment.
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default:
				'={{ $self.environment === "sandbox" ? "' +
				SANDBOX_BASE_URL +
				'/oauth/token" : $self.environment === "custom" ? String($self.customBaseUrl).replace(/\\/+$/, "") + "/oauth/token" : "' +
				PRODUCTION_BASE_URL +
				'/oauth/token" }}',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default:
				'={{ "' +
				PINTEREST_SCOPES.join(',') +
				'" + ($self.includeAdsScopes ? ",' +
				PINTEREST_ADS_SCOPES.join(',') +
				'" : "") }}',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// Pinterest wants the app id and secret as HTTP Basic on the token request.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];
}
