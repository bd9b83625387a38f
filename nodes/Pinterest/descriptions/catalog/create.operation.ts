import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { catalogTypeOf, requiredText } from '../feed/shared';
import { catalogTypeOptions } from '../shared/catalogValues';
import { businessAdAccountOption } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Summer shop',
		description: 'A name for the catalog',
	},
	{
		displayName: 'Catalog Type',
		name: 'catalogType',
		type: 'options',
		default: 'RETAIL',
		required: true,
		options: catalogTypeOptions,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [businessAdAccountOption],
	},
];

/** CatalogsCreateRequest: name and catalog_type, both required. */
async function createBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	requestOptions.body = {
		name: requiredText(this, this.getNodeParameter('name', ''), 'Name'),
		catalog_type: catalogTypeOf(this),
	};
	return requestOptions;
}

export const preSend: PreSendAction[] = [createBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['catalog'], operation: ['create'] } },
	properties,
);
