import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { deletedResult, hideFeedPasswords } from '../../hooks/results';
import { route } from '../../routing/route';
import { scopesNotice } from '../ads/fields';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';

// Feeds of a catalog: the writes and the read of one feed. The feed lists, Ingest Feed and the
// processing results are operations of the Catalog resource (they were there first).
export const feedOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['feed'] } },
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a feed',
				description:
					'Create a product feed that Pinterest downloads and processes on a schedule; needs a name, format, location URL, currency and locale. Returns one item: the new feed with its ID (never its location password).',
				routing: route({
					method: 'POST',
					url: '/catalogs/feeds',
					preSend: create.preSend,
					postReceive: [hideFeedPasswords],
					scopes: ['catalogs:read', 'catalogs:write'],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a feed',
				description:
					'Delete a catalog feed and stop its processing; needs the feed. Returns one item with deleted: true and the ID.',
				routing: route({
					method: 'DELETE',
					url: '/catalogs/feeds/{feedId}',
					postReceive: [deletedResult],
					scopes: ['catalogs:read', 'catalogs:write'],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a feed',
				description:
					'Get one catalog feed by its ID. Returns one item: the feed with its location, format, schedule and status (never its location password).',
				routing: route({
					method: 'GET',
					url: '/catalogs/feeds/{feedId}',
					postReceive: [hideFeedPasswords],
					scopes: ['catalogs:read'],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a feed',
				description:
					'Change the name, location, schedule, availability or other fields of a feed; sends only the fields given. Returns one item: the updated feed.',
				routing: route({
					method: 'PATCH',
					url: '/catalogs/feeds/{feedId}',
					preSend: update.preSend,
					postReceive: [hideFeedPasswords],
					scopes: ['catalogs:read', 'catalogs:write'],
				}),
			},
		],
	},
];

export const feedFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['feed'] } }, [
		scopesNotice('catalogs:read / catalogs:write'),
	]),
	...create.description,
	...del.description,
	...get.description,
	...update.description,
];
