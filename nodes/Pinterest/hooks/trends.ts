import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { PRODUCT_CATEGORIES } from './productCategories';
import { fail } from './validate';

// Trends (trending_keywords/list and trends_featured_topics/list). The values are the enums of
// Pinterest's OpenAPI description; the names are the ones its parameter descriptions give.

/** TrendsSupportedRegion: the path parameter `region` of trending keywords. */
export const KEYWORD_REGIONS: Array<[string, string]> = [
	['US', 'United States'],
	['CA', 'Canada'],
	['DE', 'Germany'],
	['FR', 'France'],
	['ES', 'Spain'],
	['IT', 'Italy'],
	['DE+AT+CH', 'Germanic Countries'],
	['GB+IE', 'Great Britain & Ireland'],
	['IT+ES+PT+GR+MT', 'Southern Europe'],
	['PL+RO+HU+SK+CZ', 'Eastern Europe'],
	['SE+DK+FI+NO', 'Nordic Countries'],
	['NL+BE+LU', 'Benelux'],
	['AR', 'Argentina'],
	['BR', 'Brazil'],
	['CO', 'Colombia'],
	['MX', 'Mexico'],
	['MX+AR+CO+CL', 'Hispanic LatAm'],
	['AU+NZ', 'Australasia'],
];

/** TrendType: the path parameter `trend_type`. */
export const TREND_TYPES: Array<[string, string, string]> = [
	['growing', 'Growing', 'High upward growth in search volume over the last quarter'],
	['monthly', 'Monthly', 'High search volume in the last month'],
	['yearly', 'Yearly', 'High search volume in the last year'],
	[
		'seasonal',
		'Seasonal',
		'High upward growth over the last month and a seasonal, usually yearly, pattern',
	],
];

/** L1InterestList: the `interests` filter of trending keywords. */
export const KEYWORD_INTERESTS: Array<[string, string]> = [
	['animals', 'Animals'],
	['architecture', 'Architecture'],
	['art', 'Art'],
	['beauty', 'Beauty'],
	['childrens_fashion', "Children's Fashion"],
	['design', 'Design'],
	['diy_and_crafts', 'DIY & Crafts'],
	['education', 'Education'],
	['electronics', 'Electronics'],
	['entertainment', 'Entertainment'],
	['event_planning', 'Event Planning'],
	['finance', 'Finance'],
	['food_and_drinks', 'Food & Drink'],
	['gardening', 'Gardening'],
	['health', 'Health'],
	['home_decor', 'Home Decor'],
	['mens_fashion', "Men's Fashion"],
	['parenting', 'Parenting'],
	['quotes', 'Quotes'],
	['sport', 'Sports'],
	['travel', 'Travel'],
	['vehicles', 'Vehicles'],
	['wedding', 'Wedding'],
	['womens_fashion', "Women's Fashion"],
];

/** GenderList and AgeBucketList. */
export const GENDERS = ['female', 'male', 'unknown'];
export const AGE_BUCKETS = ['18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+'];

/** KeywordList: 1 to 50 keywords of 1 to 100 characters. */
const MAX_KEYWORDS = 50;
const MAX_KEYWORD_LENGTH = 100;
/** query_trending_keyword_limit: 1 to 50. */
export const MAX_TREND_LIMIT = 50;

/** ProductCategoryRegion: the `region` of featured topics. */
export const TOPIC_REGIONS: Array<[string, string]> = [
	['US', 'United States'],
	['GB+IE', 'Great Britain & Ireland'],
	['CA', 'Canada'],
];

/** InterestsEnum: the `interest` of featured topics (upper case, unlike L1InterestList). */
export const TOPIC_INTERESTS = [
	'ALL',
	'ANIMALS',
	'ARCHITECTURE',
	'ART',
	'BEAUTY',
	'DIY_AND_CRAFTS',
	'EDUCATION',
	'EVENT_PLANNING',
	'FASHION',
	'FOOD_AND_DRINKS',
	'GARDENING',
	'HEALTH',
	'HOME_DECOR',
	'PARENTING',
	'TRAVEL',
	'WEDDING',
];

/** VerticalProductCategory: the `verticals` filter of trending product categories. */
export const PRODUCT_VERTICALS = ['BEAUTY', 'FASHION', 'HOME_DECOR'];

