import type { INodeProperties } from 'n8n-workflow';

import { entityNotice, entityOperations, AD } from '../ads/entity';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAnalytics from './getAnalytics.operation';
import * as updateStatus from './updateStatus.operation';

// Operations and their routing are shared by campaigns, ad groups and ads (helpers/adsEntity.ts).
export const adOperations: INodeProperties[] = entityOperations(AD);

export const adFields: INodeProperties[] = [
	...entityNotice(AD),
	...get.description,
	...getAll.description,
	...getAnalytics.description,
	...updateStatus.description,
];
