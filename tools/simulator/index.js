'use strict';
/*
 * In-memory Pinterest API v5 simulator (a development and test tool, not part of the package).
 *
 * Plain CommonJS, Node built-ins only. Listens on 127.0.0.1 only. See README.md beside this file
 * for the behaviour it implements. This file composes the parts and holds the public API:
 *
 *   tokens.js  token store          state.js  records, ids, clock     render.js   API views
 *   auth.js    Bearer + /oauth      faults.js fault injection         pagination.js  bookmarks
 *   http.js    server + dispatch    upload.js the "S3" upload target  support.js  /__ endpoints
 *   routes/    one module per API area; routes/ads.js is the advertising extension (installAds)
 */
const { createAuth } = require('./auth');
const { createConsent } = require('./consent');
const { seed, seedDemo } = require('./demo');
const { AMBIGUOUS_FAULTS, DEFAULT_FAULTS, createFaults } = require('./faults');
const { createHttp } = require('./http');
const { createLog } = require('./log');
const { createMultipartParser } = require('./multipart');
const { createRealistic } = require('./realistic');
const { createRenderer } = require('./render');
const { OPERATIONS, createHandlers } = require('./routes');
const { installAds } = require('./routes/ads');
const { createRateLimits } = require('./rateLimit');
const { createStore } = require('./state');
const { TINY_JPEG, createSupport } = require('./support');
const { createTokens } = require('./tokens');
const { createUploadTarget } = require('./upload');

const DEFAULT_OPTIONS = {
	accessTokens: ['tok-1'],
	refreshTokens: [],
	clientId: 'app-id',
	// The app name the consent page shows.
	appName: 'n8n Pinterest node (simulator)',
	clientSecret: 'app-secret',
	seed: 42,
	username: 'demo_user',
	mediaProcessingPolls: 2,
	mediaFailIds: [],
	accessTokenTtlSeconds: 2592000,
	refreshTokenTtlSeconds: 5184000,
	maxBodyBytes: 32 * 1024 * 1024,
	logLimit: 100000,
	// Every API and upload request waits this long before it is answered (a slow Pinterest).
	latencyMs: 0,
	// Keep each answer's body in its request log entry (`response`), for the contract tests.
	logResponses: false,
	// Answer in the live API's recorded shapes (realistic.js, REAL-API.md); false: the OpenAPI-only
	// shapes the simulator was first written with (`--spec-shapes`).
	realistic: true,
	// Realistic mode: the order of GET /boards (alphabetical, last_saved, newest, custom) and which
	// lists give a bookmark on their last page (recorded: pins/list and search; all; none).
	boardOrder: 'alphabetical',
	trailingBookmark: 'recorded',
	// Realistic mode: the account as recorded, a business account made today without billing or
	// data (monthly_views -1, analytics days BEFORE_BUSINESS_CREATED, no top pins, ads analytics []).
	newAccount: false,
	// Per-token rate-limit budgets and the real x-ratelimit-* headers (rateLimit.js). Left out: the
	// Standard access budgets in realistic mode (every live answer carries the headers), none with
	// the spec-only shapes; false: off; true or your own numbers: on in either mode.
	rateLimits: undefined,
};

