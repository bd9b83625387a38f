import { entityGetAnalytics, AD_GROUP } from '../ads/entity';

export const description = entityGetAnalytics(AD_GROUP);
