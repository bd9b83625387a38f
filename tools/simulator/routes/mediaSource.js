'use strict';
// The `media_source` of POST /pins: image URL or base64, carousels (2 to 5 items), video, pin URL.
const { DIGITS_RE, bad } = require('../params');

const CONTENT_TYPES = ['image/jpeg', 'image/png'];
const BASE64_RE = /^[a-zA-Z0-9+/=]+$/;
const SOURCE_TYPES = [
	'image_url',
	'image_base64',
	'multiple_image_urls',
	'multiple_image_base64',
	'video_id',
	'pin_url',
];
const INVALID_URL =
	'Whoops! It looks like you entered an invalid URL. Try creating a Pin again with a valid URL.';

function checkBool(ms, name) {
	if (name in ms && typeof ms[name] !== 'boolean') {
		throw bad(`Field 'media_source.${name}' must be a boolean.`);
	}
}

function checkB64(obj, where) {
	if (!CONTENT_TYPES.includes(obj.content_type)) {
		throw bad(
			`Field '${where}content_type' is required and must be one of ${CONTENT_TYPES.join(', ')}.`,
		);
	}
	if (typeof obj.data !== 'string' || !BASE64_RE.test(obj.data)) {
		throw bad(
			`Field '${where}data' is required and must match ^[a-zA-Z0-9+/=]+$ ` +
				'(raw base64, no data: prefix or whitespace).',
		);
	}
}

function checkUrl(u, where) {
	if (typeof u !== 'string' || u === '') throw bad(`Field '${where}url' is required.`);
	let parsed;
	try {
		parsed = new URL(u);
	} catch (e) {
		parsed = null;
	}
	if (!parsed || !/^https?:$/.test(parsed.protocol)) throw bad(INVALID_URL);
	// A stand-in for an image Pinterest cannot download (private, blocked, gone): every path
	// under /unreachable/ on any host. Always refused, so a test can inject a permanent fault.
	if (parsed.pathname.startsWith('/unreachable/')) throw bad(UNREACHABLE_IMAGE);
}

// Live answers say Pinterest "could not fetch the image" (REAL-API.md, "Errors").
const UNREACHABLE_IMAGE =
	'Sorry! We could not fetch the image at that URL. Make sure it is public and try again.';

function checkItems(ms, check) {
	if (!Array.isArray(ms.items)) {
		throw bad("Field 'media_source.items' is required and must be an array.");
	}
	if (ms.items.length < 2) {
		throw bad(`Field 'media_source.items' must contain 2 to 5 items (was ${ms.items.length}).`);
	}
	// The live message names the schema constraint (REAL-API.md, "Errors").
	if (ms.items.length > 5) {
		throw bad(`Field 'media_source.items' has ${ms.items.length} items (constraint: maxItems=5).`);
	}
	ms.items.forEach((it, i) => {
		if (!it || typeof it !== 'object')
			throw bad(`Field 'media_source.items[${i}]' must be an object.`);
		check(it, `media_source.items[${i}].`);
		for (const f of ['title', 'description', 'link']) {
			if (f in it && typeof it[f] !== 'string') {
				throw bad(`Field 'media_source.items[${i}].${f}' must be a string.`);
			}
		}
	});
	if ('index' in ms && (!Number.isInteger(ms.index) || ms.index < 0)) {
		throw bad("Field 'media_source.index' must be an integer >= 0.");
	}
}

/** A video pin needs media registered with POST /media, uploaded and processed ('succeeded'). */
function checkVideo(ms, state, realistic) {
	if (typeof ms.media_id !== 'string' || !DIGITS_RE.test(ms.media_id)) {
		throw bad("Field 'media_source.media_id' is required and must match ^\\d+$.");
	}
	if ('cover_image_content_type' in ms && !CONTENT_TYPES.includes(ms.cover_image_content_type)) {
		throw bad(
			`Field 'media_source.cover_image_content_type' must be one of ${CONTENT_TYPES.join(', ')}.`,
		);
	}
	if (
		'cover_image_data' in ms &&
		(typeof ms.cover_image_data !== 'string' || !BASE64_RE.test(ms.cover_image_data))
	) {
		throw bad("Field 'media_source.cover_image_data' must be raw base64.");
	}
	if ('cover_image_url' in ms && typeof ms.cover_image_url !== 'string') {
		throw bad("Field 'media_source.cover_image_url' must be a string.");
	}
	const keyFrame = ms.cover_image_key_frame_time;
	if ('cover_image_key_frame_time' in ms && (!Number.isInteger(keyFrame) || keyFrame < 0)) {
		throw bad("Field 'media_source.cover_image_key_frame_time' must be an integer >= 0.");
	}
	checkBool(ms, 'is_standard');
	const m = state.media[ms.media_id];
	if (!m) {
		throw bad(`Media ${ms.media_id} not found; register and upload it with POST /media first.`);
	}
	if (m.status !== 'succeeded') {
		throw bad(`Media ${ms.media_id} is not ready: status is '${m.status}' (must be 'succeeded').`);
	}
	// Realistic: a video pin without any cover is refused, as live answers were (REAL-API.md,
	// "Errors"); the spec marks the cover fields optional. A key frame time counts as a cover.
	const covered = ['cover_image_url', 'cover_image_data', 'cover_image_key_frame_time'].some(
		(f) => ms[f] !== undefined && ms[f] !== null && ms[f] !== '',
	);
	if (realistic && !covered) {
		throw bad(
			'A video Pin needs a cover image: give media_source.cover_image_url or cover_image_content_type with cover_image_data (or cover_image_key_frame_time).',
		);
	}
}

/** Throws 400 code 1 for a media_source that Pinterest would refuse. */
function validateMediaSource(ms, state, { realistic = false } = {}) {
	if (ms === undefined || ms === null) throw bad("Field 'media_source' is required.");
	if (typeof ms !== 'object' || Array.isArray(ms)) {
		throw bad("Field 'media_source' must be an object.");
	}
	const st = ms.source_type;
	switch (st) {
		case 'image_url':
			checkUrl(ms.url, 'media_source.');
			checkBool(ms, 'is_standard');
			break;
		case 'image_base64':
			checkB64(ms, 'media_source.');
			checkBool(ms, 'is_standard');
			break;
		case 'multiple_image_urls':
			checkItems(ms, (it, w) => checkUrl(it.url, w));
			break;
		case 'multiple_image_base64':
			checkItems(ms, (it, w) => checkB64(it, w));
			break;
		case 'video_id':
			checkVideo(ms, state, realistic);
			break;
		case 'pin_url':
			checkBool(ms, 'is_affiliate_link');
			break;
		default:
			throw bad(
				`Field 'media_source.source_type' must be one of ${SOURCE_TYPES.join(', ')} (was ${st}).`,
			);
	}
}

module.exports = { validateMediaSource };
