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
				description: 'List the sections of a board',
				routing: route({ method: 'GET', url: '/boards/{board}/sections', list: {} }),
			},
			{
				name: 'Get Pins',
				value: 'getPins',
				action: 'Get pins in a board section',
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
