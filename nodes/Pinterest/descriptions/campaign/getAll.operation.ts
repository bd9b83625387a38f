import { entityGetAll, CAMPAIGN } from '../ads/entity';
import { returnAllOrLimit } from '../shared/locators';

export const description = entityGetAll(CAMPAIGN, returnAllOrLimit);
