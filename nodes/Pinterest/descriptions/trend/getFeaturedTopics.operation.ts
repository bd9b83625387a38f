import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { TOPIC_INTERESTS, TOPIC_REGIONS } from '../../hooks/trends';
import { byName, enumName, regionOptions } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: "Featured topics are not available in Pinterest's Sandbox",
		name: 'featuredTopicsSandboxNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Region',
		name: 'topicRegion',
		type: 'options',
		default: 'US',
		required: true,
		description: 'The market of the topics',
		options: regionOptions(TOPIC_REGIONS),
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Interest',
				name: 'interest',
				type: 'options',
				default: 'ALL',
				description: 'Only the topics of this interest',
				options: byName(TOPIC_INTERESTS.map((value) => ({ name: enumName(value), value }))),
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['trend'], operation: ['getFeaturedTopics'] } },
	properties,
);
