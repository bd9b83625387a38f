import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { PinterestResponse } from '../transport';

// postReceive hooks that shape answers the same way for several resources.

/** Deletes answer 204 with no body: return what was deleted instead. */
export async function deletedResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const url = (response as PinterestResponse).request.url;
	const id = url.split('/').filter(Boolean).pop() as string;
	return [{ json: { deleted: true, id } as IDataObject }];
}

/**
 * Lead subscriptions may carry the key that decrypts their leads (and partner tokens): secrets,
 * which never reach an output item. Whether a key was set stays visible.
 */
export async function hideSubscriptionKeys(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const json = { ...item.json };
		for (const secret of ['cryptographic_key', 'partner_access_token', 'partner_refresh_token']) {
			if (secret in json) {
				json[secret] = json[secret] ? '(hidden)' : json[secret];
			}
		}
		return { ...item, json };
	});
}

/** An array answer (the sync analytics endpoints) becomes one item per row. */
export async function splitArray(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = items[0]?.json as unknown;
	if (Array.isArray(body)) return body.map((row) => ({ json: (row ?? {}) as IDataObject }));
	return items;
}

/**
 * Feeds carry the user name and password of their location under `credentials`. The password is
 * a secret: it never reaches an output item. The user name stays, so a workflow can see that the
 * location is protected.
 */
export async function hideFeedPasswords(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const credentials = item.json.credentials;
		if (!credentials || typeof credentials !== 'object' || !('password' in credentials)) {
			return item;
		}
		const visible: IDataObject = { ...(credentials as IDataObject) };
		delete visible.password;
		return { ...item, json: { ...item.json, credentials: visible } };
	});
}