function createSimulator(options = {}) {
	const opts = { ...DEFAULT_OPTIONS, ...options };
	if (opts.rateLimits === undefined) opts.rateLimits = opts.realistic ? true : null;
	const sim = {
		state: null,
		requests: [],
		uploads: {},
		stats: null,
		faults: { ...DEFAULT_FAULTS, ...(opts.faults || {}) },
		baseUrl: null,
		origin: null,
		server: null,
		operations: OPERATIONS,
		realistic: !!opts.realistic,
		newAccount: !!(opts.realistic && opts.newAccount),
	};

	// The parts share one context; each one adds itself in dependency order.
	// Extensions (routes/ads.js) add routes that share auth, faults and the request log.
	const core = { opts, sim, extensions: [], now: () => Date.now() };
	core.tokens = createTokens(core);
	core.realistic = createRealistic(core);
	core.store = createStore(core);
	core.render = createRenderer(core);
	core.log = createLog(core);
	core.faults = createFaults(core);
	core.rateLimits = createRateLimits(core);
	core.auth = createAuth(core);
	core.consent = createConsent(core);
	core.handlers = createHandlers(core);
	core.upload = createUploadTarget(core);
	core.support = createSupport(core);
	const server = createHttp(core);
	const { tokens, store, render } = core;

	function resetAll() {
		for (const ext of core.extensions) if (ext.reset) ext.reset();
		store.reset();
		core.realistic.reset();
		core.log.reset();
		core.faults.reset();
		core.rateLimits.reset();
		tokens.reset();
		core.consent.reset();
	}

	Object.assign(sim, {
		/**
		 * Registers an extension: { handle(method, apiPath, query, headers, body, checkBearer),
		 * serve?(req, res, path), reset?() }.
		 */
		extend(extension) {
			core.extensions.push(extension);
		},
		start: server.start,
		stop: server.stop,
		reset: resetAll,
		setFaults: core.faults.setFaults,
		failNext: core.faults.failNext,

		// tokens
		issueTokens: () => tokens.issuePair(),
		issueAuthCode(o = {}) {
			const code = tokens.randToken('code_', 24);
			tokens.codes.set(code, { redirectUri: o.redirectUri || o.redirect_uri });
			return code;
		},
		expireAccessToken: (token) => tokens.expire(tokens.access, token),
		expireRefreshToken: (token) => tokens.expire(tokens.refresh, token),
		isAccessTokenValid: (token) => tokens.isValid(tokens.access, token),
		isRefreshTokenValid: (token) => tokens.isValid(tokens.refresh, token),

		// state
		failMedia(id) {
			store.failMediaIds.add(String(id));
			const m = sim.state.media[id];
			if (m && m.status === 'succeeded') m.status = 'failed';
		},
		addBoard: (spec = {}) => render.renderBoard(store.insertBoard(spec)),
		addSection: (boardId, spec = {}) => render.renderSection(store.insertSection(boardId, spec)),
		addPin: (spec = {}) => render.renderPin(store.insertPin(spec)),
		addFollower: (username) => render.renderUser(store.insertUser(sim.state.followers, username)),
		removeFollower(username) {
			const u = Object.values(sim.state.followers).find((x) => x.username === username);
			if (u) delete sim.state.followers[u.id];
			return !!u;
		},
		addFollowing(username, o = {}) {
			const flags = { creator: !!o.creator, explicit: o.explicit !== false };
			return render.renderUser(store.insertUser(sim.state.following, username, flags));
		},
		addFollowingBoard(spec = {}) {
			const id = store.newId();
			const created_at = store.nextCreatedAt(spec.created_at);
			const b = {
				id,
				created_at,
				board_pins_modified_at: created_at,
				name: spec.name || 'Followed board',
				description: spec.description || null,
				privacy: 'PUBLIC',
				is_ads_only: false,
				collaborator_count: 0,
				follower_count: spec.follower_count || 100,
				pin_count: spec.pin_count || 20,
				owner_username: spec.owner || 'another_user',
				explicit: spec.explicit !== false,
				_foreign: true,
			};
			sim.state.followingBoards[id] = b;
			return render.renderBoard(b);
		},
		addInterest(spec = {}) {
			const id = store.newId();
			const name = spec.name || 'Interest';
			const key = (spec.key || name).toLowerCase();
			const i = {
				id,
				key,
				name,
				canonical_url: spec.canonical_url || key.replace(/\s+/g, '-'),
				created_at: store.nextCreatedAt(spec.created_at),
			};
			sim.state.interests[id] = i;
			return render.renderInterest(i);
		},
		addMedia(spec = {}) {
			const m = store.insertMedia(spec);
			if (spec.status) {
				m.status = spec.status;
				m._uploaded = spec.status !== 'registered';
			}
			return render.renderMediaItem(m);
		},
		/** A website of the account, verified (status "success") unless spec.status says otherwise. */
		addWebsite(website, spec = {}) {
			const id = store.newId();
			const status = spec.status || 'success';
			const verified_at = status === 'success' ? '2025-01-15T10:00:00.000000' : undefined;
			const record = { id, created_at: store.nextCreatedAt(spec.created_at), website, status };
			if (verified_at) record.verified_at = verified_at;
			sim.state.websites[id] = record;
			return { website, status, ...(verified_at ? { verified_at } : {}) };
		},
		addLinkedBusiness(username) {
			const image = (size) => `${sim.origin || ''}/__img/${username}-${size}.jpg`;
			const business = { username };
			for (const size of ['small', 'medium', 'large', 'xlarge'])
				business[`image_${size}_url`] = image(size);
			sim.state.linkedBusinesses.push(business);
			return { ...business };
		},
		/** The 'custom' board order (realistic mode): these boards first, in this order. */
		arrangeBoards(ids) {
			ids.forEach((id, i) => {
				const b = sim.state.boards[id];
				if (b) b._rank = -1e9 + i;
			});
		},
		removePin: (id) => store.deletePin(id),
		removeBoard: (id) => store.deleteBoard(id),
		removeSection: (id) => store.deleteSection(id),
		getPinView(id) {
			const p = sim.state.pins[id];
			return p ? render.renderPin(p) : null;
		},
		getBoardView(id) {
			const b = sim.state.boards[id];
			return b ? render.renderBoard(b) : null;
		},
		account: () => render.account(),
		uploadParameters(mediaId) {
			const m = sim.state.media[mediaId];
			return m ? { ...m._params } : null;
		},
		seed: (spec = {}) => seed(core, spec),
		seedDemo: () => seedDemo(core),
	});

	resetAll();
	return sim;
}

module.exports = {
	createSimulator,
	installAds,
	OPERATIONS,
	createMultipartParser,
	TINY_JPEG,
	AMBIGUOUS_FAULTS,
};
