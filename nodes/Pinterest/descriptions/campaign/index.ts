import type { INodeProperties } from 'n8n-workflow';

// Not built yet: a resource with no operations is left out of the node (descriptions/index.ts).
export const campaignOperations: INodeProperties[] = [];

export const campaignFields: INodeProperties[] = [];
