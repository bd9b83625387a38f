import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scopesNotice } from '../ads/fields';
import { hideFeedPasswords } from '../../hooks/results';
import { route } from '../../routing/route';
import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as getFeedProcessingResults from './getFeedProcessingResults.operation';
import * as getFeeds from './getFeeds.operation';
import * as getProductGroups from './getProductGroups.operation';
import * as getProducts from './getProducts.operation';
import * as ingestFeed from './ingestFeed.operation';

export const catalogOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['catalog'] } },
		default: 'getAll',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a catalog',
				description: 'Add a retail, hotel or creative assets catalog to the connected account',
				routing: route({
					method: 'POST',
					url: '/catalogs',
					preSend: create.preSend,
					scopes: ['catalogs:write'],
				}),
			},
			{
				name: 'Get Feed Processing Results',
				value: 'getFeedProcessingResults',
				action: 'Get processing results of a feed',
				description: 'How Pinterest processed a feed: status and item counts per run',
				routing: route({
					method: 'GET',
					url: '/catalogs/feeds/{feedId}/processing_results',
					scopes: ['catalogs:read'],
					list: {},
				}),
			},
			{
				name: 'Get Feeds',
				value: 'getFeeds',
				action: 'Get many feeds',
				description: 'List the catalog feeds of the connected account',
				routing: route({
					method: 'GET',
					url: '/catalogs/feeds',
					postReceive: [hideFeedPasswords],
					scopes: ['catalogs:read'],
					list: {},
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many catalogs',
				description: 'List the catalogs of the connected account',
				routing: route({ method: 'GET', url: '/catalogs', scopes: ['catalogs:read'], list: {} }),
			},
			{
				name: 'Get Product Groups',
				value: 'getProductGroups',
				action: 'Get many product groups',
				description: 'List the product groups of the catalogs or of one feed',
				routing: route({
					method: 'GET',
					url: '/catalogs/product_groups',
					scopes: ['catalogs:read'],
					list: {},
				}),
			},
			{
				name: 'Get Products',
				value: 'getProducts',
				action: 'Get products in a product group',
				description: 'List the product pins of a product group',
				routing: route({
					method: 'GET',
					url: '/catalogs/product_groups/{productGroupId}/products',
					scopes: ['catalogs:read', 'boards:read', 'pins:read'],
					list: {},
				}),
			},
			{
				name: 'Ingest Feed',
				value: 'ingestFeed',
				action: 'Ingest a feed',
				description: 'Ask Pinterest to process a feed now instead of at its next scheduled time',
				routing: route({
					method: 'POST',
					url: '/catalogs/feeds/{feedId}/ingest',
					scopes: ['catalogs:write'],
				}),
			},
		],
	},
];

export const catalogFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['catalog'] } }, [
		scopesNotice('catalogs:read / catalogs:write'),
	]),
	...create.description,
	...getAll.description,
	...getFeedProcessingResults.description,
	...getFeeds.description,
	...getProductGroups.description,
	...getProducts.description,
	...ingestFeed.description,
];
