import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { accountFields, accountOperations } from './account';
import { boardFields, boardOperations } from './board';
import { boardSectionFields, boardSectionOperations } from './boardSection';
import { followFields, followOperations } from './follow';
import { mediaFields, mediaOperations } from './media';
import { pinFields, pinOperations } from './pin';
import { searchFields, searchOperations } from './search';

interface ResourceDescription {
	option: INodePropertyOptions;
	operations: INodeProperties[];
	fields: INodeProperties[];
}

// The node's resources, in the order of the Resource menu (alphabetical, as n8n lists them).
const resources: ResourceDescription[] = [
	{ option: { name: 'Account', value: 'account' }, operations: accountOperations, fields: accountFields },
	{ option: { name: 'Board', value: 'board' }, operations: boardOperations, fields: boardFields },
	{ option: { name: 'Board Section', value: 'boardSection' }, operations: boardSectionOperations, fields: boardSectionFields },
	{ option: { name: 'Follow', value: 'follow' }, operations: followOperations, fields: followFields },
	{ option: { name: 'Media', value: 'media' }, operations: mediaOperations, fields: mediaFields },
	{ option: { name: 'Pin', value: 'pin' }, operations: pinOperations, fields: pinFields },
	{ option: { name: 'Search', value: 'search' }, operations: searchOperations, fields: searchFields },
].filter((resource) => resource.operations.length > 0);

export const resourceOptions: INodePropertyOptions[] = resources.map((resource) => resource.option);

export const resourceProperties: INodeProperties[] = resources.flatMap((resource) => [
	...resource.operations,
	...resource.fields,
]);
