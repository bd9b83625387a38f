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
				description:
					"Create a product group from a feed's products by filters such as brand, price or custom labels; needs a feed, a name and filters. Returns one item: the new product group with its ID.",
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
				description:
					'Delete a product group; needs the product group. Returns one item with deleted: true and the ID.',
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
				description:
					'Get one product group by its ID. Returns one item: the product group with its name, description, feed and filters.',
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
				description:
					"Change a product group's name or description, or replace its filters; sends only the fields given. Returns one item: the updated product group.",
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
