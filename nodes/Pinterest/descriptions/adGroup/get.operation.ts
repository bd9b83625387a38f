import { entityGet, AD_GROUP } from '../ads/entity';

export const description = entityGet(AD_GROUP);
