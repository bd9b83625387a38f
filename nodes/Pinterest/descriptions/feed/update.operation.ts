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
import { adsLocator } from '../shared/locators';
import {
	catalogTypeOf,
	catalogTypeProperty,
	feedBodyFields,
	formatProperty,
	locationCredentials,
	locationProperty,
	optionalFeedFields,
	protectedLocationProperty,
} from './shared';

const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'A new name for the feed; Pinterest requires it to be unique',
};

const properties: INodeProperties[] = [
	adsLocator('feedId', 'The feed to change'),
	catalogTypeProperty(
		"The feed's catalog type. Pinterest reads the update by it; it does not change the feed.",
	),
	protectedLocationProperty(
		'Whether to send the user name and password of a Pinterest Feed Location credential, for a location that needs a login (or a new one)',
	),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...optionalFeedFields, formatProperty, locationProperty, nameField].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
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

/** Only the fields given, checked; nothing given is refused before any request. */
async function updateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const login = this.getNodeParameter('protectedLocation', false) === true;
	if (Object.keys(fields).length === 0 && !login) {
		fail(
			this,
			'Nothing to update',
			'Add at least one field under Update Fields (for example Location, Name or Status), or turn on Protected Location.',
		);
	}
	const catalogType = catalogTypeOf(this);
	const body: IDataObject = {
		catalog_type: catalogType,
		...feedBodyFields(this, fields, catalogType),
	};
	if (login) body.credentials = await locationCredentials(this);
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [updateBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['feed'], operation: ['update'] } },
	properties,
);
