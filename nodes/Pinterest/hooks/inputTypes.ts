import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyCollection,
} from 'n8n-workflow';

import { fail } from './validate';

/**
 * The type check of every text the node sends, driven by the node's own description: each
 * text field shown for the item's resource and operation (top level, in collections and in
 * fixed collections) must resolve to text or a number. An expression that resolves to an
 * object would be sent as "[object Object]", an array as "x,y", and blanks as blanks, so they
 * are refused before any request of the item. New fields are checked without being listed.
 */

// The node's properties, registered by descriptions/index.ts (a direct import would be circular:
// the descriptions import the routing that runs this check).
const registered: INodeProperties[] = [];

export function registerInputFields(properties: INodeProperties[]): void {
	registered.splice(0, registered.length, ...properties);
}

/**
 * Personal data (Conversion → Send Events' user data): taken as a list too (several emails),
 * and never shown in an error, which names the field only.
 */
export const PRIVATE_FIELDS = new Set(
	[
		'email',
		'phone',
		'firstName',
		'lastName',
		'gender',
		'dateOfBirth',
		'city',
		'state',
		'zip',
		'country',
		'externalId',
		'mobileAdId',
		'clientIpAddress',
		'clientUserAgent',
		'clickId',
		'partnerId',
	].map((name) => `userData.${name}`),
);

/**
 * Fields that take a list: an array from an expression is fine there (its entries must still
 * be texts or numbers). Keyed by parameter path; everything not listed takes one text.
 */
export const LIST_FIELDS = new Set([
	'adIds',
	'adGroupIds',
	'campaignIds',
	'columns',
	'filters.adIds',
	'filters.adGroupIds',
	'filters.campaignIds',
	'filters.productGroupIds',
	'filters.includeKeywords',
	'filterConditions.conditions.values',
	'terms',
	'customData.contentIds',
	...PRIVATE_FIELDS,
]);

const TEXT_TYPES = new Set(['string', 'color']);

type Values = Record<string, unknown>;

/** Whether a property is shown, given the values it depends on (n8n's show/hide rules). */
function isShown(
	property: { displayOptions?: INodeProperties['displayOptions'] },
	valueOf: (key: string) => unknown,
): boolean {
	const matches = (key: string, allowed: unknown) =>
		Array.isArray(allowed) && allowed.some((value) => value === valueOf(key));
	const { show, hide } = property.displayOptions ?? {};
	for (const [key, allowed] of Object.entries(show ?? {})) if (!matches(key, allowed)) return false;
	for (const [key, hidden] of Object.entries(hide ?? {})) if (matches(key, hidden)) return false;
	return true;
}