/** AgeTrendsBucket and GenderBucket: the audience filters of trending product categories. */
export const PRODUCT_AGES = ['18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+'];
export const PRODUCT_GENDERS = ['FEMALE', 'MALE', 'UNSPECIFIED'];

/** ProductCategoriesEngagementType (default ENGAGEMENT). */
export const ENGAGEMENT_TYPES: Array<[string, string, string]> = [
	['ENGAGEMENT', 'Engagement', 'Overall engagement'],
	['OUTBOUND_CLICK', 'Outbound Click', 'Clicks from a Pin to its website'],
	['SAVE', 'Save', 'Pin saves'],
];

/** ProductCategoryDetailLookbackWindow, in days (default 365). */
export const LOOKBACK_WINDOWS = [90, 180, 365, 730];

/** ProductCategoryIds: 1 to 20 product categories. */
export const MAX_PRODUCT_CATEGORIES = 20;

const values = (table: Array<[string, ...string[]]>) => table.map(([value]) => value);
const quoted = (text: string) => `"${text.slice(0, 60)}"`;

/** "Home Decor" → "home_decor": enum values are snake case. */
const snake = (text: string) => text.trim().replace(/\s+/g, '_');

/** A normalizer that also takes an option's name ("Food & Drink", "Great Britain & Ireland"). */
function orName(table: Array<[string, string, ...string[]]>, normalize: (text: string) => string) {
	const byName = new Map(table.map(([value, name]) => [name.toLowerCase(), value]));
	return (text: string) => byName.get(text.trim().toLowerCase()) ?? normalize(text);
}

/** A single value of an options field that an expression may have set to anything. */
function oneOf(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	allowed: string[],
	normalize: (text: string) => string,
): string {
	const raw = context.getNodeParameter(parameter, '') as unknown;
	const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
	if (text.trim() === '') {
		fail(context, `${field} is empty`, `Pick a ${field}, one of: ${allowed.join(', ')}.`);
	}
	const value = normalize(text);
	if (!allowed.includes(value)) {
		fail(
			context,
			`${field} ${quoted(text)} is not supported`,
			`Use one of: ${allowed.join(', ')}.`,
		);
	}
	return value;
}

/** The {trendRegion} path placeholder: the region of trending keywords. */
export function trendRegion(context: IExecuteSingleFunctions): string {
	return oneOf(
		context,
		'region',
		'Region',
		values(KEYWORD_REGIONS),
		orName(KEYWORD_REGIONS, (text) => text.toUpperCase().replace(/\s+/g, '')),
	);
}

/** The {trendType} path placeholder. */
export function trendType(context: IExecuteSingleFunctions): string {
	return oneOf(context, 'trendType', 'Trend Type', values(TREND_TYPES), (text) =>
		text.trim().toLowerCase(),
	);
}

/**
 * The entries of a list field: an array (from an expression) or text separated by commas or
 * new lines. Empty entries are skipped; text that holds no entry at all is an error, because
 * it means the expression built the list wrong. undefined when the field is not set.
 */
export function entriesOf(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
): string[] | undefined {
	const raw = context.getNodeParameter(parameter, '') as unknown;
	if (raw === undefined || raw === null || raw === '') return undefined;
	const list = Array.isArray(raw) ? raw : String(raw).split(/[,\n]/);
	if (list.length === 0) return undefined;
	const entries = list.map((entry) =>
		entry === null || entry === undefined ? '' : String(entry).trim(),
	);
	const filled = entries.filter((entry) => entry !== '');
	if (filled.length === 0) {
		fail(
			context,
			`${field} has no value`,
			`Got ${quoted(Array.isArray(raw) ? JSON.stringify(raw) : String(raw))}. Give values separated by commas, e.g. from an expression {{ ["a", "b"] }} or "a, b", or remove the filter.`,
		);
	}
	return filled;
}

/** A list of enum values; each is checked, duplicates are dropped. */
function enumList(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	allowed: string[],
	normalize: (text: string) => string,
): string[] | undefined {
	const entries = entriesOf(context, parameter, field);
	if (!entries) return undefined;
	const out: string[] = [];
	for (const entry of entries) {
		const value = normalize(entry);
		if (!allowed.includes(value)) {
			fail(
				context,
				`${field}: ${quoted(entry)} is not supported`,
				`Separate values with commas. Allowed: ${allowed.join(', ')}.`,
			);
		}
		if (!out.includes(value)) out.push(value);
	}
	return out;
}

