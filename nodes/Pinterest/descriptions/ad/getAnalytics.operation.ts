import { entityGetAnalytics, AD } from '../ads/entity';

export const description = entityGetAnalytics(AD);
