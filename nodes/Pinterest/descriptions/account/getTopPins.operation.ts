import { updateDisplayOptions } from 'n8n-workflow';

import { topPinsProperties } from './shared';

// user_account/analytics/top_pins: query_sort_by and query_metric_types enums.
export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getTopPins'] } },
	topPinsProperties(
		['ENGAGEMENT', 'IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE'],
		[
			'ENGAGEMENT',
			'ENGAGEMENT_RATE',
			'IMPRESSION',
			'OUTBOUND_CLICK',
			'OUTBOUND_CLICK_RATE',
			'PIN_CLICK',
			'PIN_CLICK_RATE',
			'SAVE',
			'SAVE_RATE',
		],
	),
);
