import { entityUpdateStatus, AD_GROUP } from '../../helpers/adsEntity';

export const description = entityUpdateStatus(AD_GROUP);
