import { updateDisplayOptions } from 'n8n-workflow';

import { topPinsProperties } from './shared';

// user_account/analytics/top_video_pins: query_video_pin_sort_by and
// query_video_pin_metric_types enums (the same nine values in both).
const VIDEO_METRICS = [
	'IMPRESSION',
	'SAVE',
	'OUTBOUND_CLICK',
	'VIDEO_MRC_VIEW',
	'VIDEO_AVG_WATCH_TIME',
	'VIDEO_V50_WATCH_TIME',
	'QUARTILE_95_PERCENT_VIEW',
	'VIDEO_10S_VIEW',
	'VIDEO_START',
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getTopVideoPins'] } },
	topPinsProperties(VIDEO_METRICS, VIDEO_METRICS),
);
