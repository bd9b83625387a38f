import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator } from '../shared/locators';

const properties: INodeProperties[] = [boardLocator({ description: 'The board to delete' })];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['delete'] } },
	properties,
);
