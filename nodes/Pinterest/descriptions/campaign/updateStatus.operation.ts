import { entityUpdateStatus, CAMPAIGN } from '../../helpers/adsEntity';

export const description = entityUpdateStatus(CAMPAIGN);
