'use strict';
// Records (sim.state) to the views the API returns: boards, pins and media, users, the account.
const { fnv1a } = require('./util');

function createRenderer(core) {
	const { opts, sim, store } = core;

	/** Simulator-relative URLs (/__img/...) made absolute once the server listens. */
	function abs(u) {
		if (typeof u === 'string' && u.startsWith('/') && sim.origin) return sim.origin + u;
		return u;
	}
	function imageSizes(url) {
		return {
			'150x150': { width: 150, height: 150, url: abs(url) },
			'400x300': { width: 400, height: 300, url: abs(url) },
			'600x': { width: 600, height: 600, url: abs(url) },
			'1200x': { width: 1200, height: 1200, url: abs(url) },
		};
	}
	function pinThumb(p) {
		const m = p._media;
		if (m.kind === 'image') return m.url;
		if (m.kind === 'video') return m.cover_image_url;
		if (m.kind === 'carousel') return m.items[0].url;
		return null;
	}
	function renderBoard(b) {
		const pins = b._foreign ? [] : store.pinsOfBoard(b.id);
		return core.realistic.shapeBoard(
			{
				id: b.id,
				created_at: b.created_at,
				board_pins_modified_at: b.board_pins_modified_at,
				name: b.name,
				description: b.description,
				collaborator_count: b.collaborator_count,
				follower_count: b.follower_count,
				pin_count: b._foreign ? b.pin_count : pins.length,
				is_ads_only: b.is_ads_only,
				media: {
					image_cover_url: pins.length ? abs(pinThumb(pins[0])) : null,
					pin_thumbnail_urls: pins
						.slice(0, 4)
						.map((p) => abs(pinThumb(p)))
						.filter(Boolean),
				},
				owner: { username: b.owner_username },
				privacy: b.privacy,
			},
			b,
		);
	}
	function renderMedia(p) {
		const m = p._media;
		if (m.kind === 'image') return { media_type: 'image', images: imageSizes(m.url) };
		if (m.kind === 'video') {
			return {
				media_type: 'video',
				cover_image_url: abs(m.cover_image_url),
				video_url: null,
				duration: m.duration,
				height: m.height,
				width: m.width,
				images: imageSizes(m.cover_image_url),
			};
		}
		const orNull = (v) => (v === undefined ? null : v);
		return {
			media_type: 'multiple_images',
			items: m.items.map((it) => ({
				item_type: 'image',
				title: orNull(it.title),
				description: orNull(it.description),
				link: orNull(it.link),
				images: imageSizes(it.url),
			})),
		};
	}
	function pinMetrics(p) {
		const h = (k, mod) => fnv1a(`${opts.seed}|${p.id}|${k}`) % mod;
		return {
			'90d': { pin_click: h('pc', 200), impression: h('im', 5000), clickthrough: h('ct', 100) },
			lifetime_metrics: {
				pin_click: h('lpc', 400),
				impression: h('lim', 10000),
				clickthrough: h('lct', 200),
				reaction: h('re', 50),
				comment: h('co', 20),
			},
		};
	}
	function renderPin(p, { metrics = false } = {}) {
		const board = sim.state.boards[p.board_id];
		const out = {
			id: p.id,
			created_at: p.created_at,
			link: p.link,
			title: p.title,
			description: p.description,
			dominant_color: p.dominant_color,
			alt_text: p.alt_text,
			creative_type: p.creative_type,
			board_id: p.board_id,
			board_section_id: p.board_section_id,
			board_owner: { username: board ? board.owner_username : sim.state.user.username },
			is_owner: true,
			media: renderMedia(p),
			parent_pin_id: p.parent_pin_id,
			is_standard: p.is_standard,
			has_been_promoted: p.has_been_promoted,
		};
		if (metrics) out.pin_metrics = pinMetrics(p);
		return core.realistic.shapePin(out);
	}
	function renderSection(s) {
		return { id: s.id, name: s.name };
	}
	function renderUser(u) {
		return { type: 'user', username: u.username };
	}
	function renderInterest(i) {
		return { id: i.id, key: i.key, name: i.name, canonical_url: i.canonical_url };
	}
	function renderMediaItem(m) {
		return { media_id: m.media_id, media_type: m.media_type, status: m.status };
	}
	function account() {
		const s = sim.state;
		return {
			account_type: s.user.account_type,
			id: s.user.id,
			username: s.user.username,
			profile_image: abs(s.user.profile_image),
			website_url: s.user.website_url,
			about: s.user.about,
			business_name: s.user.business_name,
			board_count: Object.keys(s.boards).length,
			pin_count: Object.keys(s.pins).length,
			follower_count: Object.keys(s.followers).length,
			following_count: Object.keys(s.following).length,
			// -1 for the recorded new account (realistic mode, `newAccount`).
			monthly_views: sim.newAccount ? -1 : 1000 + (fnv1a(`${opts.seed}|monthly_views`) % 90000),
		};
	}

	return {
		renderBoard,
		renderMedia,
		renderPin,
		renderSection,
		renderUser,
		renderInterest,
		renderMediaItem,
		account,
	};
}

module.exports = { createRenderer };
