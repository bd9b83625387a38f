import { entityGet, AD } from '../../helpers/adsEntity';

export const description = entityGet(AD);
