import { entityGet, AD } from '../ads/entity';

export const description = entityGet(AD);
