import { entityUpdateStatus, AD_GROUP } from '../ads/entity';

export const description = entityUpdateStatus(AD_GROUP);
