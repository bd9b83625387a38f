import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkId } from '../../hooks/ids';
import { checkChoice, fail } from '../../hooks/validate';
import {
	AVAILABILITIES,
	CURRENCIES,
	FEED_FORMATS,
	TIMEZONES,
	catalogTypeOptions,
	valueOptions,
} from '../shared/catalogValues';

// Fields and checks shared by Feed → Create and Feed → Update (the CatalogsFeedsCreateRequest /
// CatalogsFeedsUpdateRequest families of Pinterest's OpenAPI description).

export function catalogTypeProperty(description: string): INodeProperties {
	return {
		displayName: 'Catalog Type',
		name: 'catalogType',
		type: 'options',
		default: 'RETAIL',
		description,
		options: catalogTypeOptions,
	};
}

export const formatProperty: INodeProperties = {
	displayName: 'Format',
	name: 'format',
	type: 'options',
	default: 'CSV',
	description: 'The file format of the feed',
	options: valueOptions(FEED_FORMATS),
};

export const locationProperty: INodeProperties = {
	displayName: 'Location',
	name: 'location',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/products.csv',
	description:
		'Where Pinterest downloads the feed: an http, https, ftp or sftp URL. For a location that needs a login, turn on Protected Location instead of putting it in the URL.',
};

/** The optional fields of a feed, in Create's Additional Fields and Update's Update Fields. */
export const optionalFeedFields: INodeProperties[] = [
	{
		displayName: 'Default Availability',
		name: 'defaultAvailability',
		type: 'options',
		default: 'IN_STOCK',
		description: 'Availability of products that do not state their own (retail feeds only)',
		options: [
			{ name: 'In Stock', value: 'IN_STOCK' },
			{ name: 'Out of Stock', value: 'OUT_OF_STOCK' },
			{ name: 'Preorder', value: 'PREORDER' },
		],
		displayOptions: { show: { '/catalogType': ['RETAIL'] } },
	},
	{
		displayName: 'Default Currency',
		name: 'defaultCurrency',
		type: 'string',
		default: '',
		placeholder: 'USD',
		description: 'ISO 4217 code of the currency of prices that do not state their own',
	},
	{
		displayName: 'Processing Time',
		name: 'processingTime',
		type: 'string',
		default: '',
		placeholder: '02:30',
		description:
			'Daily time (HH:MM, 24 hours) at which Pinterest should process the feed, with Processing Time Zone. Without it Pinterest picks a time.',
	},
	{
		displayName: 'Processing Time Zone',
		name: 'processingTimezone',
		type: 'string',
		default: '',
		placeholder: 'America/New_York',
		description: 'Time zone of Processing Time, e.g. Europe/Berlin or Etc/UTC',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'ACTIVE',
		description: 'Inactive feeds are not processed',
		options: [
			{ name: 'Active', value: 'ACTIVE' },
			{ name: 'Inactive', value: 'INACTIVE' },
		],
	},
];

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Text that must not be empty when it is given. */
export function requiredText(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
): string {
	const text = given(value) ? String(value).trim() : '';
	if (text === '') {
		fail(
			context,
			`${field} is empty`,
			`Set ${field}; if it comes from an expression, check it resolves to text for this item.`,
		);
	}
	return text;
}

/** A feed location: an http(s), ftp or sftp URL without a user name or password in it. */
export function checkFeedLocation(context: IExecuteSingleFunctions, value: unknown): string {
	const text = requiredText(context, value, 'Location');
	// What the error may show: never a password that was typed into the URL. A password may
	// hold "/", ":" or "@", so everything from "//" to the last "@" goes (a path with an "@" in
	// it is hidden too: better too much than a password).
	const shown = text.replace(/^([^/]*\/\/).*@/s, '$1…@').slice(0, 120);
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	const schemes = ['http:', 'https:', 'ftp:', 'sftp:'];
	if (!url || !schemes.includes(url.protocol) || url.hostname === '') {
		fail(
			context,
			'Location is not an http, https, ftp or sftp URL',
			`"${shown}" is not a URL Pinterest can download a feed from. Use a full address like https://example.com/products.csv or sftp://files.example.com/products.xml.`,
		);
	}
	if (url.username !== '' || url.password !== '') {
		fail(
			context,
			'Location contains a user name or password',
			`Remove them from "${shown}", turn on Protected Location and put them in a Pinterest Feed Location credential: n8n keeps it encrypted, and the node keeps the password out of its output.`,
		);
	}
	return text;
}

