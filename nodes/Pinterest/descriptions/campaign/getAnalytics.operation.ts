import { entityGetAnalytics, CAMPAIGN } from '../../helpers/adsEntity';

export const description = entityGetAnalytics(CAMPAIGN);
