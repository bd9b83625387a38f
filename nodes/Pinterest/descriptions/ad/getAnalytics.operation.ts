import { entityGetAnalytics, AD } from '../../helpers/adsEntity';

export const description = entityGetAnalytics(AD);
