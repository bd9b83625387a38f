import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

// List searches of the advertising resources (ad accounts, campaigns, ad groups, ads).
export const adsListSearch: Record<string, ListSearchMethod> = {};
