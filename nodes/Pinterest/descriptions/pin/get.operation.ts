import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pinLocator, simplifyField, pinMetricsField } from './shared';

const properties: INodeProperties[] = [pinLocator(), pinMetricsField, simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['get'] } },
	properties,
);
