'use strict';
/*
 * The simulator's records (sim.state) and the only code that changes them: ids and the clock,
 * lookups that answer 404, inserts and deletes. The route handlers and the public helpers
 * (addBoard, addPin, ...) both go through here.
 */
const { ApiError, MSG } = require('./params');
const { cmpNewestFirst, fnv1a, isoDate, mulberry32 } = require('./util');

const CREATIVE_BY_SOURCE = {
	image_url: 'REGULAR',
	image_base64: 'REGULAR',
	pin_url: 'SHOPPING',
	video_id: 'VIDEO',
	multiple_image_urls: 'CAROUSEL',
	multiple_image_base64: 'CAROUSEL',
};

function emptyState(username) {
	return {
		user: {
			id: '',
			username,
			account_type: 'BUSINESS',
			business_name: 'Demo Business',
			about: 'Account served by the Pinterest API simulator.',
			profile_image: '/__img/avatar.jpg',
			website_url: 'https://example.com',
		},
		boards: {},
		sections: {},
		pins: {},
		media: {},
		followers: {},
		following: {},
		followingBoards: {},
		interests: {},
		// Claimed websites (routes/websites.js) and linked business accounts.
		websites: {},
		linkedBusinesses: [],
	};
}

const orNull = (v) => (v === undefined ? null : v);

