import type { INodeProperties } from 'n8n-workflow';

/** ad_account_id of the catalogs endpoints: act for the owner of an ad account (Business Access). */
export const businessAdAccountOption: INodeProperties = {
	displayName: 'Business Ad Account ID',
	name: 'adAccountId',
	type: 'string',
	default: '',
	placeholder: '549755885175',
	description:
		'Act for the owner of this ad account (needs the Owner, Admin or Catalogs Manager Business Access role). Empty: the connected account.',
	routing: {
		send: { type: 'query', property: 'ad_account_id', value: '={{ $value || undefined }}' },
	},
};

export function catalogIdOption(description: string): INodeProperties {
	return {
		displayName: 'Catalog ID',
		name: 'catalogId',
		type: 'string',
		default: '',
		placeholder: '2680059592705',
		description,
		routing: {
			send: { type: 'query', property: 'catalog_id', value: '={{ $value || undefined }}' },
		},
	};
}
