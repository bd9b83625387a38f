import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator, returnAllOrLimit } from '../shared/locators';

const properties: INodeProperties[] = [boardLocator(), ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['getPins'] } },
	properties,
);
