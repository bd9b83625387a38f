import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkChoice } from '../../hooks/validate';
import { businessAdAccountOption } from '../catalog/shared';
import { COUNTRIES, LOCALES, valueOptions } from '../shared/catalogValues';
import {
	catalogTypeOf,
	catalogTypeProperty,
	feedBodyFields,
	formatProperty,
	locationCredentials,
	locationProperty,
	optionalCatalogId,
	optionalFeedFields,
	protectedLocationProperty,
	requiredText,
} from './shared';

const properties: INodeProperties[] = [
	catalogTypeProperty('The kind of catalog the feed fills'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Main product feed',
		description: 'A name for the feed; Pinterest requires it to be unique',
	},
	{ ...formatProperty, required: true },
	{ ...locationProperty, required: true },
	protectedLocationProperty(
		'Whether the location needs a user name and password. They come from a Pinterest Feed Location credential, which n8n keeps encrypted; the node never outputs the password.',
	),
	{
		displayName: 'Default Country',
		name: 'defaultCountry',
		type: 'string',
		default: 'US',
		required: true,
		placeholder: 'US',
		description: 'ISO 3166-1 alpha-2 code of the country the products are sold in',
		displayOptions: { hide: { catalogType: ['HOTEL'] } },
	},
	{
		displayName: 'Default Locale',
		name: 'defaultLocale',
		type: 'options',
		default: 'en-US',
		required: true,
		description: 'The language of the product descriptions',
		options: valueOptions(LOCALES),
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Catalog ID',
				name: 'catalogId',
				type: 'string',
				default: '',
				placeholder: '2680059592705',
				description:
					'The catalog the feed belongs to. Empty: the default catalog of the type (Pinterest ignores it for retail feeds for now).',
			},
			...optionalFeedFields,
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

/** The CatalogsVerticalFeedsCreateRequest body, every value checked before the request. */
async function createBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const catalogType = catalogTypeOf(this);
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: IDataObject = {
		catalog_type: catalogType,
		...feedBodyFields(
			this,
			{
				...additional,
				name: this.getNodeParameter('name', ''),
				format: this.getNodeParameter('format', ''),
				location: this.getNodeParameter('location', ''),
			},
			catalogType,
		),
	};
	if (catalogType !== 'HOTEL') {
		body.default_country = checkChoice(
			this,
			requiredText(this, this.getNodeParameter('defaultCountry', ''), 'Default Country'),
			'Default Country',
			COUNTRIES,
			'US, GB, DE or FR',
		);
	}
	body.default_locale = checkChoice(
		this,
		requiredText(this, this.getNodeParameter('defaultLocale', ''), 'Default Locale'),
		'Default Locale',
		LOCALES,
		'en-US, en-GB, de or fr',
	);
	const catalogId = optionalCatalogId(this, additional.catalogId);
	if (catalogId) body.catalog_id = catalogId;
	if (this.getNodeParameter('protectedLocation', false) === true) {
		body.credentials = await locationCredentials(this);
	}
	requestOptions.body = body;
	return requestOptions;
}

export const preSend: PreSendAction[] = [createBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['feed'], operation: ['create'] } },
	properties,
);
