import { entityGet, CAMPAIGN } from '../../helpers/adsEntity';

export const description = entityGet(CAMPAIGN);
