import { createHash } from 'crypto';

// Pinterest's Conversions API matches people by SHA-256 hashes of their data, each field
// normalised first as the events/create request schema (ConversionEventsUserDataProperties in
// Pinterest's OpenAPI description) says. A value that is already a SHA-256 hash (64 hex
// characters) is sent unchanged. Plain values never leave this file other than hashed.

/** Why a plain value cannot be normalised: the text names the rule, never the value. */
export class UserDataProblem extends Error {}

const SHA256 = /^[0-9a-f]{64}$/i;

export function isSha256(value: string): boolean {
	return SHA256.test(value);
}

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

const lower = (value: string) => value.normalize('NFC').trim().toLowerCase();

/** Letters, digits and marks only: no spaces, punctuation or symbols. */
const lettersAndDigits = (value: string) => lower(value).replace(/[^\p{L}\p{N}\p{M}]/gu, '');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const GENDERS: Record<string, string> = {
	f: 'f',
	female: 'f',
	woman: 'f',
	m: 'm',
	male: 'm',
	man: 'm',
	n: 'n',
	nonbinary: 'n',
	'non-binary': 'n',
	'non binary': 'n',
};

function dateOfBirth(value: string): string {
	const text = value.trim();
	// YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, or an ISO date-time (its date part).
	const match = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s].*)?$/.exec(text);
	if (!match) {
		throw new UserDataProblem('is not a date: give it as YYYY-MM-DD or YYYYMMDD');
	}
	const [, y, m, d] = match;
	const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
	if (
		date.getUTCFullYear() !== Number(y) ||
		date.getUTCMonth() !== Number(m) - 1 ||
		date.getUTCDate() !== Number(d)
	) {
		throw new UserDataProblem('is not a real calendar date');
	}
	return `${y}${m}${d}`;
}

/**
 * The normalisation of each field, from the field descriptions of the request schema; the
 * result is what gets hashed.
 */
export const NORMALISE: Record<string, (value: string) => string> = {
	// "Sha256 hashes of lowercase version of user's email addresses"
	em: (value) => {
		const email = lower(value);
		if (!EMAIL.test(email)) throw new UserDataProblem('is not an email address');
		return email;
	},
	// "only digits with country code, area code, and number. Remove any symbols, letters,
	// spaces and leading zeros."
	ph: (value) => {
		const digits = value.replace(/\D/g, '').replace(/^0+/, '');
		if (digits.length < 7 || digits.length > 15) {
			throw new UserDataProblem(
				'is not a phone number with country code: give 7 to 15 digits, e.g. +1 415 555 0100',
			);
		}
		return digits;
	},
	// "first name, in lowercase" / "last name, in lowercase"; UTF-8, trimmed.
	fn: lower,
	ln: lower,
	// "city, in lowercase, and without spaces or punctuation"
	ct: lettersAndDigits,
	// "state, given as a two-letter code in lowercase"
	st: (value) => {
		const code = lettersAndDigits(value);
		if (!/^[a-z]{2}$/.test(code)) {
			throw new UserDataProblem('is not a two-letter state code, e.g. CA');
		}
		return code;
	},
	// "zipcode, only digits": a US ZIP+4 keeps its first 5 digits; other postcodes lose spaces
	// and dashes and are lower-cased.
	zp: (value) => {
		const code = lower(value).replace(/[\s-]/g, '');
		if (/^\d{9}$/.test(code)) return code.slice(0, 5);
		if (!/^[\p{L}\p{N}]+$/u.test(code)) throw new UserDataProblem('is not a postcode');
		return code;
	},
	// "two-character ISO-3166 country code indicating the user's country, in lowercase"
	country: (value) => {
		const code = lettersAndDigits(value);
		if (!/^[a-z]{2}$/.test(code)) {
			throw new UserDataProblem('is not a two-letter country code, e.g. US');
		}
		return code;
	},
	// "gender, in lowercase. Either "f" or "m" or "n" for non-binary gender"
	ge: (value) => {
		const gender = GENDERS[lower(value)];
		if (!gender) throw new UserDataProblem('is not f, m or n (female, male, non-binary)');
		return gender;
	},
	// "date of birthday, given as year, month, and day": YYYYMMDD.
	db: dateOfBirth,
	// "the unique id from the advertiser that identifies a user": trimmed, case kept.
	external_id: (value) => value.normalize('NFC').trim(),
	// Google Advertising IDs and IDFAs are UUIDs: trimmed and lower-cased.
	hashed_maids: lower,
};

/** The SHA-256 hash Pinterest expects for one value of a field; a hash passes unchanged. */
export function hashUserValue(field: string, value: string): string {
	const text = value.trim();
	if (isSha256(text)) return text;
	const normalised = NORMALISE[field](value);
	if (normalised === '') throw new UserDataProblem('is empty once normalised');
	return sha256(normalised);
}
