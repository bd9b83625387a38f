import type { IDataObject } from 'n8n-workflow';

/**
 * What the Lead Ads Trigger keeps in its node's static data (getWorkflowStaticData('node'),
 * where n8n keeps a node's webhook data): the subscription it made, the key that decrypts its
 * leads, and the most recent lead keys, for de-duplication. JSON-safe and small.
 */
export interface LeadAdsState extends IDataObject {
	subscriptionId?: string;
	adAccountId?: string;
	leadFormId?: string | null;
	webhookUrl?: string;
	/** Base64 AES-256 key Pinterest returned when the subscription was made. */
	cryptographicKey?: string;
	cryptographicAlgorithm?: string;
	/** Keys (lead_id) of the latest emitted leads, oldest first, at most MAX_REMEMBERED_LEADS. */
	seenLeads?: string[];
}

/** How many lead keys the trigger remembers: Pinterest's retries of a lead come within hours. */
export const MAX_REMEMBERED_LEADS = 1000;

export function stateOf(staticData: IDataObject): LeadAdsState {
	return staticData as LeadAdsState;
}

/** Forgets the subscription (on delete); the remembered leads go too. */
export function clearSubscription(state: LeadAdsState): void {
	for (const field of [
		'subscriptionId',
		'adAccountId',
		'leadFormId',
		'webhookUrl',
		'cryptographicKey',
		'cryptographicAlgorithm',
		'seenLeads',
	]) {
		delete state[field];
	}
}

export function hasSeen(state: LeadAdsState, key: string): boolean {
	return (state.seenLeads ?? []).includes(key);
}

/** Remembers emitted leads; the oldest are forgotten beyond MAX_REMEMBERED_LEADS. */
export function remember(state: LeadAdsState, keys: string[]): void {
	const seen = [...(state.seenLeads ?? []), ...keys];
	state.seenLeads = seen.slice(Math.max(0, seen.length - MAX_REMEMBERED_LEADS));
}
