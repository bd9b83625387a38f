import { entityGet, CAMPAIGN } from '../ads/entity';

export const description = entityGet(CAMPAIGN);
