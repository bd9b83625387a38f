import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyFieldsSince11 } from '../pin/shared';
import { boardLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator(),
	...returnAllOrLimit,
	...simplifyFieldsSince11,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['getPins'] } },
	properties,
);
