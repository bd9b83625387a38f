import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pinLocator } from './shared';

const properties: INodeProperties[] = [pinLocator({ description: 'The pin to delete' })];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['delete'] } },
	properties,
);
