import type {
	IDataObject,
	IHttpRequestMethods,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { fillAdsPath } from '../hooks/adsResolve';
import type { PageOptions } from '../transport/pagination';
import { route } from './route';

export type AdsScope = 'ads:read' | 'ads:write' | 'catalogs:read' | 'catalogs:write' | 'boards:read' | 'pins:read';

interface AdsRouteOptions {
	method: IHttpRequestMethods;
	/** Path with {adAccountId}, {campaignId}, ... placeholders (see ADS_OBJECTS). */
	url: string;
	/** Scopes the operation needs (endpoints.tsv), named in 403 errors. */
	scopes: AdsScope[];
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
	list?: Omit<PageOptions, 'limit' | 'itemIndex'>;
}

/** What a 403 on an advertising operation means, naming the scopes it needs. */
export function scopeAdvice(scopes: AdsScope[]): string {
	const list = scopes.join(', ');
	const catalogs = scopes.some((scope) => scope.startsWith('catalogs'));
	return (
		`This operation needs the ${list} scope${scopes.length > 1 ? 's' : ''}. ` +
		'With OAuth2: open the Pinterest credential, turn on "Include Ads and Catalogs Scopes" and reconnect. ' +
		'With an access token: generate one that has these scopes. ' +
		(catalogs
			? 'Also check that the catalog belongs to the connected account (or pass an ad account you have Catalogs Manager access to).'
			: 'Also check that the connected account owns the ad account or has a Business Access role on it (Admin, Analyst or Campaign Manager).')
	);
}

/**
 * route() for the advertising resources: fills our ID placeholders before any request and
 * names the needed scopes when Pinterest answers 403 (the transport's generic text cannot
 * know them). Items and errors stay paired by the executor route() sets up.
 */
export function adsRoute(options: AdsRouteOptions): INodePropertyRouting {
	return route({
		method: options.method,
		url: options.url,
		preSend: [fillAdsPath, ...(options.preSend ?? [])],
		postReceive: options.postReceive,
		list: options.list,
		forbidden: scopeAdvice(options.scopes),
	});
}

/** postReceive: an array response (the sync analytics endpoints) becomes one item per row. */
export async function splitArray(
	this: unknown,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = items[0]?.json as unknown;
	if (Array.isArray(body)) return body.map((row) => ({ json: (row ?? {}) as IDataObject }));
	return items;
}
