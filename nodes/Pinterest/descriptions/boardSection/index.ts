import type { INodeProperties } from 'n8n-workflow';

import { deletedResult } from '../../hooks/results';
import { route } from '../../routing/route';
import { checkText } from '../../hooks/validate';
import { simplifyPins } from '../../hooks/simplify';
import { sectionIntent } from '../../exactlyOnce/intents';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as getPins from './getPins.operation';
import * as update from './update.operation';

// Pinterest section names: 1 to 180 characters (BoardSection schema).
const checkName = checkText('name', 'Name', 180, true);

export const boardSectionOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['boardSection'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a board section',
				description:
					'Create a section on a board from a name (1 to 180 characters). Returns the new section with its ID.',
				routing: route({
					method: 'POST',
					url: '/boards/{board}/sections',
					preSend: [checkName],
					exactlyOnce: sectionIntent,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a board section',
				description:
					'Delete one section of a board, both picked from a list, by URL or by ID. Returns one item with deleted: true and the ID.',
				routing: route({
					method: 'DELETE',
					url: '/boards/{board}/sections/{section}',
					postReceive: [deletedResult],
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many board sections',
				description:
					'List the sections of a board picked from a list, by URL or by ID. Returns one item per section: ID and name.',
				routing: route({ method: 'GET', url: '/boards/{board}/sections', list: {} }),
			},
			{
				name: 'Get Pins',
				value: 'getPins',
				action: 'Get pins in a board section',
				description:
					'List the pins in one section of a board. Returns one item per pin, with flat fields (ID, title, link, image URL, pin URL) when Simplify is on.',
				routing: route({
					method: 'GET',
					url: '/boards/{board}/sections/{section}/pins',
					list: {},
					postReceive: [simplifyPins],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Rename a board section',
				description:
					'Rename a section of a board (1 to 180 characters). Returns the section with its new name.',
				routing: route({
					method: 'PATCH',
					url: '/boards/{board}/sections/{section}',
					preSend: [checkName],
				}),
			},
		],
	},
];

export const boardSectionFields: INodeProperties[] = [
	...create.description,
	...del.description,
	...getAll.description,
	...getPins.description,
	...update.description,
];
