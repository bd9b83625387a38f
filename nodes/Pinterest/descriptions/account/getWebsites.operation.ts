import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../shared/locators';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getWebsites'] } },
	returnAllOrLimit,
);
