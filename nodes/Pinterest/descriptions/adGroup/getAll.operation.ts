import { entityGetAll, AD_GROUP } from '../../helpers/adsEntity';
import { returnAllOrLimit } from '../common';

export const description = entityGetAll(AD_GROUP, returnAllOrLimit);
