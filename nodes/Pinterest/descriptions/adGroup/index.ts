import { AD_GROUP, entityResource } from '../ads/entity';

// Operations, routing and fields come from the ad-entity factory (descriptions/ads/entity.ts),
// shared by campaigns, ad groups and ads.
export const { operations: adGroupOperations, fields: adGroupFields } = entityResource(AD_GROUP);
