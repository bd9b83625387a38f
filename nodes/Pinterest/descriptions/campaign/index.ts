import { CAMPAIGN, entityResource } from '../ads/entity';

// Operations, routing and fields come from the ad-entity factory (descriptions/ads/entity.ts),
// shared by campaigns, ad groups and ads.
export const { operations: campaignOperations, fields: campaignFields } = entityResource(CAMPAIGN);
