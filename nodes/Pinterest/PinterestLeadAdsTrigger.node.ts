import type {
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, pinterestCredentials } from './descriptions/shared/authentication';
import { adsLocator } from './descriptions/shared/locators';
import {
	createSubscription,
	removeSubscription,
	requestTestLead,
	subscriptionExists,
} from './leadAds/subscription';
import { passLeadsThrough, receiveLeads } from './leadAds/webhook';
import { searchAdAccounts, searchLeadForms } from './methods/adsListSearch';

export class PinterestLeadAdsTrigger implements INodeType {
	description: INodeType['description'] = {
		displayName: 'Pinterest Lead Ads Trigger',
		name: 'pinterestLeadAdsTrigger',
		icon: { light: 'file:../../icons/pinterest.svg', dark: 'file:../../icons/pinterest.dark.svg' },
		group: ['trigger'],
		version: 1,
		// n8n gives an expression a resource locator's value (the ID), not the object: `.value` was
		// undefined on the canvas
		subtitle: '={{ "Leads of ad account " + ($parameter["adAccount"] || "(not set)") }}',
		description:
			'Starts the workflow when someone submits a Pinterest lead ad form (lead ads beta)',
		defaults: { name: 'Pinterest Lead Ads Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: pinterestCredentials,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					"Lead ads are a Pinterest beta: the ad account must be let into it by Pinterest, and the credential needs the ads:read and ads:write scopes. Pinterest sends leads to this workflow's production webhook URL, which must be public HTTPS.",
				name: 'betaNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty,
			adsLocator('adAccountId', 'The ad account whose leads start the workflow'),
			{
				...adsLocator('leadFormId'),
				required: false,
				description:
					'Only the leads of this form; leave empty for every lead form of the ad account. With a form, Fetch Test Event asks Pinterest for a test lead of it.',
			},
		],
	};

	methods = {
		listSearch: { searchAdAccounts, searchLeadForms },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await subscriptionExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await createSubscription.call(this);
				if (this.getActivationMode() === 'manual') await requestTestLead.call(this);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await removeSubscription.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveLeads.call(this);
	}

	// n8n runs this for the trigger's step of the run a delivery started (WorkflowExecute.runNode
	// calls execute before it would pass webhook data through): see passLeadsThrough.
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await passLeadsThrough.call(this);
	}
}
