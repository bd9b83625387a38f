import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator, sectionLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator(),
	sectionLocator({ description: 'The section to delete' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['boardSection'], operation: ['delete'] } },
	properties,
);
