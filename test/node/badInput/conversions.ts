/** Bad-input catalogue rows: Conversion → Send Events (refused before the run's one request). */
import type { IDataObject } from 'n8n-workflow';

import type { Ids, Row } from './row';
import { id } from './row';

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

const sendEvents = (ids: Ids, extra: IDataObject): IDataObject => ({
	resource: 'conversion',
	operation: 'sendEvents',
	adAccount: id(ids.adAccount),
	eventName: 'checkout',
	actionSource: 'web',
	eventId: '={{ "ev-" + $itemIndex }}',
	userData: { email: 'buyer@shop.example' },
	...extra,
});

/** A row whose value goes into one field; the good items' events go in one request. */
const row = (
	name: string,
	extra: IDataObject,
	good: unknown,
	bad: unknown,
	error: RegExp,
): Row => ({
	name: `conversion event with ${name}`,
	params: (ids) => sendEvents(ids, extra),
	good: () => (typeof good === 'function' ? (good as () => unknown)() : good),
	bad,
	error,
	request: ['POST', (ids) => `/v5/ad_accounts/${ids.adAccount}/events`],
	count: 1,
});

const fromItem = '={{ $json.v }}';
const now = () => iso(-60_000);

export const conversionRows: Row[] = [
	row(
		'an event name Pinterest does not know',
		{ eventName: fromItem },
		'lead',
		'purchase',
		/^Event Name "purchase" is not one Pinterest knows$/,
	),
	row(
		'an action source Pinterest does not know',
		{ actionSource: fromItem },
		'offline',
		'store',
		/^Action Source "store" is not one Pinterest knows$/,
	),
	row('an empty event ID', { eventId: fromItem }, 'order-1', '', /^Event ID is empty$/),
	row(
		'an event time tomorrow',
		{ eventTime: fromItem },
		now,
		iso(DAY),
		/^Event Time is in the future$/,
	),
	row(
		'an event time that is not a date',
		{ eventTime: fromItem },
		now,
		'yesterday',
		/^Event Time is not a date and time$/,
	),
	row(
		'a malformed email',
		{ userData: { email: fromItem } },
		'buyer@shop.example',
		'buyer at shop',
		/^Email is not an email address$/,
	),
	row(
		'an email that is an object',
		{ userData: { email: fromItem } },
		'buyer@shop.example',
		{ address: 'buyer@shop.example' },
		/^Email is an object, not a text$/,
	),
	row(
		'no email, mobile ad ID or IP address and user agent',
		{ userData: { email: fromItem, firstName: 'Ann' } },
		'buyer@shop.example',
		'',
		/^User Data needs an email, a mobile ad ID, or both IP address and user agent$/,
	),
	row(
		'a phone number without enough digits',
		{ userData: { email: 'buyer@shop.example', phone: fromItem } },
		'+1 415 555 0100',
		'12-34',
		/^Phone is not a phone number with country code/,
	),
	row(
		'a state that is not a two-letter code',
		{ userData: { email: 'buyer@shop.example', state: fromItem } },
		'CA',
		'California',
		/^State is not a two-letter state code/,
	),
	row(
		'a country that is not a two-letter code',
		{ userData: { email: 'buyer@shop.example', country: fromItem } },
		'us',
		'USA',
		/^Country is not a two-letter country code/,
	),
	row(
		'a gender other than f, m or n',
		{ userData: { email: 'buyer@shop.example', gender: fromItem } },
		'm',
		'x',
		/^Gender is not f, m or n/,
	),
	row(
		'a date of birth that does not exist',
		{ userData: { email: 'buyer@shop.example', dateOfBirth: fromItem } },
		'1990-02-28',
		'1990-02-30',
		/^Date of Birth is not a real calendar date$/,
	),
	row(
		'a currency that is not an ISO 4217 code',
		{ customData: { currency: fromItem } },
		'EUR',
		'US Dollar',
		/^Currency "US Dollar" is not an ISO 4217 code$/,
	),
	row(
		'a value that is not a number',
		{ customData: { value: fromItem } },
		'12.50',
		'12,50 €',
		/^Value is not a number$/,
	),
	row(
		'contents that are not JSON',
		{ customData: { contents: fromItem } },
		'[{"id": "sku-1", "quantity": 1}]',
		'[{id: }',
		/^Contents is not valid JSON$/,
	),
];
