import type { INodeProperties } from 'n8n-workflow';

import { boardIntent } from '../../exactlyOnce/intents';
import { deletedResult } from '../../hooks/results';
import { route } from '../../routing/route';
import { checkText } from '../../hooks/validate';
import { simplifyPins } from '../../hooks/simplify';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPins from './getPins.operation';
import * as update from './update.operation';

export const boardOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['board'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a board',
				description:
					'Create a board on the connected account from a name, with optional description and privacy. Returns the new board with its ID.',
				routing: route({
					method: 'POST',
					url: '/boards',
					preSend: [checkText('name', 'Name', Infinity, true)],
					exactlyOnce: boardIntent,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a board',
				description:
					'Delete a board, with its pins and sections, picked from a list, by URL or by ID. Returns one item with deleted: true and the ID.',
				routing: route({ method: 'DELETE', url: '/boards/{board}', postReceive: [deletedResult] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a board',
				description:
					'Get one board picked from a list, by URL or by ID. Returns the board: ID, name, description, privacy, owner, counts and cover image.',
				routing: route({ method: 'GET', url: '/boards/{board}' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many boards',
				description:
					'List the boards of the connected account, optionally only public, secret or protected ones. Returns one item per board.',
				routing: route({ method: 'GET', url: '/boards', list: {} }),
			},
			{
				name: 'Get Pins',
				value: 'getPins',
				action: 'Get pins on a board',
				description:
					'List the pins on one board, picked from a list, by URL or by ID. Returns one item per pin, with flat fields (ID, title, link, image URL, pin URL) when Simplify is on.',
				routing: route({
					method: 'GET',
					url: '/boards/{board}/pins',
					list: {},
					postReceive: [simplifyPins],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a board',
				description:
					'Change the name, description or privacy of a board picked from a list, by URL or by ID. Returns the updated board.',
				routing: route({ method: 'PATCH', url: '/boards/{board}', preSend: update.preSend }),
			},
		],
	},
];

export const boardFields: INodeProperties[] = [
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getPins.description,
	...update.description,
];
