import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { SECTION_URL_REGEX, locatorValue, resolveBoardId, resolveSectionId } from '../../hooks/resolve';
import { sectionLocator } from '../shared/locators';

/** board_id (required) and board_section_id (when the optional section is set). */
export async function boardAndSection(context: IExecuteSingleFunctions, body: IDataObject) {
	const boardId = await resolveBoardId(context);
	body.board_id = boardId;
	if (locatorValue(context, 'section') !== '') {
		body.board_section_id = await resolveSectionId(context, boardId);
	}
}

/** "Include Pin Metrics": pin_metrics=true only when asked for. */
export async function pinMetricsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	if (this.getNodeParameter('pinMetrics', false) as boolean) {
		requestOptions.qs = { ...(requestOptions.qs ?? {}), pin_metrics: true };
	}
	return requestOptions;
}

export const pinMetricsField: INodeProperties = {
	displayName: 'Include Pin Metrics',
	name: 'pinMetrics',
	type: 'boolean',
	default: false,
	description:
		'Whether to include 90-day and lifetime metrics (impressions, clicks, saves, reactions, comments) in pin_metrics',
};

/** The section locator, optional: an empty value (in any mode) means "no section". */
export function optionalSectionLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	const locator = sectionLocator({ required: false, ...overrides });
	locator.modes = locator.modes?.map((mode) => {
		if (mode.name === 'id') {
			return {
				...mode,
				validation: [
					{ type: 'regex', properties: { regex: '\\d*', errorMessage: 'A section ID has digits only' } },
				],
			};
		}
		if (mode.name === 'url') {
			return {
				...mode,
				validation: [
					{
						type: 'regex',
						properties: { regex: `(?:${SECTION_URL_REGEX})?`, errorMessage: 'Not a Pinterest board section URL' },
					},
				],
			};
		}
		return mode;
	});
	return locator;
}
