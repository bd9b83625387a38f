import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { leadItem } from './answers';
import type { UndecryptableLead } from './decrypt';
import { decryptLead, isDecrypted, leadsOf } from './decrypt';
import { hasSeen, remember, stateOf } from './state';

/** The status an undecryptable delivery gets: Pinterest retries 429 and 5xx, drops other 4xx. */
export const UNDECRYPTABLE_STATUS = 500;

/**
 * One delivery: each lead decrypted with the subscription's key and emitted once (a lead_id
 * seen before is skipped), one item per lead with its answers by name.
 *
 * A lead that cannot be decrypted starts nothing and is not lost: the delivery is answered 500,
 * so Pinterest sends it again (its retry covers 429 and 5xx only; any 4xx would drop the lead
 * for good). The log line names the reason and the lead IDs, never the content. Leads of the
 * same delivery that did decrypt run now and are skipped as duplicates on the retry.
 */
export async function receiveLeads(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const state = stateOf(this.getWorkflowStaticData('node'));
	const leads = leadsOf(this.getRequestObject().body as unknown) ?? [];
	const items: INodeExecutionData[] = [];
	const emitted: string[] = [];
	const failed: UndecryptableLead[] = [];
	let duplicates = 0;
	for (const lead of leads) {
		const result = decryptLead(lead, state.cryptographicKey);
		if (!isDecrypted(result)) {
			failed.push(result);
			continue;
		}
		if (hasSeen(state, result.key) || emitted.includes(result.key)) {
			duplicates += 1;
			continue;
		}
		emitted.push(result.key);
		items.push({ json: leadItem(result.meta, result.data) });
	}
	if (leads.length === 0) {
		failed.push({ key: '(none)', reason: 'the body holds no lead' });
	}
	if (failed.length > 0) {
		this.logger.error(
			`Pinterest Lead Ads Trigger: ${failed.length} lead(s) of a delivery could not be decrypted; answered ${UNDECRYPTABLE_STATUS} so that Pinterest sends them again`,
			{
				leadIds: failed.map((lead) => lead.key),
				reasons: [...new Set(failed.map((lead) => lead.reason))],
				subscriptionId: state.subscriptionId ?? null,
				workflowId: this.getWorkflow().id,
			},
		);
		const response = this.getResponseObject();
		response.status(UNDECRYPTABLE_STATUS).json({
			message: 'Lead data could not be decrypted; please retry',
		});
	}
	if (items.length === 0) {
		if (failed.length > 0) return { noWebhookResponse: true };
		return { webhookResponse: { received: leads.length, duplicates } as IDataObject };
	}
	remember(state, emitted);
	return {
		...(failed.length > 0 ? { noWebhookResponse: true } : {}),
		workflowData: [items],
	};
}

/**
 * The trigger's step of the run a delivery started: its items pass through unchanged, and the
 * emitted leads are remembered again. n8n re-wraps the workflow's static data when it starts the
 * run (WorkflowRunner builds a new Workflow on the same object, which clears its "changed" flag)
 * before it saves what webhook() wrote, so webhook()'s note of the lead IDs alone would be lost
 * (measured on n8n 2.41.1). A change made here is saved when the run ends.
 */
export async function passLeadsThrough(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const state = stateOf(this.getWorkflowStaticData('node'));
	const keys = items
		.map((item) => item.json.lead_id)
		.filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
		.map(String)
		.filter((key) => !hasSeen(state, key));
	// Assigning the list marks the static data changed even when webhook() already holds the keys.
	state.seenLeads = [...(state.seenLeads ?? [])];
	if (keys.length > 0) remember(state, keys);
	return [items];
}
