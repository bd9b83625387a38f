import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Summer recipes',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Privacy',
				name: 'privacy',
				type: 'options',
				default: 'PUBLIC',
				description: 'Who can see the board',
				options: [
					{ name: 'Protected', value: 'PROTECTED', description: 'Only for ads (ad-only pins)' },
					{ name: 'Public', value: 'PUBLIC', description: 'Everyone' },
					{ name: 'Secret', value: 'SECRET', description: 'Only you and collaborators' },
				],
				routing: { send: { type: 'body', property: 'privacy' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['board'], operation: ['create'] } },
	properties,
);