function createStore(core) {
	const { opts, sim, tokens } = core;
	const issuedIds = new Set();
	/** Media that end 'failed' after processing (options.mediaFailIds, sim.failMedia). */
	const failMediaIds = new Set();
	let rngIds;
	// Neither is reset by sim.reset(): created_at keeps increasing, the demo images keep rotating.
	let lastTs = 0;
	let imageCounter = 0;
	// Realistic ids (realistic.js) grow with time, as the live API's do; a new board's hand-sorted
	// rank (`_rank`, the 'custom' board order) puts it first.
	let lastRealisticId =
		1099300000000000000n + BigInt(Math.abs(Math.floor(Number(opts.seed) || 0)) % 100000) * 1000000n;
	let nextRank = 0;

	// ids / clock ------------------------------------------------------------------------------
	function newId() {
		if (opts.realistic) {
			lastRealisticId += BigInt(1 + Math.floor(rngIds() * 180));
			const s = String(lastRealisticId);
			issuedIds.add(s);
			return s;
		}
		for (;;) {
			const len = rngIds() < 0.5 ? 18 : 19;
			let s = String(1 + Math.floor(rngIds() * 9));
			while (s.length < len) s += String(Math.floor(rngIds() * 10));
			if (!issuedIds.has(s)) {
				issuedIds.add(s);
				return s;
			}
		}
	}
	function nextCreatedAt(override) {
		if (override !== undefined) {
			const t = new Date(override).getTime();
			if (Number.isNaN(t)) throw new Error(`invalid created_at ${override}`);
			lastTs = Math.max(lastTs, t);
			return new Date(t).toISOString();
		}
		const t = Math.max(core.now(), lastTs + 1);
		lastTs = t;
		return new Date(t).toISOString();
	}

	// lookups ----------------------------------------------------------------------------------
	function sorted(obj) {
		return Object.values(obj).sort(cmpNewestFirst);
	}
	function pinsOfBoard(boardId) {
		return Object.values(sim.state.pins)
			.filter((p) => p.board_id === boardId)
			.sort(cmpNewestFirst);
	}
	function getBoard(id) {
		const b = sim.state.boards[id];
		if (!b) throw new ApiError(404, 40, MSG.board);
		return b;
	}
	function getPin(id) {
		const p = sim.state.pins[id];
		if (!p) throw new ApiError(404, 50, MSG.pin);
		return p;
	}
	function getSection(boardId, sectionId) {
		const s = sim.state.sections[sectionId];
		if (!s || s.board_id !== boardId) throw new ApiError(404, 2031, MSG.section);
		return s;
	}
	function touchBoard(boardId) {
		const b = sim.state.boards[boardId];
		if (b) {
			b._pinsTouched = true;
			b.board_pins_modified_at = new Date(
				Math.max(core.now(), Date.parse(b.created_at)),
			).toISOString();
		}
	}

	// inserts and deletes ------------------------------------------------------------------------
	function insertBoard(spec = {}) {
		const id = newId();
		const created_at = nextCreatedAt(spec.created_at);
		const isAds = spec.is_ads_only === true;
		const defaultName = `Board ${Object.keys(sim.state.boards).length + 1}`;
		const b = {
			id,
			created_at,
			board_pins_modified_at: created_at,
			name: isAds ? 'Ad-only Pins' : spec.name !== undefined ? spec.name : defaultName,
			description: orNull(spec.description),
			privacy: isAds ? 'PROTECTED' : spec.privacy || 'PUBLIC',
			is_ads_only: isAds,
			collaborator_count: spec.collaborator_count || 0,
			follower_count:
				spec.follower_count !== undefined
					? spec.follower_count
					: fnv1a(`${opts.seed}|bf|${id}`) % 500,
			owner_username: sim.state.user.username,
			_rank: (nextRank -= 1),
		};
		sim.state.boards[id] = b;
		return b;
	}
	function insertSection(boardId, spec = {}) {
		getBoard(boardId);
		const s = {
			id: newId(),
			board_id: boardId,
			name: spec.name || 'Section',
			created_at: nextCreatedAt(spec.created_at),
		};
		sim.state.sections[s.id] = s;
		return s;
	}
	function mediaFromSource(ms, pinId) {
		const item = (it, url) => ({
			url,
			title: it.title,
			description: it.description,
			link: it.link,
		});
		switch (ms.source_type) {
			case 'image_url':
				return { kind: 'image', url: ms.url };
			case 'image_base64':
				return { kind: 'image', url: `/__img/${pinId}.jpg`, content_type: ms.content_type };
			case 'multiple_image_urls':
				return { kind: 'carousel', items: ms.items.map((it) => item(it, it.url)) };
			case 'multiple_image_base64':
				return {
					kind: 'carousel',
					items: ms.items.map((it, i) => item(it, `/__img/${pinId}-${i}.jpg`)),
				};
			case 'video_id': {
				const m = sim.state.media[ms.media_id];
				return {
					kind: 'video',
					media_id: ms.media_id,
					cover_image_url: ms.cover_image_url || `/__img/${pinId}-cover.jpg`,
					duration: m && m._duration !== undefined ? m._duration : 15000,
					height: 1920,
					width: 1080,
				};
			}
			case 'pin_url':
				return { kind: 'image', url: `/__img/${pinId}.jpg` };
			default:
				return { kind: 'image', url: `/__img/${pinId}.jpg` };
		}
	}
	function insertPin(spec = {}) {
		let boardId = spec.board_id;
		if (!boardId) {
			const boards = sorted(sim.state.boards);
			boardId = boards.length ? boards[0].id : insertBoard({ name: 'Default board' }).id;
		}
		getBoard(boardId);
		if (spec.board_section_id) getSection(boardId, spec.board_section_id);
		const id = newId();
		let ms = spec.media_source;
		// A running counter picks the demo image (counting the pins each time made seeding quadratic).
		if (!ms) {
			const url = spec.image_url || `/__img/${(imageCounter++ % 97) + 1}.jpg`;
			ms = { source_type: 'image_url', url };
		}
		const media = spec._media || mediaFromSource(ms, id);
		const p = {
			id,
			created_at: nextCreatedAt(spec.created_at),
			link: orNull(spec.link),
			title: orNull(spec.title),
			description: orNull(spec.description),
			dominant_color: spec.dominant_color === undefined ? '#6E7874' : spec.dominant_color,
			alt_text: orNull(spec.alt_text),
			creative_type: spec.creative_type || CREATIVE_BY_SOURCE[ms.source_type] || 'REGULAR',
			board_id: boardId,
			board_section_id: spec.board_section_id || null,
			parent_pin_id: orNull(spec.parent_pin_id),
			is_standard: ms.is_standard === undefined ? true : ms.is_standard,
			has_been_promoted: spec.has_been_promoted === true,
			_media: media,
		};
		sim.state.pins[id] = p;
		touchBoard(boardId);
		return p;
	}
	function deletePin(id) {
		const p = sim.state.pins[id];
		if (!p) return false;
		delete sim.state.pins[id];
		touchBoard(p.board_id);
		return true;
	}
	function deleteBoard(id) {
		const { state } = sim;
		if (!state.boards[id]) return false;
		for (const p of Object.values(state.pins)) if (p.board_id === id) delete state.pins[p.id];
		for (const s of Object.values(state.sections))
			if (s.board_id === id) delete state.sections[s.id];
		delete state.boards[id];
		return true;
	}
	function deleteSection(id) {
		const { state } = sim;
		const s = state.sections[id];
		if (!s) return false;
		for (const p of Object.values(state.pins))
			if (p.board_section_id === id) delete state.pins[p.id];
		delete state.sections[id];
		touchBoard(s.board_id);
		return true;
	}
	function insertUser(coll, username, extra = {}) {
		const existing = Object.values(coll).find((u) => u.username === username);
		if (existing) return existing;
		const u = { ...extra, id: newId(), username, created_at: nextCreatedAt(extra.created_at) };
		coll[u.id] = u;
		return u;
	}
	function insertMedia(spec = {}) {
		const media_id = newId();
		const { randHex, randToken } = tokens;
		// The order of the PRNG calls below is part of the seeded output: keep it.
		const policy = () => ({
			expiration: new Date(core.now() + 3600e3).toISOString(),
			n: randHex(16),
		});
		const m = {
			id: media_id,
			media_id,
			media_type: 'video',
			status: spec.status || 'registered',
			created_at: nextCreatedAt(spec.created_at),
			_uploaded: spec.status === 'succeeded',
			_polls: 0,
			_duration: 5000 + (fnv1a(`${opts.seed}|dur|${media_id}`) % 60000),
			_params: {
				'Content-Type': 'multipart/form-data',
				key: `uploads/${randHex(2)}/${randHex(2)}/${randHex(2)}/${media_id}:video:${newId()}`,
				policy: Buffer.from(JSON.stringify(policy())).toString('base64'),
				'x-amz-algorithm': 'AWS4-HMAC-SHA256',
				'x-amz-credential':
					`ASIA${randToken('', 16).toUpperCase()}/${isoDate(new Date()).replace(/-/g, '')}` +
					'/us-east-1/s3/aws4_request',
				'x-amz-date': `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
				'x-amz-security-token': `${randToken('IQoJb3JpZ2luX2Vj', 64)}==`,
				'x-amz-signature': randHex(64),
			},
		};
		sim.state.media[media_id] = m;
		return m;
	}
	/** The status a media item reaches when processing ends. */
	function processedStatus(mediaId) {
		return failMediaIds.has(mediaId) ? 'failed' : 'succeeded';
	}

	/** Empty state with a new user id; PRNG re-seeded; failing media back to options.mediaFailIds. */
	function reset() {
		rngIds = mulberry32(opts.seed);
		issuedIds.clear();
		sim.state = emptyState(opts.username);
		sim.state.user.id = newId();
		failMediaIds.clear();
		for (const id of opts.mediaFailIds || []) failMediaIds.add(String(id));
	}

	return {
		newId,
		nextCreatedAt,
		sorted,
		pinsOfBoard,
		getBoard,
		getPin,
		getSection,
		touchBoard,
		insertBoard,
		insertSection,
		insertPin,
		deletePin,
		deleteBoard,
		deleteSection,
		insertUser,
		insertMedia,
		failMediaIds,
		processedStatus,
		reset,
	};
}

module.exports = { createStore };
