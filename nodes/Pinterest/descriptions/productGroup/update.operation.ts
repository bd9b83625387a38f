import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fail } from '../../hooks/validate';
import { businessAdAccountOption } from '../catalog/shared';
import { requiredText } from '../feed/shared';
import { adsLocator } from '../shared/locators';
import { filterProperties } from './filterFields';
import { filtersOf } from './filters';

const properties: INodeProperties[] = [
	adsLocator('productGroupId', 'The product group to change'),
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
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
			},
		],
	},
	{
		displayName: 'Replace Filters',
		name: 'replaceFilters',
		type: 'boolean',
		default: false,
		description:
			'Whether to replace the filters of the group with the ones below (Pinterest takes the whole set)',
	},
	...filterProperties.map((property) => ({
		...property,
		displayOptions: { show: { replaceFilters: [true] } },
	})),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [businessAdAccountOption],
	},
];

/** Only what is given (CatalogsProductGroupUpdateRequest); nothing given is refused. */
async function updateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const replaceFilters = this.getNodeParameter('replaceFilters', false) === true;
	if (Object.keys(fields).length === 0 && !replaceFilters) {
		fail(
			this,
			'Nothing to update',
			'Add Name or Description under Update Fields, or turn on Replace Filters.',
		);
	}
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = requiredText(this, fields.name, 'Name');
	if (fields.description !== undefined) body.description = String(fields.description);
	if (replaceFilters) body.filters = filtersOf(this);
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [updateBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['productGroup'], operation: ['update'] } },
	properties,
);
