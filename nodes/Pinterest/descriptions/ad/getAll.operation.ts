import { entityGetAll, AD } from '../../helpers/adsEntity';
import { returnAllOrLimit } from '../common';

export const description = entityGetAll(AD, returnAllOrLimit);
