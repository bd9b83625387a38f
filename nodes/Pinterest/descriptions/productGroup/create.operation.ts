import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { resolveAdsId } from '../../hooks/adsResolve';
import { businessAdAccountOption } from '../catalog/shared';
import { requiredText } from '../feed/shared';
import { adsLocator } from '../shared/locators';
import { filterProperties } from './filterFields';
import { filtersOf } from './filters';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Summer shoes',
		description: 'A name for the product group; unique within its feed',
	},
	adsLocator('feedId', 'The feed whose products the group selects'),
	...filterProperties,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
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
			},
		],
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

/** A feed-based product group (CatalogsProductGroupCreateRequest): name, feed_id, filters. */
async function createBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: IDataObject = {
		name: requiredText(this, this.getNodeParameter('name', ''), 'Name'),
		feed_id: resolveAdsId(this, 'feedId'),
		filters: filtersOf(this),
	};
	if (additional.description !== undefined) body.description = String(additional.description);
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [createBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['productGroup'], operation: ['create'] } },
	properties,
);
