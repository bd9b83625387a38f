import type { INodeProperties } from 'n8n-workflow';

// Defaults are literals for n8n's lint rules; a test checks they equal the transport's defaults.
/** Shown on every operation: how the node paces itself and how patient it is with errors. */
export const retryOptions: INodeProperties = {
	displayName: 'Rate Limit Handling',
	name: 'rateLimit',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description:
		'On a rate limit (429) the node waits as Pinterest says (Retry-After) or backs off, then tries again; server errors (5xx) are retried only for requests that are safe to repeat (never a create)',
	options: [
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: 5,
			description: 'Tries of one request in all, the first included; 1 turns retries off',
		},
		{
			displayName: 'Max Parallel Requests',
			name: 'maxParallel',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 4,
			description: 'How many input items are sent to Pinterest at the same time',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxTotalWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description: 'Longest time to spend waiting between the tries of one request',
		},
		{
			displayName: 'Pace Requests',
			name: 'paceRequests',
			type: 'boolean',
			default: true,
			description:
				"Whether to wait for the rate-limit window to reset when Pinterest's answers say the budget of the next request's category is spent, instead of meeting a 429; the wait counts against Max Total Wait",
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 300 },
			default: 60,
			description:
				'How long to wait for Pinterest to answer one try before it counts as timed out; a timed-out read is tried again as Max Attempts allows, a timed-out create is not (it may have been carried out)',
		},
	],
};
