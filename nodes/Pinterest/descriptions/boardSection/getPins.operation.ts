import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyFieldsSince11 } from '../pin/shared';
import { boardLocator, returnAllOrLimit, sectionLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator(),
	sectionLocator(),
	...returnAllOrLimit,
	...simplifyFieldsSince11,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['boardSection'], operation: ['getPins'] } },
	properties,
);
