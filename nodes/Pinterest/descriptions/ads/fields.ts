import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idList } from '../../hooks/adsResolve';

// Building blocks shared by the advertising descriptions (descriptions/<resource>/).

/** The notice shown on every advertising resource. */
export function scopesNotice(scopes: string): INodeProperties {
	return {
		displayName: `Needs the ${scopes} scopes: turn on "Include Ads and Catalogs Scopes" in the Pinterest OAuth2 credential and reconnect (or use an access token that has them)`,
		name: 'adsScopesNotice',
		type: 'notice',
		default: '',
	};
}

/** Entity status filter of campaigns/ad groups/ads lists (the spec's default: Active and Paused). */
export function statusesProperty(plural: string): INodeProperties {
	return {
		displayName: 'Statuses',
		name: 'entityStatuses',
		type: 'multiOptions',
		default: ['ACTIVE', 'PAUSED'],
		description: `Only ${plural} with these statuses. Empty: Pinterest's default, Active and Paused.`,
		options: [
			{ name: 'Active', value: 'ACTIVE' },
			{ name: 'Archived', value: 'ARCHIVED' },
			{ name: 'Deleted Draft', value: 'DELETED_DRAFT' },
			{ name: 'Draft', value: 'DRAFT' },
			{ name: 'Paused', value: 'PAUSED' },
		],
		routing: { send: { type: 'query', property: 'entity_statuses' } },
	};
}

export const orderOption: INodeProperties = {
	displayName: 'Order',
	name: 'order',
	type: 'options',
	default: 'ASCENDING',
	description: 'Sort by ID; higher IDs are newer',
	options: [
		{ name: 'Ascending', value: 'ASCENDING', description: 'Oldest first' },
		{ name: 'Descending', value: 'DESCENDING', description: 'Newest first' },
	],
	routing: { send: { type: 'query', property: 'order' } },
};

export function idsOption(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: '626736533506, 626736533507',
		description,
	};
}

/**
 * preSend: ID list filters of a collection parameter (comma-separated text or an array from
 * an expression) as repeated query keys. With `onlyOne`, at most one kind may be set (the
 * spec: "Provide only campaign_id or ad_group_id or ad_id").
 */
export function sendIdFilters(
	collection: string,
	filters: Array<{ parameter: string; query: string; field: string }>,
	onlyOne = false,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const values = this.getNodeParameter(collection, {}) as IDataObject;
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		const used: string[] = [];
		for (const filter of filters) {
			if (values[filter.parameter] === undefined || values[filter.parameter] === '') continue;
			const ids = idList(this, `${collection}.${filter.parameter}`, filter.field, { max: 250 });
			if (!ids.length) continue;
			qs[filter.query] = ids;
			used.push(filter.field);
		}
		if (onlyOne && used.length > 1) {
			throw new NodeOperationError(this.getNode(), `Use only one of ${used.join(' and ')}`, {
				itemIndex: this.getItemIndex(),
				description:
					'Pinterest filters this list by one kind of ID at a time. Keep the most specific one.',
			});
		}
		requestOptions.qs = qs;
		return requestOptions;
	};
}
