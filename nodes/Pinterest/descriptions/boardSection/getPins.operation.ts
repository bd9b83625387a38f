import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator, returnAllOrLimit, sectionLocator } from '../shared/locators';

const properties: INodeProperties[] = [boardLocator(), sectionLocator(), ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['boardSection'], operation: ['getPins'] } },
	properties,
);
