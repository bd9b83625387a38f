import { entityUpdateStatus, CAMPAIGN } from '../ads/entity';

export const description = entityUpdateStatus(CAMPAIGN);
