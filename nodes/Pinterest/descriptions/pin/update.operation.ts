import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { PIN_LIMITS, checkLength, checkLink } from '../../hooks/validate';
import { boardLocator } from '../shared/locators';
import {
	pinLocator,
	pinTextFields,
	simplifyField,
	boardAndSection,
	optionalSectionLocator,
} from './shared';

const properties: INodeProperties[] = [
	pinLocator({ description: 'The pin to update' }),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			pinTextFields.altText,
			pinTextFields.description,
			pinTextFields.link,
			pinTextFields.title,
		],
	},
	{
		displayName: 'Move to Board',
		name: 'moveToBoard',
		type: 'boolean',
		default: false,
		description: 'Whether to move the pin to another board and/or section',
	},
	boardLocator({
		description: 'The board to move the pin to',
		displayOptions: { show: { moveToBoard: [true] } },
	}),
	optionalSectionLocator({
		description: 'Optional section of that board; leave empty for none',
		displayOptions: { show: { moveToBoard: [true] } },
	}),
	simplifyField,
];

async function updateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const move = this.getNodeParameter('moveToBoard', false) as boolean;
	const body: IDataObject = {};
	const title = checkLength(this, fields.title, 'Title', PIN_LIMITS.title);
	const description = checkLength(this, fields.description, 'Description', PIN_LIMITS.description);
	const link = checkLink(this, fields.link, 'Link');
	const altText = checkLength(this, fields.altText, 'Alt Text', PIN_LIMITS.alt_text);
	if (title !== undefined) body.title = title;
	if (description !== undefined) body.description = description;
	if (link !== undefined) body.link = link;
	if (altText !== undefined) body.alt_text = altText;
	if (move) await boardAndSection(this, body);
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: this.getItemIndex(),
			description:
				'Add at least one field under Update Fields (Title, Description, Link or Alt Text), or turn on Move to Board.',
		});
	}
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [updateBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['pin'], operation: ['update'] } },
	properties,
);
