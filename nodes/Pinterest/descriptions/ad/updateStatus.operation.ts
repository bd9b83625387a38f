import { entityUpdateStatus, AD } from '../../helpers/adsEntity';

export const description = entityUpdateStatus(AD);