/** include_keywords: 1 to 50 keywords of at most 100 characters each. */
function keywordList(context: IExecuteSingleFunctions): string[] | undefined {
	const field = 'Include Keywords';
	const entries = entriesOf(context, 'filters.includeKeywords', field);
	if (!entries) return undefined;
	const keywords = [...new Set(entries)];
	const long = keywords.find((keyword) => keyword.length > MAX_KEYWORD_LENGTH);
	if (long !== undefined) {
		fail(
			context,
			`${field} has a keyword of ${long.length} characters`,
			`Pinterest allows keywords of at most ${MAX_KEYWORD_LENGTH} characters. Separate keywords with commas.`,
		);
	}
	if (keywords.length > MAX_KEYWORDS) {
		fail(
			context,
			`${field} has ${keywords.length} keywords`,
			`Pinterest accepts at most ${MAX_KEYWORDS} keywords. Split them over several items.`,
		);
	}
	return keywords;
}

/** Version 1.2 of the node names the limit keywordCount ("Number of Keywords"). */
const keywordCountParameter = (context: IExecuteSingleFunctions) =>
	context.getNode().typeVersion >= 1.2
		? { name: 'keywordCount', label: 'Number of Keywords' }
		: { name: 'limit', label: 'Limit' };

/** limit (keywordCount from 1.2): a whole number from 1 to 50. */
function trendLimit(context: IExecuteSingleFunctions): number {
	const { name, label } = keywordCountParameter(context);
	const raw = context.getNodeParameter(name, MAX_TREND_LIMIT) as unknown;
	const number = typeof raw === 'string' && raw.trim() === '' ? NaN : Number(raw);
	if (!Number.isInteger(number) || number < 1 || number > MAX_TREND_LIMIT) {
		fail(
			context,
			`${label} must be a whole number from 1 to ${MAX_TREND_LIMIT}`,
			`Got ${quoted(String(raw))}. Pinterest returns at most the top ${MAX_TREND_LIMIT} keywords.`,
		);
	}
	return number;
}

/** preSend of Trend → Get Trending Keywords: the filters, options and limit as query parameters. */
export async function sendTrendingKeywordsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	const interests = enumList(
		this,
		'filters.interests',
		'Interests',
		values(KEYWORD_INTERESTS),
		orName(KEYWORD_INTERESTS, (text) => snake(text).toLowerCase()),
	);
	const genders = enumList(this, 'filters.genders', 'Genders', GENDERS, (text) =>
		text.toLowerCase(),
	);
	const ages = enumList(this, 'filters.ages', 'Ages', AGE_BUCKETS, (text) =>
		text.replace(/\s+/g, ''),
	);
	const keywords = keywordList(this);
	if (interests) qs.interests = interests;
	if (genders) qs.genders = genders;
	if (ages) qs.ages = ages;
	if (keywords) qs.include_keywords = keywords;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.normalizeAgainstGroup === true) qs.normalize_against_group = true;
	if (options.includePredictions === true) qs.include_prediction = true;
	if (options.includeDemographics === true) qs.include_demographics = true;
	qs.limit = trendLimit(this);
	requestOptions.qs = qs;
	return requestOptions;
}

/** preSend of Trend → Get Featured Topics: region (required) and the optional interest. */
export async function sendFeaturedTopicsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	qs.region = oneOf(
		this,
		'topicRegion',
		'Region',
		values(TOPIC_REGIONS),
		orName(TOPIC_REGIONS, (text) => text.toUpperCase().replace(/\s+/g, '')),
	);
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	if (filters.interest !== undefined && filters.interest !== '') {
		qs.interest = oneOf(this, 'filters.interest', 'Interest', TOPIC_INTERESTS, (text) =>
			snake(text.replace(/&/g, 'and')).toUpperCase(),
		);
	}
	requestOptions.qs = qs;
	return requestOptions;
}

/** postReceive: one item per trending keyword, with its rank (Pinterest lists the #1 first). */
export async function trendingKeywordItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = (items[0]?.json ?? {}) as IDataObject;
	const trends = Array.isArray(body.trends) ? (body.trends as IDataObject[]) : [];
	// 1.2 leaves the time series out unless asked for; saved workflows of 1 and 1.1 keep it
	const withTimeSeries =
		this.getNode().typeVersion < 1.2 ||
		this.getNodeParameter('options.includeTimeSeries', false) === true;
	return trends.map((trend, index) => {
		const json: IDataObject = { rank: index + 1, ...trend };
		if (!withTimeSeries) delete json.time_series;
		return { json };
	});
}

