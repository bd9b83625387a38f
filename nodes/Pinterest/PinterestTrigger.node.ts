import type { INodeExecutionData, INodeProperties, INodeType, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { DescriptionWithBuilderHint } from './builderHint';
import { pinterestTriggerBuilderHint } from './builderHint';

import { authenticationProperty, pinterestCredentials } from './descriptions/shared/authentication';
import { boardLocator, sectionLocator } from './descriptions/shared/locators';
import { pollTrigger } from './trigger/poll';
import { searchBoards, searchSections } from './methods/listSearch';
import { optionSubtitle, PINTEREST_APP_DESCRIPTION } from './subtitles';

const eventProperty: INodeProperties = {
	displayName: 'Trigger On',
	name: 'event',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'New Board',
			value: 'newBoard',
			description: 'A board was created on the account',
		},
		{
			name: 'New Follower',
			value: 'newFollower',
			description: 'Someone followed the account',
		},
		{
			name: 'New Pin',
			value: 'newPin',
			description: 'A pin was created on the account, a board or a board section',
		},
	],
	default: 'newPin',
};

const INCLUDE_SAVED_PINS: INodeProperties = {
	displayName: 'Include Saved Pins',
	name: 'includeSavedPins',
	type: 'boolean',
	default: true,
	displayOptions: { show: { '/event': ['newPin'], '/pinSource': ['account'] } },
	description:
		"Whether pins the account saved from other people count as new pins. Off: only pins the account created (Pinterest's exclude_repins filter).",
};

const SIMPLIFY: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

export class PinterestTrigger implements INodeType {
	description: DescriptionWithBuilderHint = {
		displayName: 'Pinterest Trigger',
		name: 'pinterestTrigger',
		icon: { light: 'file:../../icons/pinterest.svg', dark: 'file:../../icons/pinterest.dark.svg' },
		group: ['trigger'],
		// 1.1: Simplify is a top-level toggle, as in the Pinterest node; version 1 keeps it under
		// Options, so saved workflows read it where they stored it.
		version: [1, 1.1],
		defaultVersion: 1.1,
		// "New Pin", the menu's display name (n8n would show the raw value)
		subtitle: optionSubtitle(eventProperty),
		// n8n's nodes panel shows the trigger's description on the entry that merges both nodes,
		// above the action node's actions too: the app's description reads right in both places
		description: PINTEREST_APP_DESCRIPTION,
		defaults: { name: 'Pinterest Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		builderHint: pinterestTriggerBuilderHint,
		credentials: pinterestCredentials,
		properties: [
			authenticationProperty,
			eventProperty,
			{
				displayName: 'Watch',
				name: 'pinSource',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { event: ['newPin'] } },
				options: [
					{
						name: 'All Pins of My Account',
						value: 'account',
						description: 'Pins on any board of the connected account',
					},
					{ name: 'A Board', value: 'board', description: 'Pins on one board' },
					{
						name: 'A Board Section',
						value: 'section',
						description: 'Pins in one section of a board',
					},
				],
				default: 'account',
			},
			boardLocator({
				description: 'The board to watch for new pins',
				displayOptions: { show: { event: ['newPin'], pinSource: ['board', 'section'] } },
			}),
			sectionLocator({
				description: 'The section of the board above to watch for new pins',
				displayOptions: { show: { event: ['newPin'], pinSource: ['section'] } },
			}),
			{ ...SIMPLIFY, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } },
				options: [INCLUDE_SAVED_PINS],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				displayOptions: { show: { '@version': [1] } },
				options: [INCLUDE_SAVED_PINS, SIMPLIFY],
			},
		],
	};

	methods = {
		listSearch: { searchBoards, searchSections },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollTrigger(this);
	}
}