/** The values show rules depend on (resource, operation, ...), each read once per item. */
function topValueOf(context: IExecuteSingleFunctions) {
	const seen = new Map<string, unknown>();
	return (key: string): unknown => {
		if (!seen.has(key)) {
			seen.set(
				key,
				key === '@version'
					? context.getNode().typeVersion
					: context.getNodeParameter(key.replace(/^\//, ''), null),
			);
		}
		return seen.get(key);
	};
}

/** A value within a collection entry: its own value, else the option's default. */
function entryValueOf(options: INodeProperties[], entry: Values) {
	return (key: string): unknown =>
		key in entry ? entry[key] : options.find((option) => option.name === key)?.default;
}

function previewOf(value: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = String(value);
	}
	return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

interface Field {
	/** Parameter path, e.g. additionalFields.description. */
	path: string;
	/** What the user sees, e.g. Description (image 2). */
	label: string;
	required: boolean;
}

/** Refuses a value that is not one text (or a list of texts, for list fields). */
export function checkTextValue(context: IExecuteSingleFunctions, value: unknown, field: Field) {
	const { label } = field;
	if (value === undefined || value === null) return;
	const hidden = PRIVATE_FIELDS.has(field.path);
	const preview = (shown: unknown) => (hidden ? '(not shown: personal data)' : previewOf(shown));
	if (Array.isArray(value)) {
		if (!LIST_FIELDS.has(field.path)) {
			fail(
				context,
				`${label} is a list, not a text`,
				`The value resolved to a list of ${value.length} (${preview(value)}), which Pinterest would get as ${hidden ? 'one text' : `"${value.join(',').slice(0, 40)}"`}. Give one text, e.g. {{ $json.tags[0] }}, or join the list: {{ $json.tags.join(', ') }}.`,
			);
		}
		value.forEach((entry, index) => {
			if (entry !== null && typeof entry === 'object') {
				fail(
					context,
					`${label} entry ${index + 1} is ${Array.isArray(entry) ? 'a list' : 'an object'}, not a text`,
					`Every entry of ${label} must be a text or a number; got ${preview(entry)}. Map the field that holds the text, e.g. {{ $json.items.map(i => i.id) }}.`,
				);
			}
		});
		return;
	}
	if (typeof value === 'object') {
		fail(
			context,
			`${label} is an object, not a text`,
			`The value resolved to ${preview(value)}, which Pinterest would get as "[object Object]". Map the text inside it, e.g. {{ $json.product.name }} instead of {{ $json.product }}.`,
		);
	}
	if (typeof value === 'string' && value !== '' && value.trim() === '') {
		fail(
			context,
			`${label} contains only spaces`,
			field.required
				? `Set ${label} to a text with visible characters. If it comes from an expression, check that the column or field is filled for this item.`
				: `Leave ${label} empty to send none, or give a text with visible characters. An expression like {{ $json.note.trim() }} turns blanks into an empty value, which is not sent.`,
		);
	}
}

/** Resource locators: the value must be one ID, URL or name, never an object or a list. */
function checkLocatorValue(context: IExecuteSingleFunctions, locator: unknown, label: string) {
	const value =
		locator !== null && typeof locator === 'object' && '__rl' in (locator as IDataObject)
			? (locator as IDataObject).value
			: locator;
	if (value === null || value === undefined || typeof value !== 'object') return;
	fail(
		context,
		`${label} is ${Array.isArray(value) ? 'a list' : 'an object'}, not an ID`,
		`The value resolved to ${previewOf(value)}. Give one ${label} ID (digits), URL or name, e.g. {{ $json.board.id }} instead of {{ $json.board }}.`,
	);
}

function checkOptions(
	context: IExecuteSingleFunctions,
	options: INodeProperties[],
	entry: Values,
	path: string,
	suffix: string,
	top: (key: string) => unknown,
) {
	// '/name' in an option's show rule is a top-level parameter (Pin → Create's old Link)
	const inEntry = entryValueOf(options, entry);
	const valueOf = (key: string) => (key.startsWith('/') ? top(key) : inEntry(key));
	for (const option of options) {
		if (!(option.name in entry) || !isShown(option, valueOf)) continue;
		if (!TEXT_TYPES.has(option.type)) continue;
		const label = `${option.displayName}${suffix}`;
		checkTextValue(context, entry[option.name], {
			path: `${path}.${option.name}`,
			label,
			required: option.required === true,
		});
	}
}

function checkProperty(
	context: IExecuteSingleFunctions,
	property: INodeProperties,
	top: (key: string) => unknown,
) {
	const { name, displayName, type } = property;
	if (TEXT_TYPES.has(type)) {
		const value = context.getNodeParameter(name, null);
		checkTextValue(context, value, {
			path: name,
			label: displayName,
			required: property.required === true,
		});
	} else if (type === 'resourceLocator') {
		checkLocatorValue(context, context.getNodeParameter(name, null), displayName);
	} else if (type === 'collection') {
		const value = context.getNodeParameter(name, {}) as Values;
		if (value && typeof value === 'object')
			checkOptions(context, property.options as INodeProperties[], value, name, '', top);
	} else if (type === 'fixedCollection') {
		const value = context.getNodeParameter(name, {}) as Record<string, Values | Values[]>;
		for (const group of (property.options ?? []) as INodePropertyCollection[]) {
			const raw = value?.[group.name];
			const entries = Array.isArray(raw) ? raw : raw ? [raw] : [];
			entries.forEach((entry, index) => {
				const suffix =
					entries.length > 1 ? ` (${group.displayName.toLowerCase()} ${index + 1})` : '';
				if (entry && typeof entry === 'object')
					checkOptions(
						context,
						group.values as INodeProperties[],
						entry,
						`${name}.${group.name}`,
						suffix,
						top,
					);
			});
		}
	}
}

/** Every text field shown for the item's operation, checked before any request of the item. */
export function checkInputTypes(context: IExecuteSingleFunctions): void {
	const valueOf = topValueOf(context);
	for (const property of registered) {
		if (isShown(property, valueOf)) checkProperty(context, property, valueOf);
	}
}
