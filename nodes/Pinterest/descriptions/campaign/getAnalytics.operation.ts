import { entityGetAnalytics, CAMPAIGN } from '../ads/entity';

export const description = entityGetAnalytics(CAMPAIGN);
