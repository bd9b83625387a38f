import type { INodeProperties } from 'n8n-workflow';

/** query_explicit_following (boolean, default false). */
export const explicitFollowing: INodeProperties = {
	displayName: 'Explicit Follows Only',
	name: 'explicit_following',
	type: 'boolean',
	default: false,
	description:
		'Whether to leave out users you follow only implicitly, because you follow one of their boards',
	routing: { send: { type: 'query', property: 'explicit_following' } },
};
