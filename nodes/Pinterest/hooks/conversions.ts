import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Batcher } from '../routing/batch';
import type { PinterestRequest } from '../transport';
import { pinterestApiRequest } from '../transport';
import { markOutcome } from '../transport/outcome';
import { UserDataProblem, hashUserValue } from './conversionHash';
import { fail } from './validate';

// Conversion → Send Events (events/create): one input item is one event. The preSend hook
// builds the event (hashing the user data), the batcher sends the events of a run together,
// up to Pinterest's 1,000 a request, and the postReceive hook turns Pinterest's answer for the
// item's own event into its output item, or its error when Pinterest refused the event.

/** The most events in one request: maxItems of ConversionEvents.data. */
export const MAX_EVENTS_PER_CALL = 1000;

/** event_name: the values the request schema lists. */
export const EVENT_NAMES = [
	'add_payment_info',
	'add_to_cart',
	'add_to_wishlist',
	'app_install',
	'checkout',
	'custom',
	'initiate_checkout',
	'lead',
	'page_visit',
	'search',
	'signup',
	'subscribe',
	'view_category',
	'view_content',
	'watch_video',
];

/** action_source: the values the request schema lists. */
export const ACTION_SOURCES = ['app_android', 'app_ios', 'offline', 'web'];

/** How far ahead of our clock an event may be (clock drift); Pinterest refuses future events. */
export const CLOCK_SKEW_SECONDS = 60;

/** The user data fields: parameter, Pinterest's key, label, and whether it is hashed. */
export const USER_DATA_FIELDS: Array<{
	name: string;
	key: string;
	label: string;
	hashed: boolean;
}> = [
	{ name: 'email', key: 'em', label: 'Email', hashed: true },
	{ name: 'phone', key: 'ph', label: 'Phone', hashed: true },
	{ name: 'firstName', key: 'fn', label: 'First Name', hashed: true },
	{ name: 'lastName', key: 'ln', label: 'Last Name', hashed: true },
	{ name: 'gender', key: 'ge', label: 'Gender', hashed: true },
	{ name: 'dateOfBirth', key: 'db', label: 'Date of Birth', hashed: true },
	{ name: 'city', key: 'ct', label: 'City', hashed: true },
	{ name: 'state', key: 'st', label: 'State', hashed: true },
	{ name: 'zip', key: 'zp', label: 'Zip Code', hashed: true },
	{ name: 'country', key: 'country', label: 'Country', hashed: true },
	{ name: 'externalId', key: 'external_id', label: 'External ID', hashed: true },
	{ name: 'mobileAdId', key: 'hashed_maids', label: 'Mobile Ad ID', hashed: true },
	{ name: 'clientIpAddress', key: 'client_ip_address', label: 'IP Address', hashed: false },
	{ name: 'clientUserAgent', key: 'client_user_agent', label: 'User Agent', hashed: false },
	{ name: 'clickId', key: 'click_id', label: 'Click ID', hashed: false },
	{ name: 'partnerId', key: 'partner_id', label: 'Partner ID', hashed: false },
];

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The values of a user data field: one text, or a list from an expression. */
function valuesOf(raw: unknown): string[] {
	const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
	return list.filter((value) => !isBlank(value)).map((value) => String(value));
}

/**
 * user_data with every personal field normalised and hashed as Pinterest specifies. Errors
 * name the field and the rule, never the value.
 */
