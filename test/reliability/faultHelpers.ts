import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { RequestLogEntry } from '../../tools/simulator';

/** The fault mix of the reliability proof (the simulator's `setFaults`). */
export const FAULTS = {
	rate429: 0.2,
	rate503: 0.05,
	// A write applied and then answered 500: the pin exists although the node saw an error.
	rate500AfterWrite: 0.01,
	retryAfterSeconds: 0,
	slowRate: 0.05,
	slowMs: 25,
};

export type SimRequest = RequestLogEntry;

/** What the check reads of a pin in the simulator's state. */
export interface SimPin {
	id: string;
	title: string | null;
}

export function apiRequests(
	sim: { requests: SimRequest[] },
	method: string,
	path: string,
): SimRequest[] {
	return sim.requests.filter((r) => r.method === method && r.path === path);
}

export function countBy<T>(list: T[], key: (value: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const value of list) counts[key(value)] = (counts[key(value)] ?? 0) + 1;
	return counts;
}

interface ItemError {
	message?: string;
	description?: string;
}

/**
 * Checks the outcome of N creates (input i has title titleOf(i)) against the simulator's pins.
 * Every list returned is a list of violations and should be empty.
 */
export function summarizeCreates(
	items: INodeExecutionData[],
	pins: SimPin[],
	inputs: number,
	titleOf: (index: number) => string,
) {
	const pinsByTitle = new Map<string, SimPin[]>();
	for (const pin of pins) {
		const title = String(pin.title);
		pinsByTitle.set(title, [...(pinsByTitle.get(title) ?? []), pin]);
	}
	const wanted = new Set(Array.from({ length: inputs }, (_, i) => titleOf(i)));
	const seen = new Map<number, number>();
	const counts = {
		items: items.length,
		created: 0,
		recovered: 0,
		skipped: 0,
		errors: 0,
		safeErrors: 0,
		unsafeErrors: 0,
		duplicates: 0,
		lost: 0,
	};
	const violations = {
		pairedTwice: [] as number[],
		unpaired: [] as number[],
		duplicateTitles: [] as string[],
		strangerPins: [] as string[],
		successWithoutPin: [] as number[],
		successWrongTitle: [] as number[],
		/** Errors that say "safe to run again" although the pin exists. */
		safeErrorButPinCreated: [] as Array<{ input: number; message?: string }>,
		errorMessages: [] as string[],
	};
	for (const [title, list] of pinsByTitle) {
		if (list.length > 1) violations.duplicateTitles.push(title);
		if (!wanted.has(title)) violations.strangerPins.push(title);
	}
	counts.duplicates = violations.duplicateTitles.length;
	for (const item of items) {
		const input = Number((item.pairedItem as IDataObject | undefined)?.item);
		seen.set(input, (seen.get(input) ?? 0) + 1);
		const existing = pinsByTitle.get(titleOf(input)) ?? [];
		const error = item.error as ItemError | undefined;
		if (!error) {
			if (item.json.recovered === true) counts.recovered++;
			else if (item.json.skipped === true) counts.skipped++;
			else counts.created++;
			const pin = existing.find((p) => p.id === item.json.id);
			if (!pin) violations.successWithoutPin.push(input);
			if (item.json.title !== titleOf(input)) violations.successWrongTitle.push(input);
			continue;
		}
		counts.errors++;
		const message = String(error.message ?? item.json.error);
		violations.errorMessages.push(message);
		if (String(item.json.error).endsWith('(not carried out: safe to run again)')) {
			counts.safeErrors++;
			if (existing.length > 0) violations.safeErrorButPinCreated.push({ input, message });
		} else {
			counts.unsafeErrors++;
		}
	}
	for (let i = 0; i < inputs; i++) {
		const n = seen.get(i) ?? 0;
		if (n === 0) violations.unpaired.push(i);
		if (n > 1) violations.pairedTwice.push(i);
	}
	counts.lost = violations.unpaired.length;
	return { counts, ...violations };
}
