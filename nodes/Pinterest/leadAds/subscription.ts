import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { resolveAdsId } from '../hooks/adsResolve';
import { checkId } from '../hooks/ids';
import { locatorOf } from '../hooks/resolve';
import { pinterestApiRequest } from '../transport';
import { fetchPages } from '../transport/pagination';
import type { LeadAdsState } from './state';
import { clearSubscription, stateOf } from './state';

export const SUPPORTED_ALGORITHM = 'AES-256-GCM';

/** The ad account and (optional) lead form the trigger listens to. */
export function targetOf(context: IHookFunctions): { adAccountId: string; leadFormId?: string } {
	const adAccountId = resolveAdsId(context, 'adAccountId');
	const value = locatorOf(context, 'leadForm').value;
	if (value === undefined || value === null || value === '') return { adAccountId };
	return { adAccountId, leadFormId: checkId(context.getNode(), value, 'Lead Form', 0) };
}

function subscriptionsUrl(adAccountId: string): string {
	return `/ad_accounts/${adAccountId}/leads/subscriptions`;
}

function webhookUrlOf(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL');
	return url;
}

function sameTarget(
	subscription: IDataObject,
	webhookUrl: string,
	leadFormId: string | undefined,
): boolean {
	return (
		subscription.webhook_url === webhookUrl &&
		String(subscription.lead_form_id ?? '') === String(leadFormId ?? '')
	);
}

async function deleteSubscription(
	context: IHookFunctions,
	adAccountId: string,
	subscriptionId: string,
): Promise<void> {
	// Gone already (deleted by hand, or with Lead Subscription → Delete): nothing to undo. Any
	// other failure is the transport's own NodeApiError, passed on as it is.
	const failure = await pinterestApiRequest
		.call(context, {
			method: 'DELETE',
			url: `${subscriptionsUrl(adAccountId)}/${subscriptionId}`,
			scopes: ['ads:read', 'ads:write'],
		})
		.then(
			() => undefined,
			(error: unknown) => error,
		);
	if (failure === undefined) return;
	if (failure instanceof NodeApiError && String(failure.httpCode) === '404') return;
	if (failure instanceof NodeApiError || failure instanceof NodeOperationError) throw failure;
	throw new NodeOperationError(context.getNode(), failure as Error);
}

/**
 * checkExists: the trigger's subscription is live when Pinterest lists one for this webhook URL
 * and lead form and we hold its key. One for this URL whose key we lack (static data lost, a
 * copied workflow) cannot be decrypted: it is deleted, and create() makes a new one. So there
 * is never a second subscription for one webhook URL.
 */
export async function subscriptionExists(this: IHookFunctions): Promise<boolean> {
	const state = stateOf(this.getWorkflowStaticData('node'));
	const { adAccountId, leadFormId } = targetOf(this);
	const webhookUrl = webhookUrlOf(this);
	const { items } = await fetchPages.call(this, {
		method: 'GET',
		url: subscriptionsUrl(adAccountId),
		scopes: ['ads:read'],
	});
	let live = false;
	for (const subscription of items) {
		if (subscription.webhook_url !== webhookUrl) continue;
		const id = String(subscription.id);
		if (
			sameTarget(subscription, webhookUrl, leadFormId) &&
			state.subscriptionId === id &&
			state.adAccountId === adAccountId &&
			state.cryptographicKey
		) {
			live = true;
			continue;
		}
		if (
			sameTarget(subscription, webhookUrl, leadFormId) &&
			typeof subscription.cryptographic_key === 'string' &&
			subscription.cryptographic_key !== ''
		) {
			// Pinterest handed the key back with the list: adopt the subscription.
			adopt(state, subscription, adAccountId, webhookUrl);
			live = true;
			continue;
		}
		// Ours by URL but unusable (no key, or another lead form): remove it.
		await deleteSubscription(this, adAccountId, id);
	}
	if (!live && state.subscriptionId) clearSubscription(state);
	return live;
}

function adopt(
	state: LeadAdsState,
	subscription: IDataObject,
	adAccountId: string,
	webhookUrl: string,
): void {
	state.subscriptionId = String(subscription.id);
	state.adAccountId = adAccountId;
	state.leadFormId = (subscription.lead_form_id as string | null | undefined) ?? null;
	state.webhookUrl = webhookUrl;
	state.cryptographicKey = subscription.cryptographic_key as string;
	state.cryptographicAlgorithm =
		(subscription.cryptographic_algorithm as string | null | undefined) ?? SUPPORTED_ALGORITHM;
}

