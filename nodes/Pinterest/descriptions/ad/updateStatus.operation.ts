import { entityUpdateStatus, AD } from '../ads/entity';

export const description = entityUpdateStatus(AD);
