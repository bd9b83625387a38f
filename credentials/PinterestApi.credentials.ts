import type {
	IAuthenticateGeneric,
	IAuthenticateRuleResponseCode,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlExpression, environmentProperties } from './PinterestEnvironment';

/** The redirect statuses n8n's HTTP helper would follow. */
const REDIRECT_STATUSES = [300, 301, 302, 303, 307, 308];

/**
 * What the credential dialog says when the test is answered with a redirect. n8n 2.41 shows it
 * (the first `responseCode` rule matching the status); n8n 2.8 loses the answer's status on the
 * way and shows "Request failed with status code 302" instead: a failure all the same.
 */
function redirectTestMessage(status: number): string {
	return (
		`Pinterest answered the test with a redirect (HTTP ${status}), which was not followed: the access token was not sent to the address it names. ` +
		"Pinterest's API never redirects; check the Environment and Custom Base URL, and any proxy between n8n and Pinterest."
	);
}

const redirectRules: IAuthenticateRuleResponseCode[] = REDIRECT_STATUSES.map((value) => ({
	type: 'responseCode',
	properties: { value, message: redirectTestMessage(value) },
}));

export class PinterestApi implements ICredentialType {
	name = 'pinterestApi';

	displayName = 'Pinterest Access Token API';

	// The README's setup steps (redirect URL, app, scopes). n8n opens a credential's link as it is
	// (it adds tracking parameters only to docs.n8n.io links), so the section anchor stays intact.
	documentationUrl =
		'https://github.com/n8n-nodes-pinterest-api/n8n-nodes-pinterest-api/blob/main/README.md#credentials';

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
				'A token generated in your app on developers.pinterest.com (starts with "pina"). It expires; for long-running workflows use the OAuth2 credential. The conversion access token of Ads Manager works here too, for Conversion → Send Events only: its connection test fails (it may read nothing else), save the credential anyway.',
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

	// n8n runs this request through RoutingNode and its HTTP helper, which pass every option
	// here on to axios (n8n-core 2.8.1 and 2.41.1 alike). By default that helper follows a
	// redirect to any host and sends the Authorization header along; Pinterest's API never
	// redirects, so the test follows none: a redirect fails the test, and nothing reaches the
	// address it names. Same options as the node's own requests (nodes/Pinterest/transport/redirect.ts).
	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression,
			url: '/user_account',
			disableFollowRedirect: true,
			// Should an n8n version follow anyway, the token still stays on this origin.
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: redirectRules,
	};
}
