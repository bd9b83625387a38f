import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { ApplicationError } from 'n8n-workflow';

import { ADS_OBJECTS, resolveAdsId } from '../hooks/adsResolve';
import { checkId } from '../hooks/ids';
import { checkInputTypes } from '../hooks/inputTypes';
import {
	resolveBoardId,
	resolvePinId,
	resolveSectionId,
	resolveUsername,
	resolveUsernameOrSelf,
} from '../hooks/resolve';
import { trendRegion, trendType } from '../hooks/trends';

type Resolver = (
	context: IExecuteSingleFunctions,
	filled: Record<string, string>,
) => string | Promise<string>;

/**
 * The one table of path placeholders: what fills {name} in an operation's URL. Values are
 * checked (IDs are digits, URLs are resolved) before any request of the operation is sent.
 */
const PLACEHOLDERS: Record<string, Resolver> = {
	board: async (context) => await resolveBoardId(context),
	// A section URL can only be resolved on its board, which comes first in every path.
	section: async (context, filled) => await resolveSectionId(context, filled.board),
	pin: (context) => resolvePinId(context),
	media: (context) =>
		checkId(
			context.getNode(),
			context.getNodeParameter('mediaId', ''),
			'Media ID',
			context.getItemIndex(),
		),
	username: (context) => resolveUsername(context),
	usernameOrSelf: async (context) => await resolveUsernameOrSelf(context),
	// Trending keywords: region and trend type are enums (an expression may give anything).
	trendRegion: (context) => trendRegion(context),
	trendType: (context) => trendType(context),
	...Object.fromEntries(
		Object.keys(ADS_OBJECTS).map((key): [string, Resolver] => [
			key,
			(context) => resolveAdsId(context, key),
		]),
	),
};

/**
 * The URL with every {placeholder} filled, in the order they appear. The executor calls this
 * first for every item, so it also runs the input type check (hooks/inputTypes.ts): no
 * placeholder lookup (board by name, own username) and no preSend hook sees a bad value.
 */
export async function fillPath(context: IExecuteSingleFunctions, url: string): Promise<string> {
	checkInputTypes(context);
	const filled: Record<string, string> = {};
	let result = url;
	for (const [whole, name] of url.matchAll(/\{(\w+)\}/g)) {
		const resolver = PLACEHOLDERS[name];
		if (!resolver)
			throw new ApplicationError(`No value for the path placeholder ${whole} in "${url}"`);
		filled[name] = await resolver(context, filled);
		result = result.replace(whole, filled[name]);
	}
	return result;
}
