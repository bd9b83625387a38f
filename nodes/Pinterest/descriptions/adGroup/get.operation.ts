import { entityGet, AD_GROUP } from '../../helpers/adsEntity';

export const description = entityGet(AD_GROUP);
