import { entityGetAll, AD } from '../ads/entity';
import { returnAllOrLimit } from '../shared/locators';

export const description = entityGetAll(AD, returnAllOrLimit);
