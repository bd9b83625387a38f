// Every time Pinterest sends is read here, and read as UTC. Pinterest writes datetimes without
// a zone ("2026-07-09T10:43:44", sometimes with a fraction: "2026-07-09T10:43:44.123456"), and
// JavaScript's Date.parse reads such a text in the machine's time zone: on a host with TZ set
// (n8n's Docker set-ups often are) items would shift by hours, and around a daylight-saving
// change the trigger and exactly-once would miss or repeat them.

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Milliseconds since the epoch of a time Pinterest sent, or undefined when the value is not one.
 * - Text without a zone is UTC; a "Z" or an offset ("+02:00", "-0500") is honoured.
 * - Fractions of a second of any length (microseconds too) are cut to milliseconds.
 * - A date alone ("2026-07-09") is that day's UTC midnight.
 * - A number is Unix time: seconds (the ads objects' created_time), or milliseconds when larger
 *   than 10^11 (the year 5138 in seconds).
 */
export function pinterestTimeMs(value: unknown): number | undefined {
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || value < 0) return undefined;
		return value > 1e11 ? Math.floor(value) : Math.floor(value * 1000);
	}
	if (typeof value !== 'string') return undefined;
	const match = DATE_TIME.exec(value.trim());
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const hour = Number(h);
	const minute = Number(mi);
	const second = Number(s);
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
	let offsetMinutes = 0;
	if (zone && zone.toUpperCase() !== 'Z') {
		const sign = zone.startsWith('-') ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		const zoneHours = Number(digits.slice(0, 2));
		const zoneMinutes = Number(digits.slice(2, 4));
		if (zoneHours > 23 || zoneMinutes > 59) return undefined;
		offsetMinutes = sign * (zoneHours * 60 + zoneMinutes);
	}
	return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/** created_at of a Pinterest object (a pin, a board) in milliseconds, read as UTC. */
export function createdAtMs(object: { created_at?: unknown } | undefined): number | undefined {
	return pinterestTimeMs(object?.created_at);
}

/**
 * Pinterest's clock minus ours, from the Date header of one of its answers (an HTTP date, which
 * always carries its zone), or undefined when there is none to read.
 */
export function serverClockOffsetMs(dateHeader: unknown, receivedAt: number): number | undefined {
	if (typeof dateHeader !== 'string' || !/GMT|UTC|[+-]\d{4}$/i.test(dateHeader)) return undefined;
	const server = Date.parse(dateHeader);
	return Number.isNaN(server) ? undefined : server - receivedAt;
}
