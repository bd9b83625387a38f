import type { INodeProperties } from 'n8n-workflow';

export const searchSandboxNotice: INodeProperties = {
	displayName:
		"Search is not available in Pinterest's Sandbox: use a credential with the Production environment",
	name: 'searchSandboxNotice',
	type: 'notice',
	default: '',
};
