import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { deletedResult } from '../../hooks/results';
import { route } from '../../routing/route';
import { scopesNotice } from '../ads/fields';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';

// Product groups of a feed: the writes and the read of one group. The list and the products of
// a group are operations of the Catalog resource (they were there first).
export const productGroupOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productGroup'] } },
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a product group',
				description: 'Group the products of a feed by filters (brand, price, labels...)',
				routing: route({
					method: 'POST',
					url: '/catalogs/product_groups',
					preSend: create.preSend,
					scopes: ['catalogs:write'],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a product group',
				routing: route({
					method: 'DELETE',
					url: '/catalogs/product_groups/{productGroupId}',
					postReceive: [deletedResult],
					scopes: ['catalogs:write'],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a product group',
				routing: route({
					method: 'GET',
					url: '/catalogs/product_groups/{productGroupId}',
					scopes: ['catalogs:read'],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a product group',
				description: 'Rename a product group, change its description or replace its filters',
				routing: route({
					method: 'PATCH',
					url: '/catalogs/product_groups/{productGroupId}',
					preSend: update.preSend,
					scopes: ['catalogs:write'],
				}),
			},
		],
	},
];

export const productGroupFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['productGroup'] } }, [
		scopesNotice('catalogs:read / catalogs:write'),
	]),
	...create.description,
	...del.description,
	...get.description,
	...update.description,
];
