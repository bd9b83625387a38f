import { entityGetAll, CAMPAIGN } from '../../helpers/adsEntity';
import { returnAllOrLimit } from '../common';

export const description = entityGetAll(CAMPAIGN, returnAllOrLimit);