export function userDataOf(context: IExecuteSingleFunctions, raw: IDataObject): IDataObject {
	const userData: IDataObject = {};
	for (const field of USER_DATA_FIELDS) {
		const values = valuesOf(raw[field.name]);
		if (values.length === 0) continue;
		if (!field.hashed) {
			userData[field.key] = values[0].trim();
			continue;
		}
		userData[field.key] = values.map((value, index) => {
			try {
				return hashUserValue(field.key, value);
			} catch (error) {
				if (!(error instanceof UserDataProblem)) {
					throw new NodeOperationError(context.getNode(), error as Error, {
						itemIndex: context.getItemIndex(),
					});
				}
				const which = values.length > 1 ? ` (value ${index + 1})` : '';
				return fail(
					context,
					`${field.label}${which} ${error.message}`,
					`User data is normalised and hashed with SHA-256 before it is sent, as Pinterest asks for ${field.label}; this value does not fit its rule. Fix it in the input, leave ${field.label} empty, or give the value already hashed (64 hex characters), which is sent unchanged. The value is not shown because it is personal data.`,
				);
			}
		});
	}
	const hasIpAndAgent = userData.client_ip_address && userData.client_user_agent;
	if (!userData.em && !userData.hashed_maids && !hasIpAndAgent) {
		fail(
			context,
			'User Data needs an email, a mobile ad ID, or both IP address and user agent',
			'Pinterest matches an event to a person by at least one of: Email, Mobile Ad ID, or IP Address together with User Agent. Add one of them under User Data.',
		);
	}
	return userData;
}

function dateTimeMillis(value: unknown): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (value && typeof value === 'object' && 'toMillis' in value) {
		const toMillis = (value as { toMillis: unknown }).toMillis;
		if (typeof toMillis === 'function') return Number(toMillis.call(value));
	}
	return undefined;
}

/** event_time in Unix seconds: empty is now; refuses what Pinterest would refuse. */
export function eventTimeOf(context: IExecuteSingleFunctions, raw: unknown, now: number): number {
	if (isBlank(raw)) return Math.floor(now / 1000);
	let seconds: number;
	const millis = dateTimeMillis(raw);
	if (millis !== undefined) seconds = millis / 1000;
	else if (typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw))) {
		const number = Number(raw);
		// Unix milliseconds (13 digits today) are taken as such; seconds have 10.
		seconds = number >= 1e11 ? number / 1000 : number;
	} else if (typeof raw === 'string') {
		seconds = Date.parse(raw.trim()) / 1000;
	} else seconds = NaN;
	if (!Number.isFinite(seconds)) {
		fail(
			context,
			'Event Time is not a date and time',
			'Give the time of the event as an ISO 8601 date-time (2026-12-07T10:30:00Z), Unix seconds or milliseconds, or leave it empty for now.',
		);
	}
	const eventTime = Math.floor(seconds);
	const nowSeconds = Math.floor(now / 1000);
	if (eventTime > nowSeconds + CLOCK_SKEW_SECONDS) {
		fail(
			context,
			'Event Time is in the future',
			`Pinterest refuses events from the future: the event time must be now or earlier (${new Date(eventTime * 1000).toISOString()} is ${eventTime - nowSeconds} s ahead of this server's clock). Check the time zone of the value.`,
		);
	}
	// No lower bound: the live API was recorded processing an event a year old (200, "processed";
	// tools/simulator/REAL-API.md). Late events may count less for attribution; that is Pinterest's call.
	return eventTime;
}

function enumOf(
	context: IExecuteSingleFunctions,
	value: unknown,
	allowed: string[],
	label: string,
): string {
	const text = String(value ?? '').trim();
	if (!allowed.includes(text)) {
		fail(
			context,
			`${label} "${text.slice(0, 40)}" is not one Pinterest knows`,
			`${label} must be one of: ${allowed.join(', ')}.`,
		);
	}
	return text;
}

function textOf(value: unknown): string | undefined {
	return isBlank(value) ? undefined : String(value).trim();
}

function listOf(value: unknown): string[] {
	const list = Array.isArray(value) ? (value as unknown[]) : String(value ?? '').split(',');
	return list.filter((entry) => !isBlank(entry)).map((entry) => String(entry).trim());
}

