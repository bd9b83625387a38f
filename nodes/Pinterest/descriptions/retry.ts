import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_RETRY_POLICY } from '../transport/retry';

/** Shown on every operation: how patient the node is with rate limits and server errors. */
export const retryOptions: INodeProperties = {
	displayName: 'Retries',
	name: 'retry',
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
			default: DEFAULT_RETRY_POLICY.maxAttempts,
			description: 'Tries of one request in all, the first included; 1 turns retries off',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxTotalWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_RETRY_POLICY.maxTotalWaitMs / 1000,
			description: 'Longest time to spend waiting between the tries of one request',
		},
	],
};
