import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { boardLocator } from '../shared/locators';

const properties: INodeProperties[] = [
	boardLocator({ description: 'The board to update' }),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'name' } },
			},
			{
				displayName: 'Privacy',
				name: 'privacy',
				type: 'options',
				default: 'PUBLIC',
				description: 'Pinterest lets an existing board be made public or secret only',
				options: [
					{ name: 'Public', value: 'PUBLIC' },
					{ name: 'Secret', value: 'SECRET' },
				],
				routing: { send: { type: 'body', property: 'privacy' } },
			},
		],
	},
];

async function requireAField(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: this.getItemIndex(),
			description: 'Add at least one field under Update Fields (Name, Description or Privacy).',
		});
	}
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw new NodeOperationError(this.getNode(), 'Name is empty', {
			itemIndex: this.getItemIndex(),
			description: 'A board needs a name; remove the Name field to keep the current one.',
		});
	}
	return requestOptions;
}

export const preSend: PreSendAction[] = [requireAField];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['update'] } },
	properties,
);
