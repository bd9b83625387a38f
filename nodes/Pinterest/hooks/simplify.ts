import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { boardUrl } from './resolve';

// ImageSize keys of the API, largest first ("1200x" is the original-width rendition).
const IMAGE_SIZES = ['1200x', '600x', '400x300', '150x150'];

function largestImage(images: unknown): string | null {
	if (!images || typeof images !== 'object') return null;
	const byKey = images as Record<string, IDataObject | undefined>;
	for (const key of IMAGE_SIZES) {
		const url = byKey[key]?.url;
		if (typeof url === 'string' && url) return url;
	}
	// Sizes the spec does not name: take the widest one.
	let best: { width: number; url: string } | undefined;
	for (const image of Object.values(byKey)) {
		if (!image || typeof image.url !== 'string') continue;
		const width = typeof image.width === 'number' ? image.width : 0;
		if (!best || width > best.width) best = { width, url: image.url };
	}
	return best?.url ?? null;
}

/** The flat subset of a Pin that workflows use. */
export function simplifyPin(pin: IDataObject): IDataObject {
	const media = (pin.media ?? {}) as IDataObject;
	const items = Array.isArray(media.items) ? (media.items as IDataObject[]) : [];
	const images = media.images ?? items[0]?.images;
	const out: IDataObject = {
		id: pin.id,
		title: pin.title ?? null,
		description: pin.description ?? null,
		link: pin.link ?? null,
		alt_text: pin.alt_text ?? null,
		board_id: pin.board_id ?? null,
		board_section_id: pin.board_section_id ?? null,
		created_at: pin.created_at ?? null,
		creative_type: pin.creative_type ?? null,
		dominant_color: pin.dominant_color ?? null,
		media_type: media.media_type ?? null,
		image_url:
			largestImage(images) ??
			(typeof media.cover_image_url === 'string' ? media.cover_image_url : null),
		video_cover_url: typeof media.cover_image_url === 'string' ? media.cover_image_url : null,
		pin_url: typeof pin.id === 'string' ? `https://www.pinterest.com/pin/${pin.id}/` : null,
	};
	// Pinterest sends `pin_metrics: null` on every pin unless metrics were asked for: kept only
	// when there are metrics, so the simplified pin has the same fields either way.
	if (pin.pin_metrics !== undefined && pin.pin_metrics !== null) out.pin_metrics = pin.pin_metrics;
	return out;
}

/** postReceive hook: simplifies pin items when the operation's Simplify toggle is on. */
export async function simplifyPins(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
	return items.map((item) => ({ ...item, json: simplifyPin(item.json) }));
}

/** A board as the trigger's New Board event emits it with Simplify on. */
export function simplifyBoard(board: IDataObject): IDataObject {
	const media = (board.media ?? {}) as IDataObject;
	return {
		id: board.id,
		name: board.name ?? null,
		description: board.description ?? null,
		privacy: board.privacy ?? null,
		created_at: board.created_at ?? null,
		pin_count: board.pin_count ?? null,
		follower_count: board.follower_count ?? null,
		owner_username: (board.owner as IDataObject | undefined)?.username ?? null,
		image_cover_url: media.image_cover_url ?? null,
		board_url: boardUrl(board) ?? null,
	};
}

/** A follower as the trigger's New Follower event emits it with Simplify on. */
export function simplifyFollower(user: IDataObject): IDataObject {
	const username = String(user.username ?? '');
	return { username, profile_url: `https://www.pinterest.com/${encodeURIComponent(username)}/` };
}
