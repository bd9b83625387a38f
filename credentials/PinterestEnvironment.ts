import type { INodeProperties } from 'n8n-workflow';

// Shared by both credentials so that the base URL and the OAuth token URL always agree.
export const PRODUCTION_BASE_URL = 'https://api.pinterest.com/v5';
export const SANDBOX_BASE_URL = 'https://api-sandbox.pinterest.com/v5';
/** Pinterest's consent page, for Production and Sandbox apps alike. */
export const AUTHORIZATION_URL = 'https://www.pinterest.com/oauth/';

export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		default: 'production',
		options: [
			{
				name: 'Production',
				value: 'production',
				description: 'api.pinterest.com',
			},
			{
				name: 'Sandbox',
				value: 'sandbox',
				description:
					'api-sandbox.pinterest.com: required for apps with Trial access that create pins; search and analytics are not available there',
			},
			{
				name: 'Custom Base URL',
				value: 'custom',
				description: 'A proxy or the local Pinterest simulator',
			},
		],
	},
	{
		displayName: 'Custom Base URL',
		name: 'customBaseUrl',
		type: 'string',
		default: '',
		placeholder: 'http://127.0.0.1:8790/v5',
		description: 'Base URL including the /v5 path, without a trailing slash',
		displayOptions: { show: { environment: ['custom'] } },
	},
];

/** Expression (credential scope) resolving to the API base URL of the chosen environment. */
export const baseUrlExpression =
	'={{ $credentials.environment === "sandbox" ? "' +
	SANDBOX_BASE_URL +
	'" : $credentials.environment === "custom" ? String($credentials.customBaseUrl).replace(/\\/+$/, "") : "' +
	PRODUCTION_BASE_URL +
	'" }}';
