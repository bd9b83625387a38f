import { entityGetAll, AD_GROUP } from '../ads/entity';
import { returnAllOrLimit } from '../shared/locators';

export const description = entityGetAll(AD_GROUP, returnAllOrLimit);
