import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { ADS_OBJECTS, resolveAdsId } from '../../hooks/adsResolve';

// campaigns/update, ad_groups/update and ads/update are PATCHes of the collection with an
// array body (1..30 objects with `id`); campaigns also require `ad_account_id`. We send one
// object per n8n item with only the status, so nothing else of the entity changes.

export const STATUS_VALUES = ['ACTIVE', 'PAUSED', 'ARCHIVED'];

export function statusProperty(entity: string): INodeProperties {
	return {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'PAUSED',
		description: `The new status of the ${entity}`,
		options: [
			{ name: 'Active', value: 'ACTIVE', description: `Run the ${entity}` },
			{
				name: 'Archived',
				value: 'ARCHIVED',
				description: `Archive the ${entity}; archived ${entity}s cannot be activated again`,
			},
			{ name: 'Paused', value: 'PAUSED', description: `Pause the ${entity}` },
		],
	};
}

/** preSend: the array body [{ id, status }] (campaigns also carry ad_account_id). */
export function sendStatusUpdate(key: 'campaignId' | 'adGroupId' | 'adId'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const status = String(this.getNodeParameter('status', '') ?? '').toUpperCase();
		if (!STATUS_VALUES.includes(status)) {
			throw new NodeOperationError(
				this.getNode(),
				`Status "${status.slice(0, 40)}" is not one of Active, Paused, Archived`,
				{
					itemIndex: this.getItemIndex(),
					description: `Set Status to ACTIVE, PAUSED or ARCHIVED for this ${ADS_OBJECTS[key].field.toLowerCase()}.`,
				},
			);
		}
		const entry: IDataObject = { id: resolveAdsId(this, key) };
		if (key === 'campaignId') entry.ad_account_id = resolveAdsId(this, 'adAccountId');
		entry.status = status;
		requestOptions.body = [entry] as unknown as IDataObject;
		return requestOptions;
	};
}

/**
 * postReceive: `{ items: [{ data, exceptions }] }` → the updated object. Pinterest reports
 * per-object failures inside a 200 (exceptions: an array for campaigns and ad groups, one
 * object for ads in the spec), which we raise as an error of this item.
 */
export async function statusUpdateResult(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = (items[0]?.json ?? {}) as IDataObject;
	const first = (Array.isArray(body.items) ? body.items[0] : undefined) as IDataObject | undefined;
	const raw = first?.exceptions;
	const exceptions = (
		Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : []
	) as IDataObject[];
	const failures = exceptions.filter(
		(exception) => exception && (exception.code !== undefined || exception.message),
	);
	if (failures.length) {
		const message = failures
			.map(
				(e) =>
					`${String(e.message ?? 'error')}${e.code !== undefined ? ` (code ${String(e.code)})` : ''}`,
			)
			.join('; ');
		throw new NodeApiError(this.getNode(), { message } as never, {
			message: `Pinterest did not update the status: ${message}`,
			description:
				'Pinterest answered 200 but reported an exception for this object. Check that the ID belongs to the ad account and that the status change is allowed (archived objects cannot be activated).',
			itemIndex: this.getItemIndex(),
		});
	}
	if (!first || !first.data || typeof first.data !== 'object') {
		throw new NodeApiError(this.getNode(), { message: 'empty update response' } as never, {
			message: 'Pinterest returned no updated object',
			description: 'The update answer had no items. Get the object to see its current status.',
			itemIndex: this.getItemIndex(),
		});
	}
	return [{ json: first.data as IDataObject }];
}
