import type { INodeProperties } from 'n8n-workflow';

import { pinIntent } from '../../exactlyOnce/intents';
import { deletedResult } from '../../hooks/results';
import { route } from '../../routing/route';
import { simplifyPins } from '../../hooks/simplify';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAnalytics from './getAnalytics.operation';
import * as save from './save.operation';
import { pinMetricsQuery } from './shared';
import * as update from './update.operation';

export const pinOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pin'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a pin',
				description:
					'Create a pin on a board (optionally in a section) from an image URL, an image file, a carousel or a video, with title, description, link and alt text. Returns the new pin, with flat fields when Simplify is on.',
				routing: route({
					method: 'POST',
					url: '/pins',
					preSend: create.preSend,
					postReceive: [simplifyPins],
					exactlyOnce: pinIntent,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a pin',
				description:
					'Delete a pin picked from a list, by URL or by ID. Returns one item with deleted: true and the ID.',
				routing: route({ method: 'DELETE', url: '/pins/{pin}', postReceive: [deletedResult] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a pin',
				description:
					'Get one pin picked from a list, by URL or by ID, optionally with its metrics. Returns the pin, with flat fields when Simplify is on.',
				routing: route({
					method: 'GET',
					url: '/pins/{pin}',
					preSend: [pinMetricsQuery],
					postReceive: [simplifyPins],
				}),
			},
			{ ...getAnalytics.option },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many pins',
				description:
					'List the pins of the connected account on any board, optionally filtered by creative type or pin filter. Returns one item per pin, with flat fields when Simplify is on.',
				routing: route({
					method: 'GET',
					url: '/pins',
					list: {},
					preSend: [pinMetricsQuery],
					postReceive: [simplifyPins],
				}),
			},
			{
				name: 'Save',
				value: 'save',
				action: 'Save a pin to a board',
				description:
					"Save (repin) an existing pin to one of the connected account's boards, optionally in a section. Returns the saved pin, with flat fields when Simplify is on.",
				routing: route({
					method: 'POST',
					url: '/pins/{pin}/save',
					preSend: save.preSend,
					postReceive: [simplifyPins],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a pin',
				description:
					'Change the title, description, link or alt text of a pin, or move it to another board or section (beta, not available to all apps). Returns the updated pin.',
				routing: route({
					method: 'PATCH',
					url: '/pins/{pin}',
					preSend: update.preSend,
					postReceive: [simplifyPins],
				}),
			},
		],
	},
];

export const pinFields: INodeProperties[] = [
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getAnalytics.description,
	...save.description,
	...update.description,
];
