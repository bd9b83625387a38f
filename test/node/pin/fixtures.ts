/** Shared fixtures of the Pin resource tests (test/node/pin/*.test.ts). */
import nock from 'nock';

import { makeCredentials, tokenCredential } from '../../helpers/harness';

export const BASE = 'http://pinterest.test/v5';
export const TOKEN = 'pina_pin_test_token';
export const AUTH = `Bearer ${TOKEN}`;
export const BOARD = '549755885175';
export const SECTION = '5195983897218399787';
export const PIN = '813744226420795884';

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export function apiPin(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		created_at: '2026-01-02T03:04:05',
		title: 'Lemon tart',
		description: 'Zesty',
		link: 'https://example.com/tart',
		alt_text: null,
		board_id: BOARD,
		board_section_id: null,
		board_owner: { username: 'maker' },
		creative_type: 'REGULAR',
		dominant_color: '#6E7874',
		is_owner: true,
		media: {
			media_type: 'image',
			images: {
				'150x150': { width: 150, height: 150, url: 'https://i.pinimg.com/150x150/a.jpg' },
				'600x': { width: 600, height: 800, url: 'https://i.pinimg.com/600x/a.jpg' },
				'1200x': { width: 1200, height: 1600, url: 'https://i.pinimg.com/1200x/a.jpg' },
			},
		},
		...extra,
	};
}

export function simplified(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		title: 'Lemon tart',
		description: 'Zesty',
		link: 'https://example.com/tart',
		alt_text: null,
		board_id: BOARD,
		board_section_id: null,
		created_at: '2026-01-02T03:04:05',
		creative_type: 'REGULAR',
		dominant_color: '#6E7874',
		media_type: 'image',
		image_url: 'https://i.pinimg.com/1200x/a.jpg',
		video_cover_url: null,
		pin_url: `https://www.pinterest.com/pin/${id}/`,
		...extra,
	};
}

// 1x1 PNG and a few JPEG bytes: content does not matter, only that it is sent as raw base64.
export const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
	'hex',
);
export const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

export function binaryItem(
	binaries: Record<string, { bytes: Buffer; mimeType: string; fileName?: string }>,
) {
	const binary: Record<string, { data: string; mimeType: string; fileName?: string }> = {};
	for (const [name, b] of Object.entries(binaries)) {
		binary[name] = { data: b.bytes.toString('base64'), mimeType: b.mimeType, fileName: b.fileName };
	}
	return { json: {}, binary };
}

export const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
export const create = (extra: Record<string, unknown>) => ({
	authentication: 'accessToken',
	resource: 'pin',
	operation: 'create',
	board: rl(BOARD),
	...extra,
});

/** Answers one POST or PATCH with `reply` and records the body, Authorization header and query sent. */
export function capture(method: 'post' | 'patch', path: string, status: number, reply: unknown) {
	const seen: Array<{ body: unknown; auth: unknown; query: string }> = [];
	const scope = nock(BASE);
	const interceptor =
		method === 'post' ? scope.post(path, () => true) : scope.patch(path, () => true);
	interceptor.query(true).reply(status, function (uri, body) {
		seen.push({
			body,
			auth: this.req.headers.authorization,
			query: new URL(uri, 'http://x').search,
		});
		return reply as nock.Body;
	});
	return seen;
}