/**
 * postReceive: the answer is an array of {interest, market, trends}; one item per topic, with
 * the interest and market of its group and its rank within the group.
 */
export async function featuredTopicItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const groups = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	return groups.flatMap((group) => {
		const topics = Array.isArray(group.trends) ? (group.trends as IDataObject[]) : [];
		return topics.map((topic, index) => ({
			json: {
				interest: group.interest ?? null,
				market: group.market ?? null,
				rank: index + 1,
				...topic,
			},
		}));
	});
}

/** "Home Decor", "home decor", "home_decor" → "HOME_DECOR"; "&" reads "and". */
const upperSnake = (text: string) => snake(text.replace(/&/g, 'and')).toUpperCase();

/** engagement_type, when set (Pinterest's default is ENGAGEMENT). */
function engagementType(context: IExecuteSingleFunctions, qs: IDataObject): void {
	const raw = context.getNodeParameter('options.engagementType', '') as unknown;
	if (raw === undefined || raw === '') return;
	qs.engagement_type = oneOf(
		context,
		'options.engagementType',
		'Engagement Type',
		values(ENGAGEMENT_TYPES),
		orName(ENGAGEMENT_TYPES, upperSnake),
	);
}

/** region: ProductCategoryRegion (US, GB+IE, CA), required. */
function productRegion(context: IExecuteSingleFunctions): string {
	return oneOf(
		context,
		'categoryRegion',
		'Region',
		values(TOPIC_REGIONS),
		orName(TOPIC_REGIONS, (text) => text.toUpperCase().replace(/\s+/g, '')),
	);
}

/** preSend of Trend → Get Trending Product Categories: region, audience filters, engagement type. */
export async function sendTrendingProductCategoriesQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	qs.region = productRegion(this);
	const verticals = enumList(this, 'filters.verticals', 'Verticals', PRODUCT_VERTICALS, upperSnake);
	const ages = enumList(this, 'filters.ages', 'Ages', PRODUCT_AGES, (text) =>
		text.replace(/\s+/g, ''),
	);
	const genders = enumList(this, 'filters.genders', 'Genders', PRODUCT_GENDERS, (text) =>
		text.trim().toUpperCase(),
	);
	if (verticals) qs.verticals = verticals;
	if (ages) qs.ages = ages;
	if (genders) qs.genders = genders;
	engagementType(this, qs);
	requestOptions.qs = qs;
	return requestOptions;
}

/** preSend of Trend → Get Product Category Details: 1 to 20 categories, region and options. */
export async function sendProductCategoryDetailsQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	const field = 'Product Categories';
	const categories = enumList(this, 'productCategories', field, PRODUCT_CATEGORIES, upperSnake);
	if (!categories) {
		fail(
			this,
			`${field} is empty`,
			`Pick 1 to ${MAX_PRODUCT_CATEGORIES} product categories, e.g. AREA_RUGS, or give them from an expression separated by commas.`,
		);
	}
	if (categories.length > MAX_PRODUCT_CATEGORIES) {
		fail(
			this,
			`${field} has ${categories.length} categories`,
			`Pinterest accepts at most ${MAX_PRODUCT_CATEGORIES} product categories per request. Split them over several items.`,
		);
	}
	qs.product_categories = categories;
	qs.region = productRegion(this);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.lookbackWindow !== undefined && options.lookbackWindow !== '') {
		const raw = options.lookbackWindow;
		const days = typeof raw === 'string' && raw.trim() === '' ? NaN : Number(raw);
		if (!LOOKBACK_WINDOWS.includes(days)) {
			fail(
				this,
				`Lookback Window ${quoted(String(raw))} is not supported`,
				`Use one of: ${LOOKBACK_WINDOWS.join(', ')} (days).`,
			);
		}
		qs.lookback_window = days;
	}
	engagementType(this, qs);
	requestOptions.qs = qs;
	return requestOptions;
}

/** postReceive: one item per product category of the answer's array, with its rank. */
export async function productCategoryItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const list = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	return list.map((category, index) => ({ json: { rank: index + 1, ...category } }));
}

/** postReceive of product category details: one item per category, in the answer's order. */
export async function productCategoryDetailItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const list = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	return list.map((category) => ({ json: { ...category } }));
}
