import { entityGetAnalytics, AD_GROUP } from '../../helpers/adsEntity';

export const description = entityGetAnalytics(AD_GROUP);
