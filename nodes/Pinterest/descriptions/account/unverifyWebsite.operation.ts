import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { websiteOf, websiteProperty } from './website';

const properties: INodeProperties[] = [websiteProperty];

/** Pinterest answers 204 without a body: say what was unverified instead. */
export async function unverifiedResult(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[]> {
	return [{ json: { unverified: true, website: websiteOf(this) } as IDataObject }];
}

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['unverifyWebsite'] } },
	properties,
);