function contentsOf(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	if (isBlank(raw)) return undefined;
	let value = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch {
			fail(
				context,
				'Contents is not valid JSON',
				'Give a JSON list of products, e.g. [{"id": "sku-1", "item_price": "14.99", "quantity": 2}].',
			);
		}
	}
	if (!Array.isArray(value)) value = [value];
	return (value as unknown[]).map((entry, index) => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
			fail(
				context,
				`Contents entry ${index + 1} is not an object`,
				'Every entry of Contents is a product: {"id": "sku-1", "item_price": "14.99", "quantity": 2, "item_name": "...", "item_category": "...", "item_brand": "..."}.',
			);
		}
		const product = entry as IDataObject;
		const out: IDataObject = {};
		// The key is "id"; "ID" (as the field's description writes it) is taken too.
		const id = textOf(product.id ?? product.ID);
		if (id !== undefined) out.id = id;
		for (const key of ['item_name', 'item_category', 'item_brand']) {
			const text = textOf(product[key]);
			if (text !== undefined) out[key] = text;
		}
		if (!isBlank(product.item_price)) out.item_price = String(product.item_price);
		if (!isBlank(product.quantity)) {
			const quantity = Number(product.quantity);
			if (!Number.isInteger(quantity) || quantity < 0) {
				fail(
					context,
					`Contents entry ${index + 1} has a quantity that is not a whole number`,
					'quantity is the number of units of the product, e.g. 2.',
				);
			}
			out.quantity = quantity;
		}
		return out;
	});
}

function customDataOf(context: IExecuteSingleFunctions, raw: IDataObject): IDataObject {
	const data: IDataObject = {};
	const currency = textOf(raw.currency);
	if (currency !== undefined) {
		if (!/^[a-z]{3}$/i.test(currency)) {
			fail(
				context,
				`Currency "${currency.slice(0, 10)}" is not an ISO 4217 code`,
				'Give the three-letter currency code, e.g. USD or EUR.',
			);
		}
		data.currency = currency.toUpperCase();
	}
	if (!isBlank(raw.value)) {
		const value = Number(raw.value);
		if (!Number.isFinite(value)) {
			fail(
				context,
				'Value is not a number',
				'Give the total value of the event as a number, e.g. 72.39 (no currency sign).',
			);
		}
		data.value = String(raw.value).trim();
	}
	for (const [name, key] of [
		['orderId', 'order_id'],
		['contentName', 'content_name'],
		['contentCategory', 'content_category'],
		['contentBrand', 'content_brand'],
		['searchString', 'search_string'],
		['optOutType', 'opt_out_type'],
	]) {
		const text = textOf(raw[name]);
		if (text !== undefined) data[key] = text;
	}
	const ids = listOf(raw.contentIds);
	if (ids.length) data.content_ids = ids;
	const contents = contentsOf(context, raw.contents);
	if (contents?.length) data.contents = contents;
	if (!isBlank(raw.numItems)) {
		const count = Number(raw.numItems);
		if (!Number.isInteger(count) || count < 0) {
			fail(
				context,
				'Number of Items is not a whole number',
				'Give the number of products of the event, e.g. 3.',
			);
		}
		data.num_items = count;
	}
	return data;
}

/** preSend: the item's event, as the one entry of `data` it adds to the run's request. */
export async function buildConversionEvent(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const event: IDataObject = {
		event_name: enumOf(this, this.getNodeParameter('eventName', ''), EVENT_NAMES, 'Event Name'),
		action_source: enumOf(
			this,
			this.getNodeParameter('actionSource', 'web'),
			ACTION_SOURCES,
			'Action Source',
		),
		event_time: eventTimeOf(this, this.getNodeParameter('eventTime', ''), Date.now()),
	};
	const eventId = textOf(this.getNodeParameter('eventId', ''));
	if (eventId === undefined) {
		fail(
			this,
			'Event ID is empty',
			'Pinterest needs an ID for every event. Give the same ID the Pinterest tag sends for this conversion (e.g. the order number), so that Pinterest counts it once.',
		);
	}
	event.event_id = eventId;
	event.user_data = userDataOf(this, this.getNodeParameter('userData', {}) as IDataObject);
	const custom = customDataOf(this, this.getNodeParameter('customData', {}) as IDataObject);
	if (Object.keys(custom).length) event.custom_data = custom;
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	for (const [name, key] of [
		['eventSourceUrl', 'event_source_url'],
		['partnerName', 'partner_name'],
		['language', 'language'],
		['appId', 'app_id'],
		['appName', 'app_name'],
		['appVersion', 'app_version'],
	]) {
		const text = textOf(extra[name]);
		if (text !== undefined) event[key] = text;
	}
	if (typeof extra.optOut === 'boolean') event.opt_out = extra.optOut;
	const qs: IDataObject = {};
	if (this.getNodeParameter('testMode', false) === true) qs.test = true;
	return { ...requestOptions, qs, body: event };
}

