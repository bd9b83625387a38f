import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator } from '../shared/locators';

const properties: INodeProperties[] = [boardLocator()];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['get'] } },
	properties,
);
