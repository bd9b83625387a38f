import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { checkChoice, fail } from '../../hooks/validate';
import { CURRENCIES } from '../shared/catalogValues';

// The filters of a product group (CatalogsProductGroupFiltersRequest in Pinterest's OpenAPI
// description): { all_of: [...] } or { any_of: [...] }, each entry one key with its criteria.
// They come from the Conditions form and from More Filters (JSON), and are checked here so that
// a filter Pinterest would refuse fails before the request, with the entry named.

type Kind =
	| 'price'
	| 'currency'
	| 'strings'
	| 'labels'
	| 'gender'
	| 'mediaType'
	| 'lists'
	| 'number';

const range = (prefix: string, last: number) =>
	Array.from({ length: last + 1 }, (_, n) => `${prefix}_${n}`);

/** Every filter key of CatalogsProductGroupFilterKeys and the criteria shape it takes. */
const FILTER_KINDS: Record<string, Kind> = {
	MIN_PRICE: 'price',
	MAX_PRICE: 'price',
	CURRENCY: 'currency',
	...Object.fromEntries(
		['ITEM_ID', 'AVAILABILITY', 'BRAND', 'CONDITION', 'ITEM_GROUP_ID', 'PRODUCT_GROUP'].map(
			(key): [string, Kind] => [key, 'strings'],
		),
	),
	TITLE_KEYWORDS: 'strings',
	...Object.fromEntries(range('CUSTOM_LABEL', 4).map((key): [string, Kind] => [key, 'labels'])),
	GENDER: 'gender',
	MEDIA_TYPE: 'mediaType',
	...Object.fromEntries(
		[...range('PRODUCT_TYPE', 4), ...range('GOOGLE_PRODUCT_CATEGORY', 6)].map(
			(key): [string, Kind] => [key, 'lists'],
		),
	),
	...Object.fromEntries(range('CUSTOM_NUMBER', 4).map((key): [string, Kind] => [key, 'number'])),
};

const PROPERTIES: Record<Kind, string[]> = {
	price: ['values', 'inclusion', 'negated'],
	currency: ['values', 'negated'],
	strings: ['values', 'negated'],
	labels: ['values', 'negated', 'filter_operator_type'],
	gender: ['values', 'negated'],
	mediaType: ['values', 'negated'],
	lists: ['values', 'negated'],
	number: ['operator', 'value', 'negated'],
};

const GENDERS = ['FEMALE', 'MALE', 'UNISEX'];
const MEDIA_TYPES = ['IMAGE', 'VIDEO'];
const NUMBER_OPERATORS = [
	'GREATER_THAN',
	'GREATER_THAN_OR_EQUALS',
	'LESS_THAN',
	'LESS_THAN_OR_EQUALS',
];
const COMBINATORS = ['all_of', 'any_of'];

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown) =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What is wrong with one filter entry, or undefined when Pinterest's schema allows it. */
function problemOf(entry: unknown): string | undefined {
	if (!isObject(entry) || Object.keys(entry).length !== 1) {
		return 'must be an object with exactly one filter key, like {"BRAND": {"values": ["acme"]}}';
	}
	const [key] = Object.keys(entry);
	const kind = FILTER_KINDS[key];
	if (!kind) return `has the unknown filter key "${key.slice(0, 40)}"`;
	const criteria = entry[key];
	if (!isObject(criteria)) return `${key} must be an object like {"values": ...}`;
	const extra = Object.keys(criteria).find((name) => !PROPERTIES[kind].includes(name));
	if (extra)
		return `${key} does not take "${extra.slice(0, 40)}" (it takes ${PROPERTIES[kind].join(', ')})`;
	for (const flag of ['negated', 'inclusion']) {
		if (flag in criteria && typeof criteria[flag] !== 'boolean')
			return `${key}.${flag} must be true or false`;
	}
	const values = criteria.values;
	switch (kind) {
		case 'price':
			return typeof values === 'number' && values >= 0
				? undefined
				: `${key}.values must be a number of 0 or more`;
		case 'currency':
			if (criteria.negated === true) return 'CURRENCY cannot be negated';
			return typeof values === 'string' && CURRENCIES.includes(values)
				? undefined
				: `CURRENCY.values must be a currency code such as "USD"`;
		case 'strings':
		case 'labels':
			if (!isStrings(values)) return `${key}.values must be a list of texts`;
			if (kind === 'labels' && 'filter_operator_type' in criteria) {
				const operator = criteria.filter_operator_type;
				if (operator !== 'IS' && operator !== 'CONTAINS')
					return `${key}.filter_operator_type must be "IS" or "CONTAINS"`;
			}
			return undefined;
		case 'gender':
		case 'mediaType': {
			const allowed = kind === 'gender' ? GENDERS : MEDIA_TYPES;
			return isStrings(values) && (values as string[]).every((value) => allowed.includes(value))
				? undefined
				: `${key}.values must be a list of ${allowed.join(', ')}`;
		}
		case 'lists':
			return Array.isArray(values) && values.every(isStrings)
				? undefined
				: `${key}.values must be a list of lists of texts, like [["shoes", "sneakers"]]`;
		case 'number': {
			const value = criteria.value;
			if (!NUMBER_OPERATORS.includes(String(criteria.operator)))
				return `${key}.operator must be one of ${NUMBER_OPERATORS.join(', ')}`;
			return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4294967295
				? undefined
				: `${key}.value must be a whole number from 0 to 4294967295`;
		}
	}
}