const EVENTS_PATH = /^\/ad_accounts\/\d+\/events$/;

/** What an output item says about its event (never its user data). */
function summaryOf(event: IDataObject, test: boolean): IDataObject {
	return {
		event_id: event.event_id,
		event_name: event.event_name,
		action_source: event.action_source,
		event_time: event.event_time,
		test_mode: test,
	};
}

function refusedRequest(
	context: IExecuteSingleFunctions,
	status: number,
	body: unknown,
	sent: number,
): NodeApiError {
	const answer = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const message =
		typeof answer.message === 'string'
			? `Pinterest ${status}${answer.code !== undefined ? ` (code ${String(answer.code)})` : ''}: ${answer.message}`
			: `Pinterest answered ${status} without a result for each of the ${sent} events`;
	const error = new NodeApiError(context.getNode(), { message } as JsonObject, {
		message,
		description:
			'Pinterest did not say which events it took. Check the events (Test Mode sends them without recording them) and run the items again.',
		httpCode: String(status),
	});
	return markOutcome(error, 'unknown');
}

/**
 * The events of a run that go to the same ad account (with the same Test Mode) are sent
 * together, 1,000 a request (Pinterest's limit); Pinterest answers each event in the order sent,
 * so answer i belongs to request i. A request that fails as a whole fails its events only.
 */
export const conversionBatch: Batcher = {
	keyOf(request) {
		if (!EVENTS_PATH.test(request.url)) return undefined;
		return `${request.url}|${request.qs?.test === true ? 'test' : 'live'}`;
	},
	async send(context, requests, itemIndex) {
		const answers: Array<IDataObject | Error> = [];
		const test = requests[0].qs?.test === true;
		for (let start = 0; start < requests.length; start += MAX_EVENTS_PER_CALL) {
			const chunk = requests.slice(start, start + MAX_EVENTS_PER_CALL);
			const request: PinterestRequest = {
				...requests[0],
				body: { data: chunk.map((r) => r.body as IDataObject) },
				answerStatuses: [422],
			};
			const answer = await pinterestApiRequest.call(context, request, itemIndex).then(
				(response) => response,
				(error: unknown) => error as Error,
			);
			if (answer instanceof Error) {
				chunk.forEach(() => answers.push(answer));
				continue;
			}
			// 200: every event answered; 422 (some refused): the same answer, under `details`
			// (DetailedError) or at the top.
			const body = (answer.body ?? {}) as IDataObject;
			const details = (body.details ?? {}) as IDataObject;
			const events = Array.isArray(body.events) ? body.events : details.events;
			if (!Array.isArray(events) || events.length !== chunk.length) {
				const error = refusedRequest(context, answer.statusCode, answer.body, chunk.length);
				chunk.forEach(() => answers.push(error));
				continue;
			}
			chunk.forEach((sent, index) => {
				const result = (events[index] ?? {}) as IDataObject;
				const out: IDataObject = {
					status: result.status,
					...summaryOf(sent.body as IDataObject, test),
				};
				if (!isBlank(result.error_message)) out.error_message = result.error_message;
				if (!isBlank(result.warning_message)) out.warning_message = result.warning_message;
				answers.push(out);
			});
		}
		return answers;
	},
};

/** postReceive: a processed event is the output item; a refused one is the item's error. */
export async function conversionResult(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const result = items[0]?.json ?? {};
	if (result.status === 'processed') return [{ json: result }];
	const reason = isBlank(result.error_message)
		? 'no reason given'
		: String(result.error_message as string);
	const itemIndex = this.getItemIndex();
	const error = new NodeOperationError(
		this.getNode(),
		`Pinterest refused event "${String(result.event_id)}" (${String(result.event_name)}) of item ${itemIndex}: ${reason}`,
		{
			itemIndex,
			description:
				'Pinterest checked the event and did not record it; the other events of the request were answered on their own. Fix what the reason names (e.g. the event time, the user data) and send this item again.',
		},
	);
	throw markOutcome(error, 'not-applied');
}
