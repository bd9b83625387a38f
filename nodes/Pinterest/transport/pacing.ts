import type { IDataObject } from 'n8n-workflow';

import { runOfItem } from '../routing/itemState';
import { headerValue } from './headers';

// Pacing on Pinterest's rate-limit headers (tools/simulator/RATE-LIMITS.md has the facts).
// Pinterest answers with Envoy's X-RateLimit headers (draft-polli-ratelimit-headers-03):
//   x-ratelimit-limit:     100, 100;w=1;name="safety_net_app_id_user_id", 1000;w=60;name="org_read_app_id_user_id"
//   x-ratelimit-remaining: 97      (of the policy whose limit comes first: the one nearest its end)
//   x-ratelimit-reset:     1       (seconds until that policy's window starts again)
// When the policy an endpoint counts against is spent, the run's next request to it waits for
// the reset instead of meeting a 429. An answer without these headers (an older Pinterest, a
// proxy, the simulator without budgets) or with values that do not parse changes nothing.

/** What one answer says about the budget it counted against. */
export interface RateLimitInfo {
	/** The limit of the policy `remaining` belongs to. */
	limit: number;
	remaining: number;
	/** Milliseconds until that policy's window starts again. */
	resetMs: number;
	/** That policy's name, when the limit header names one whose limit is `limit`. */
	binding?: string;
	/** Every policy the limit header names (the safety net and the category). */
	names: string[];
}

/** The longest reset taken at face value (a day: Trial access counts per day). */
const MAX_RESET_MS = 86_400_000;

const WHOLE = /^\s*(\d{1,9})\s*$/;

/**
 * The rate-limit headers of an answer, or undefined when any of the three is missing or is not
 * what Pinterest sends (a whole number; the limit may carry its policies after a comma).
 */
export function parseRateLimit(
	headers: IDataObject | undefined,
	now = Date.now(),
): RateLimitInfo | undefined {
	const limitText = headerValue(headers, 'x-ratelimit-limit');
	const remainingText = headerValue(headers, 'x-ratelimit-remaining');
	const resetText = headerValue(headers, 'x-ratelimit-reset');
	if (limitText === undefined || remainingText === undefined || resetText === undefined) {
		return undefined;
	}
	const [first, ...policies] = limitText.split(',');
	const limitMatch = WHOLE.exec(first);
	const remainingMatch = WHOLE.exec(remainingText);
	const resetMatch = /^\s*(\d{1,12}(?:\.\d+)?)\s*$/.exec(resetText);
	if (!limitMatch || !remainingMatch || !resetMatch) return undefined;
	const limit = Number(limitMatch[1]);
	const remaining = Number(remainingMatch[1]);
	const reset = Number(resetMatch[1]);
	// Pinterest sends seconds from now; a value past 2001 in Unix seconds is a time (a proxy's).
	const resetMs = reset > 1e9 ? reset * 1000 - now : reset * 1000;
	if (!Number.isFinite(resetMs) || resetMs > MAX_RESET_MS) return undefined;
	const names: string[] = [];
	let binding: string | undefined;
	for (const policy of policies) {
		const [quota, ...params] = policy.split(';').map((part) => part.trim());
		let name: string | undefined;
		for (const param of params) {
			const m = /^name\s*=\s*"?([^";]*)"?$/.exec(param);
			if (m && m[1]) name = m[1];
		}
		if (!name) continue;
		names.push(name);
		const quotaMatch = WHOLE.exec(quota);
		if (binding === undefined && quotaMatch && Number(quotaMatch[1]) === limit) binding = name;
	}
	return { limit, remaining, resetMs: Math.max(0, resetMs), binding, names };
}

interface Budget {
	remaining: number;
	resetAt: number;
}

/**
 * What one node run knows of its budgets. Requests are grouped by endpoint (method and path
 * without IDs); each endpoint learns from its answers which policies it counts against, so a
 * spent `org_write` paces the creates while reads go on, and a spent safety net paces all.
 */
export class Pacer {
	private readonly budgets = new Map<string, Budget>();
	private readonly policiesOf = new Map<string, string[]>();
	private inFlight = 0;

	/** Milliseconds to wait before the endpoint's next request; 0 when nothing is spent. */
	delayFor(endpoint: string, now = Date.now()): number {
		let delay = 0;
		for (const name of this.policiesOf.get(endpoint) ?? []) {
			const budget = this.budgets.get(name);
			if (!budget) continue;
			if (now >= budget.resetAt) this.budgets.delete(name);
			else if (budget.remaining <= 0) delay = Math.max(delay, budget.resetAt - now);
		}
		return delay;
	}

	/** A request of the endpoint goes out: it counts against each of its known budgets. */
	sending(endpoint: string): void {
		this.inFlight++;
		for (const name of this.policiesOf.get(endpoint) ?? []) {
			const budget = this.budgets.get(name);
			if (budget) budget.remaining--;
		}
	}

	/** Its answer (or failure) came back; headers of an answer teach the budgets. */
	answered(endpoint: string, headers: IDataObject | undefined, now = Date.now()): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		const info = parseRateLimit(headers, now);
		if (!info) return;
		const key = info.binding ?? `endpoint ${endpoint}`;
		const names = info.names.length ? info.names : [key];
		const known = this.policiesOf.get(endpoint) ?? [];
		this.policiesOf.set(endpoint, [...new Set([...known, ...names, key])]);
		// The requests still under way may not be counted in this answer yet: count them.
		const remaining = info.remaining - this.inFlight;
		const resetAt = now + info.resetMs;
		const budget = this.budgets.get(key);
		if (!budget || now >= budget.resetAt || resetAt > budget.resetAt + 1000) {
			this.budgets.set(key, { remaining, resetAt }); // a new window
		} else {
			budget.remaining = Math.min(budget.remaining, remaining);
		}
	}
}

/** Method and path with IDs left out: the requests that count against the same budgets. */
export function endpointOf(method: string, url: string): string {
	const path = url.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/{id}');
	return `${method.toUpperCase()} ${path}`;
}

const standalone = new WeakMap<object, Pacer>();

/**
 * The pacer of the node run the context's item belongs to; outside a node run (the trigger's
 * poll, a list search) one per context, which covers the pages of one read.
 */
export function pacerOf(context: object): Pacer {
	const run = runOfItem(context);
	if (run) return run.shared('rate-limit pacing', () => new Pacer());
	let pacer = standalone.get(context);
	if (!pacer) {
		pacer = new Pacer();
		standalone.set(context, pacer);
	}
	return pacer;
}

/** Rate Limit Handling → Pace Requests is on unless switched off. */
export const DEFAULT_PACE_REQUESTS = true;

export function pacingOn(options: IDataObject | undefined): boolean {
	const value = options?.paceRequests;
	return typeof value === 'boolean' ? value : DEFAULT_PACE_REQUESTS;
}