/** HH:MM with a leading zero (2:30 becomes 02:30), the spec's pattern for the schedule time. */
function checkTime(context: IExecuteSingleFunctions, value: unknown): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{1,2}):(\d{2})$/.exec(text);
	const hours = match ? Number(match[1]) : NaN;
	const minutes = match ? Number(match[2]) : NaN;
	if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
		fail(
			context,
			'Processing Time is not a time like 02:30',
			`"${text.slice(0, 20)}" is not a 24-hour time HH:MM (00:00 to 23:59).`,
		);
	}
	return `${String(hours).padStart(2, '0')}:${match?.[2]}`;
}

/** Both parts of a pair, or neither (the processing schedule's time and time zone). */
function pairOf(
	context: IExecuteSingleFunctions,
	values: IDataObject,
	[first, second]: [string, string],
	[firstField, secondField]: [string, string],
): boolean {
	const hasFirst = given(values[first]);
	const hasSecond = given(values[second]);
	if (hasFirst !== hasSecond) {
		const missing = hasFirst ? secondField : firstField;
		fail(
			context,
			`${missing} is empty`,
			`${firstField} and ${secondField} go together: set both, or neither.`,
		);
	}
	return hasFirst;
}

/**
 * The body fields of a feed from the values a user gave (Additional Fields or Update Fields):
 * only those given, each checked against what Pinterest accepts.
 */
export function feedBodyFields(
	context: IExecuteSingleFunctions,
	values: IDataObject,
	catalogType: string,
): IDataObject {
	const body: IDataObject = {};
	if (values.name !== undefined) body.name = requiredText(context, values.name, 'Name');
	if (values.format !== undefined) {
		const format = requiredText(context, values.format, 'Format');
		body.format = checkChoice(context, format, 'Format', FEED_FORMATS, 'CSV, TSV or XML');
	}
	if (values.location !== undefined) body.location = checkFeedLocation(context, values.location);
	if (given(values.defaultAvailability)) {
		if (catalogType !== 'RETAIL') {
			fail(
				context,
				'Default Availability is for retail feeds only',
				'Pinterest takes a default availability for retail feeds; remove the field for hotel and creative assets feeds.',
			);
		}
		body.default_availability = checkChoice(
			context,
			values.defaultAvailability,
			'Default Availability',
			AVAILABILITIES,
			'IN_STOCK, OUT_OF_STOCK or PREORDER',
		);
	}
	if (given(values.defaultCurrency)) {
		body.default_currency = checkChoice(
			context,
			values.defaultCurrency,
			'Default Currency',
			CURRENCIES,
			'USD, EUR, GBP or JPY',
		);
	}
	const scheduleFields: [string, string] = ['Processing Time', 'Processing Time Zone'];
	if (pairOf(context, values, ['processingTime', 'processingTimezone'], scheduleFields)) {
		body.preferred_processing_schedule = {
			time: checkTime(context, values.processingTime),
			timezone: checkChoice(
				context,
				values.processingTimezone,
				'Processing Time Zone',
				TIMEZONES,
				'America/New_York, Europe/Berlin or Etc/UTC',
			),
		};
	}
	if (given(values.status)) {
		body.status = checkChoice(context, values.status, 'Status', ['ACTIVE', 'INACTIVE'], 'ACTIVE');
	}
	return body;
}

/** The catalog type of the item: one of Pinterest's three. */
export function catalogTypeOf(context: IExecuteSingleFunctions): string {
	const value = context.getNodeParameter('catalogType', 'RETAIL');
	return checkChoice(
		context,
		value,
		'Catalog Type',
		catalogTypeOptions.map((option) => String(option.value)),
		'RETAIL, HOTEL or CREATIVE_ASSETS',
	) as string;
}

/** An optional catalog ID (digits only). */
export function optionalCatalogId(
	context: IExecuteSingleFunctions,
	value: unknown,
): string | undefined {
	if (!given(value)) return undefined;
	return checkId(context.getNode(), value, 'Catalog ID', context.getItemIndex());
}

export function protectedLocationProperty(description: string): INodeProperties {
	return {
		displayName: 'Protected Location',
		name: 'protectedLocation',
		type: 'boolean',
		default: false,
		description,
	};
}

/**
 * The feed's credentials from the Pinterest Feed Location credential (Protected Location on).
 * The password goes into the request body only: never into a message, an output or a log.
 */
export async function locationCredentials(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const credential = await context.getCredentials('pinterestFeedLocationApi');
	const username = String(credential.username ?? '');
	const password = String(credential.password ?? '');
	if (username === '' || password === '') {
		throw new NodeOperationError(
			context.getNode(),
			`The Pinterest Feed Location credential has no ${username === '' ? 'username' : 'password'}`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Open the credential chosen under Protected Location and fill in both Username and Password.',
			},
		);
	}
	return { username, password };
}
