import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boardLocator } from '../shared/locators';
import { pinLocator, simplifyField, boardAndSection, optionalSectionLocator } from './shared';

const properties: INodeProperties[] = [
	pinLocator({ description: 'The pin to save (any public pin)' }),
	boardLocator({ description: 'The board to save the pin to' }),
	optionalSectionLocator({
		description: 'Optional section of the board to save the pin to; leave empty for none',
	}),
	simplifyField,
];

async function saveBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body: IDataObject = {};
	await boardAndSection(this, body);
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [saveBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['save'] } },
	properties,
);