export interface FilterCondition {
	field?: string;
	values?: unknown;
	negated?: boolean;
	inclusion?: boolean;
	operator?: string;
}

/** Comma-separated text (or an array from an expression) as a list of trimmed texts. */
function textList(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((item) => String(item ?? '').trim()).filter((item) => item !== '');
}

/** One entry of the Conditions form as the filter Pinterest takes. */
function fromCondition(
	context: IExecuteSingleFunctions,
	condition: FilterCondition,
	position: number,
): IDataObject {
	const field = String(condition.field ?? '');
	const where = `Condition ${position}${field ? ` (${field})` : ''}`;
	const kind = FILTER_KINDS[field];
	if (!kind) fail(context, `${where} has no field`, 'Choose the Field of every condition.');
	const values = textList(condition.values);
	if (values.length === 0) {
		fail(context, `${where} has no values`, 'Set Values: one or more, separated by commas.');
	}
	const criteria: IDataObject = {};
	if (kind === 'price') {
		const price = Number(values[0].replace(',', '.'));
		if (values.length !== 1 || !Number.isFinite(price) || price < 0) {
			fail(
				context,
				`${where}: "${values.join(', ').slice(0, 40)}" is not a price`,
				'Give one number of 0 or more, e.g. 19.99.',
			);
		}
		criteria.values = price;
		if (condition.inclusion === false) criteria.inclusion = false;
	} else if (kind === 'currency') {
		if (values.length !== 1)
			fail(context, `${where} takes one currency`, 'Give one code, e.g. USD.');
		criteria.values = checkChoice(context, values[0], `${where} Values`, CURRENCIES, 'USD or EUR');
	} else if (kind === 'gender') {
		criteria.values = values.map((value) =>
			checkChoice(context, value, `${where} Values`, GENDERS, 'FEMALE, MALE or UNISEX'),
		);
	} else {
		criteria.values = values;
		if (kind === 'labels' && condition.operator === 'CONTAINS') {
			criteria.filter_operator_type = 'CONTAINS';
		}
	}
	if (condition.negated === true) {
		if (kind === 'currency') {
			fail(
				context,
				`${where} cannot be excluded`,
				'Pinterest does not negate a currency filter; turn Exclude off.',
			);
		}
		criteria.negated = true;
	}
	return { [field]: criteria };
}

/** More Filters (JSON): a list of entries, or a whole { all_of | any_of: [...] } object. */
function fromJson(
	context: IExecuteSingleFunctions,
	raw: unknown,
): { combinator?: string; entries: unknown[] } {
	const field = 'More Filters (JSON)';
	let value = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return { entries: [] };
		try {
			value = JSON.parse(raw) as unknown;
		} catch (error) {
			fail(
				context,
				`${field} is not valid JSON`,
				`${(error as Error).message}. Write an array of filters like [{"PRODUCT_TYPE_0": {"values": [["shoes"]]}}], or a whole object like {"any_of": [...]}.`,
			);
		}
	}
	if (value === undefined || value === null) return { entries: [] };
	if (Array.isArray(value)) return { entries: value };
	const keys = isObject(value) ? Object.keys(value) : [];
	const combinator = keys[0];
	if (
		keys.length !== 1 ||
		!COMBINATORS.includes(combinator) ||
		!Array.isArray((value as IDataObject)[combinator])
	) {
		fail(
			context,
			`${field} is not a list of filters`,
			'Use an array of filters like [{"BRAND": {"values": ["acme"]}}], or an object with one key, "all_of" or "any_of", holding such an array.',
		);
	}
	return { combinator, entries: (value as IDataObject)[combinator] as unknown[] };
}

/**
 * The filters of the item from Match, Conditions and More Filters (JSON), checked. Pinterest
 * refuses a product group without filters, so at least one is required.
 */
export function filtersOf(context: IExecuteSingleFunctions): IDataObject {
	const match = String(context.getNodeParameter('filterMatch', 'all_of'));
	const conditions =
		((context.getNodeParameter('filterConditions', {}) as IDataObject).conditions as
			| FilterCondition[]
			| undefined) ?? [];
	const fromForm = conditions.map((condition, index) =>
		fromCondition(context, condition, index + 1),
	);
	const json = fromJson(context, context.getNodeParameter('filtersJson', ''));
	json.entries.forEach((entry, index) => {
		const problem = problemOf(entry);
		if (problem) {
			fail(
				context,
				`More Filters (JSON): filter ${index + 1} ${problem}`,
				'Fix the filter as Pinterest writes it (see the filter keys in docs/operations.md, under Advertising and catalogs), or use the Conditions form.',
			);
		}
	});
	let combinator = COMBINATORS.includes(match) ? match : 'all_of';
	if (json.combinator && json.combinator !== combinator) {
		if (fromForm.length > 0) {
			fail(
				context,
				`More Filters (JSON) uses "${json.combinator}" but Match is "${combinator}"`,
				'Make them agree: change Match, or give the JSON as an array of filters.',
			);
		}
		combinator = json.combinator;
	}
	const entries = [...fromForm, ...json.entries];
	if (entries.length === 0) {
		fail(
			context,
			'Filters are empty',
			'Add at least one condition (or a filter under More Filters (JSON)): Pinterest does not accept a product group without filters.',
		);
	}
	return { [combinator]: entries };
}
