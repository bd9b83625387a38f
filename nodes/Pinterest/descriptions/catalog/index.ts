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
				description:
					'Create a catalog (retail, hotel or creative assets) on the connected account; needs a name and a type. Returns one item: the new catalog with its ID.',
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
				description:
					'List how Pinterest processed a feed, picked from a list or by ID. Returns one item per processing run with its status and item counts.',
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
				description:
					'List the catalog feeds of the connected account, optionally of one catalog. Returns one item per feed with its format, location and status.',
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
				description:
					'List the catalogs of the connected account; needs no input. Returns one item per catalog.',
				routing: route({ method: 'GET', url: '/catalogs', scopes: ['catalogs:read'], list: {} }),
			},
			{
				name: 'Get Product Groups',
				value: 'getProductGroups',
				action: 'Get many product groups',
				description:
					'List the product groups of the catalogs of the connected account, optionally of one catalog or feed. Returns one item per product group.',
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
				description:
					'List the product pins of a product group picked from a list or by ID. Returns one item per product with its pin and metadata.',
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
				description:
					'Ask Pinterest to process a feed now instead of at its next scheduled time (offered to some users only). Returns the ingestion with its status.',
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