/** create: a subscription for this webhook URL; its key goes to the node's static data. */
export async function createSubscription(this: IHookFunctions): Promise<boolean> {
	const state = stateOf(this.getWorkflowStaticData('node'));
	const { adAccountId, leadFormId } = targetOf(this);
	const webhookUrl = webhookUrlOf(this);
	const body: IDataObject = { webhook_url: webhookUrl };
	if (leadFormId) body.lead_form_id = leadFormId;
	const { body: answer } = await pinterestApiRequest.call(this, {
		method: 'POST',
		url: subscriptionsUrl(adAccountId),
		body,
		scopes: ['ads:read', 'ads:write'],
	});
	const subscription = (answer ?? {}) as IDataObject;
	const algorithm = String(subscription.cryptographic_algorithm ?? SUPPORTED_ALGORITHM);
	if (
		typeof subscription.cryptographic_key !== 'string' ||
		subscription.cryptographic_key === '' ||
		algorithm.toUpperCase().replace(/_/g, '-') !== SUPPORTED_ALGORITHM
	) {
		if (subscription.id) await deleteSubscription(this, adAccountId, String(subscription.id));
		throw new NodeOperationError(this.getNode(), 'Pinterest gave no usable encryption key', {
			description: `The new lead subscription came without an ${SUPPORTED_ALGORITHM} key, so its leads could not be read; it was deleted again. Try activating once more; if it persists, the ad account may not be in Pinterest's lead ads beta.`,
		});
	}
	adopt(state, subscription, adAccountId, webhookUrl);
	state.cryptographicAlgorithm = SUPPORTED_ALGORITHM;
	state.seenLeads = [];
	return true;
}

/** delete: removes the trigger's subscription (a missing one is fine) and forgets it. */
export async function removeSubscription(this: IHookFunctions): Promise<boolean> {
	const state = stateOf(this.getWorkflowStaticData('node'));
	if (state.subscriptionId && state.adAccountId) {
		await deleteSubscription(this, state.adAccountId, state.subscriptionId);
	}
	clearSubscription(state);
	return true;
}

/**
 * Listening for a test event: ask Pinterest to send a test lead of the chosen form (lead form
 * test data, one answer per question). Without a lead form, or where Pinterest refuses (Sandbox,
 * no beta access), the user submits a lead to the form instead; listening goes on either way.
 */
export async function requestTestLead(this: IHookFunctions): Promise<void> {
	const { adAccountId, leadFormId } = targetOf(this);
	if (!leadFormId) return;
	try {
		const { body } = await pinterestApiRequest.call(this, {
			method: 'GET',
			url: `/ad_accounts/${adAccountId}/lead_forms/${leadFormId}`,
			scopes: ['ads:read'],
		});
		const questions = Array.isArray((body as IDataObject)?.questions)
			? ((body as IDataObject).questions as IDataObject[])
			: [];
		const answers = questions.map((question) => sampleAnswer(question));
		if (answers.length === 0) return;
		await pinterestApiRequest.call(this, {
			method: 'POST',
			url: `/ad_accounts/${adAccountId}/lead_forms/${leadFormId}/test`,
			body: { answers },
			scopes: ['ads:read', 'ads:write'],
		});
	} catch (error) {
		this.logger.warn('Pinterest Lead Ads Trigger: no test lead was requested', {
			reason: (error as Error).message,
		});
	}
}

const SAMPLES: Record<string, string> = {
	FULL_NAME: 'Test Lead',
	FIRST_NAME: 'Test',
	LAST_NAME: 'Lead',
	EMAIL: 'test.lead@example.com',
	PHONE_NUMBER: '5555550100',
	ZIP_CODE: '94107',
	GENDER: 'Prefer not to say',
	CITY: 'San Francisco',
	COUNTRY: 'US',
	STATE_PROVINCE: 'CA',
	ADDRESS: '1 Test Street',
	DATE_OF_BIRTH: '1990-01-01',
	AGE: '30',
};

function sampleAnswer(question: IDataObject): string {
	const type = String(question.question_type ?? 'CUSTOM');
	if (SAMPLES[type]) return SAMPLES[type];
	const options = question.custom_question_options;
	if (Array.isArray(options) && typeof options[0] === 'string') return options[0];
	return 'Test answer';
}
