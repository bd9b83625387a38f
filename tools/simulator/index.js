'use strict';
/*
 * In-memory Pinterest API v5 simulator (test tool).
 *
 * Plain CommonJS, Node built-ins only. Listens on 127.0.0.1 only.
 * See README.md beside this file for the behaviour it implements.
 */
const http = require('http');
const crypto = require('crypto');

// ---------------------------------------------------------------------------
// constants (enums quoted from the Pinterest v5 OpenAPI description 5.23.0)
// ---------------------------------------------------------------------------
const BOARD_PRIVACY = ['PUBLIC', 'PROTECTED', 'SECRET'];
const BOARD_UPDATE_PRIVACY = ['PUBLIC', 'SECRET'];
const BOARD_PRIVACY_FILTER = ['ALL', 'PUBLIC', 'PROTECTED', 'SECRET', 'PUBLIC_AND_SECRET'];
const CREATIVE_TYPES = [
  'REGULAR', 'VIDEO', 'SHOPPING', 'CAROUSEL', 'MAX_VIDEO', 'SHOP_THE_PIN', 'COLLECTION', 'IDEA',
  'SHOWCASE', 'QUIZ', 'COLLAGE', 'MAX_WIDTH_REGULAR_COLLECTION', 'MAX_WIDTH_VIDEO_COLLECTION',
];
const PIN_FILTERS = ['exclude_native', 'exclude_repins', 'has_been_promoted'];
const CONTENT_TYPES = ['image/jpeg', 'image/png'];
const BASE64_RE = /^[a-zA-Z0-9+/=]+$/;
const DIGITS_RE = /^\d+$/;
const FEED_TYPES = ['ALL', 'RANKED', 'CREATOR_ONLY', 'RANKED_CREATOR_ONLY'];

const USER_METRICS = ['ENGAGEMENT', 'ENGAGEMENT_RATE', 'IMPRESSION', 'OUTBOUND_CLICK', 'OUTBOUND_CLICK_RATE',
  'PIN_CLICK', 'PIN_CLICK_RATE', 'SAVE', 'SAVE_RATE'];
const TOP_PINS_SORT = ['ENGAGEMENT', 'IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE'];
const VIDEO_METRICS = ['IMPRESSION', 'SAVE', 'VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME', 'VIDEO_V50_WATCH_TIME',
  'QUARTILE_95_PERCENT_VIEW', 'VIDEO_10S_VIEW', 'VIDEO_START', 'OUTBOUND_CLICK'];
const VIDEO_SORT = ['IMPRESSION', 'SAVE', 'OUTBOUND_CLICK', 'VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME',
  'VIDEO_V50_WATCH_TIME', 'QUARTILE_95_PERCENT_VIEW', 'VIDEO_10S_VIEW', 'VIDEO_START'];
const PIN_METRICS_STANDARD = ['IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE', 'SAVE_RATE', 'TOTAL_COMMENTS',
  'TOTAL_REACTIONS', 'USER_FOLLOW', 'PROFILE_VISIT'];
const PIN_METRICS_VIDEO = ['IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE', 'SAVE_RATE', 'VIDEO_MRC_VIEW',
  'VIDEO_10S_VIEW', 'QUARTILE_95_PERCENT_VIEW', 'VIDEO_V50_WATCH_TIME', 'VIDEO_START', 'VIDEO_AVG_WATCH_TIME',
  'TOTAL_COMMENTS', 'TOTAL_REACTIONS'];
const PIN_METRICS = Array.from(new Set([...PIN_METRICS_STANDARD, ...PIN_METRICS_VIDEO]));
const LIFETIME_METRICS = ['TOTAL_COMMENTS', 'TOTAL_REACTIONS'];
const FROM_CLAIMED = ['OTHER', 'CLAIMED', 'BOTH'];
const PIN_FORMATS = ['ALL', 'ORGANIC_IMAGE', 'ORGANIC_PRODUCT', 'ORGANIC_VIDEO', 'ADS_STANDARD', 'ADS_PRODUCT',
  'ADS_VIDEO', 'ADS_IDEA'];
const APP_TYPES = ['ALL', 'MOBILE', 'TABLET', 'WEB'];
const ANALYTICS_CONTENT_TYPES = ['ALL', 'PAID', 'ORGANIC'];
const SOURCES = ['ALL', 'YOUR_PINS', 'OTHER_PINS'];
const USER_SPLIT = ['NO_SPLIT', 'APP_TYPE', 'OWNED_CONTENT', 'SOURCE', 'PIN_FORMAT'];
const PIN_SPLIT = ['NO_SPLIT', 'APP_TYPE'];
const SPLIT_KEYS = {
  NO_SPLIT: ['all'],
  APP_TYPE: ['MOBILE', 'TABLET', 'WEB'],
  OWNED_CONTENT: ['CLAIMED', 'OTHER'],
  SOURCE: ['YOUR_PINS', 'OTHER_PINS'],
  PIN_FORMAT: ['ORGANIC_IMAGE', 'ORGANIC_PRODUCT', 'ORGANIC_VIDEO'],
};
const DEFAULT_SCOPES = [
  'boards:read', 'boards:read_secret', 'boards:write', 'boards:write_secret', 'pins:read', 'pins:read_secret',
  'pins:write', 'pins:write_secret', 'user_accounts:read', 'user_accounts:write',
];
const UPLOAD_PARAM_KEYS = ['Content-Type', 'key', 'policy', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date',
  'x-amz-security-token', 'x-amz-signature'];
const MSG = {
  auth: 'Authentication failed.',
  rate: 'This request exceeded a rate limit. This can happen if the client exceeds one of the published rate '
    + 'limits or if multiple write operations are applied to an object within a short time window.',
  board: 'Board not found.',
  pin: 'Pin not found.',
  section: "Sorry! We couldn't find this board section.",
  user: 'User not found.',
  media: 'Media upload not found.',
  forbidden: 'You are not permitted to access that resource.',
};

// A complete 1x1 grey baseline JPEG (SOI, JFIF, DQT, SOF0, DHT x2, SOS, one all-zero block, EOI).
const TINY_JPEG = Buffer.from([
  0xff, 0xd8,
  0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(1),
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
  0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array(15).fill(0), 0x00,
  0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...new Array(15).fill(0), 0x00,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
  0x3f,
  0xff, 0xd9,
]);

// ---------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------
class ApiError extends Error {
  constructor(status, code, message, headers) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}
const bad = (message) => new ApiError(400, 1, message);

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function cmpId(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** newest first: created_at desc, then id desc */
function cmpNewestFirst(a, b) {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
  return -cmpId(a.id, b.id);
}

function isoDate(d) {
  return d.toISOString().slice(0, 10);
}

function parseQuery(searchParams) {
  const q = {};
  for (const [k, v] of searchParams) {
    if (Object.prototype.hasOwnProperty.call(q, k)) {
      q[k] = Array.isArray(q[k]) ? q[k].concat(v) : [q[k], v];
    } else q[k] = v;
  }
  return q;
}

function single(query, name) {
  const v = query[name];
  if (Array.isArray(v)) throw bad(`Parameter '${name}' must not be repeated.`);
  return v;
}

function enumParam(query, name, allowed, { required = false, def } = {}) {
  const v = single(query, name);
  if (v === undefined || v === '') {
    if (required) throw bad(`Parameter '${name}' is required.`);
    return def;
  }
  if (!allowed.includes(v)) throw bad(`Parameter '${name}' has an invalid value '${v}'; allowed: ${allowed.join(', ')}.`);
  return v;
}

function boolParam(query, name, def = false) {
  const v = single(query, name);
  if (v === undefined || v === '') return def;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw bad(`Parameter '${name}' must be 'true' or 'false' (was ${v}).`);
}

function intParam(query, name, { min, max, def, required = false } = {}) {
  const v = single(query, name);
  if (v === undefined || v === '') {
    if (required) throw bad(`Parameter '${name}' is required.`);
    return def;
  }
  if (!/^-?\d+$/.test(v)) throw bad(`Parameter '${name}' was not numeric (was ${v})`);
  const n = Number(v);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    throw bad(`Parameter '${name}' must be between ${min} and ${max} (was ${v})`);
  }
  return n;
}

function commaListParam(query, name, allowed, { required = false } = {}) {
  const v = query[name];
  if (Array.isArray(v)) {
    throw bad(`Parameter '${name}' must be sent once as a comma-separated list (explode=false), not repeated.`);
  }
  if (v === undefined || v === '') {
    if (required) throw bad(`Parameter '${name}' is required.`);
    return undefined;
  }
  const items = v.split(',');
  for (const it of items) {
    if (!allowed.includes(it)) throw bad(`Parameter '${name}' has an invalid value '${it}'; allowed: ${allowed.join(', ')}.`);
  }
  return Array.from(new Set(items));
}

function checkAdAccount(query) {
  const v = single(query, 'ad_account_id');
  if (v !== undefined && (!DIGITS_RE.test(v) || v.length > 18)) {
    throw bad(`Parameter 'ad_account_id' must match ^\\d+$ with at most 18 digits (was ${v}).`);
  }
}

function checkPathId(value, name) {
  if (!DIGITS_RE.test(value)) throw bad(`Path parameter '${name}' must match ^\\d+$ (was ${value}).`);
}

function optString(body, name, maxLength, { nullable = true } = {}) {
  if (!(name in body)) return undefined;
  const v = body[name];
  if (v === null) {
    if (nullable) return null;
    throw bad(`Field '${name}' must not be null.`);
  }
  if (typeof v !== 'string') throw bad(`Field '${name}' must be a string.`);
  if (maxLength !== undefined && v.length > maxLength) {
    throw bad(`Field '${name}' is too long: maximum length is ${maxLength} characters (was ${v.length}).`);
  }
  return v;
}

function optDigits(body, name, { nullable = true } = {}) {
  const v = optString(body, name, undefined, { nullable });
  if (typeof v === 'string' && !DIGITS_RE.test(v)) throw bad(`Field '${name}' must match ^\\d+$ (was ${v}).`);
  return v;
}

function requireObjectBody(body) {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw bad('Request body must be a JSON object.');
  }
  return body;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function addDays(dateStr, n) {
  const d = new Date(`${dateStr}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDate(d);
}

function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

function validDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

function xmlError(code, message) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${String(message)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message></Error>\n`;
}

// ---------------------------------------------------------------------------
// streaming multipart/form-data parser (bounded memory)
// ---------------------------------------------------------------------------
function createMultipartParser(boundary, h) {
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delim = Buffer.from(`\r\n--${boundary}`);
  const CRLF2 = Buffer.from('\r\n\r\n');
  let state = 'preamble';
  let buf = Buffer.alloc(0);
  return {
    get done() { return state === 'done'; },
    write(chunk) {
      if (state === 'done' || state === 'error') return;
      if (state === 'body' && buf.length && buf.length < delim.length && chunk.length >= delim.length) {
        // Only the short tail kept from the previous chunk can hide the start of a delimiter: look at a
        // small window instead of concatenating the whole chunk (keeps allocation per chunk tiny).
        const win = Buffer.concat([buf, chunk.subarray(0, delim.length - 1)]);
        if (win.indexOf(delim) < 0) {
          h.onPartData(buf);
          buf = Buffer.alloc(0);
        }
      }
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (;;) {
        if (state === 'preamble') {
          const i = buf.indexOf(dashBoundary);
          if (i < 0) {
            if (buf.length > dashBoundary.length) buf = Buffer.from(buf.subarray(buf.length - dashBoundary.length));
            return;
          }
          buf = buf.subarray(i + dashBoundary.length);
          state = 'after';
        } else if (state === 'after') {
          if (buf.length < 2) return;
          if (buf[0] === 0x2d && buf[1] === 0x2d) { state = 'done'; buf = Buffer.alloc(0); return; }
          if (buf[0] === 0x0d && buf[1] === 0x0a) { buf = buf.subarray(2); state = 'headers'; continue; }
          state = 'error';
          h.onError(new Error('Malformed multipart body: bad boundary line.'));
          return;
        } else if (state === 'headers') {
          const i = buf.indexOf(CRLF2);
          if (i < 0) {
            if (buf.length > 16384) { state = 'error'; h.onError(new Error('Multipart part headers too large.')); }
            return;
          }
          const headers = {};
          for (const line of buf.subarray(0, i).toString('utf8').split('\r\n')) {
            const c = line.indexOf(':');
            if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
          }
          buf = buf.subarray(i + 4);
          state = 'body';
          h.onPartBegin(headers);
        } else if (state === 'body') {
          const i = buf.indexOf(delim);
          if (i >= 0) {
            if (i > 0) h.onPartData(buf.subarray(0, i));
            h.onPartEnd();
            buf = buf.subarray(i + delim.length);
            state = 'after';
            continue;
          }
          const keep = delim.length - 1;
          if (buf.length > keep) {
            h.onPartData(buf.subarray(0, buf.length - keep));
            buf = Buffer.from(buf.subarray(buf.length - keep)); // copy: do not retain the big chunk
          }
          return;
        } else return;
      }
    },
    end() {
      if (state !== 'done' && state !== 'error') {
        state = 'error';
        h.onError(new Error('Unexpected end of multipart body (closing boundary missing).'));
      }
    },
  };
}

function parseDisposition(v) {
  const out = {};
  if (!v) return out;
  const re = /;\s*([a-zA-Z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let m;
  while ((m = re.exec(v))) out[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
  return out;
}

// ---------------------------------------------------------------------------
// the simulator
// ---------------------------------------------------------------------------
const OPERATIONS = [
  ['oauth/token', 'POST', '/oauth/token'],
  ['user_account/get', 'GET', '/user_account'],
  ['user_account/analytics', 'GET', '/user_account/analytics'],
  ['user_account/analytics/top_pins', 'GET', '/user_account/analytics/top_pins'],
  ['user_account/analytics/top_video_pins', 'GET', '/user_account/analytics/top_video_pins'],
  ['followers/list', 'GET', '/user_account/followers'],
  ['user_following/get', 'GET', '/user_account/following'],
  ['boards_user_follows/list', 'GET', '/user_account/following/boards'],
  ['follow_user/update', 'POST', '/user_account/following/{username}'],
  ['user_account/followed_interests', 'GET', '/users/{username}/interests/follow'],
  ['boards/list', 'GET', '/boards'],
  ['boards/create', 'POST', '/boards'],
  ['boards/get', 'GET', '/boards/{board_id}'],
  ['boards/update', 'PATCH', '/boards/{board_id}'],
  ['boards/delete', 'DELETE', '/boards/{board_id}'],
  ['boards/list_pins', 'GET', '/boards/{board_id}/pins'],
  ['board_sections/list', 'GET', '/boards/{board_id}/sections'],
  ['board_sections/create', 'POST', '/boards/{board_id}/sections'],
  ['board_sections/update', 'PATCH', '/boards/{board_id}/sections/{section_id}'],
  ['board_sections/delete', 'DELETE', '/boards/{board_id}/sections/{section_id}'],
  ['board_sections/list_pins', 'GET', '/boards/{board_id}/sections/{section_id}/pins'],
  ['pins/list', 'GET', '/pins'],
  ['pins/create', 'POST', '/pins'],
  ['multi_pins/analytics', 'GET', '/pins/analytics'],
  ['pins/get', 'GET', '/pins/{pin_id}'],
  ['pins/update', 'PATCH', '/pins/{pin_id}'],
  ['pins/delete', 'DELETE', '/pins/{pin_id}'],
  ['pins/save', 'POST', '/pins/{pin_id}/save'],
  ['pins/analytics', 'GET', '/pins/{pin_id}/analytics'],
  ['media/list', 'GET', '/media'],
  ['media/create', 'POST', '/media'],
  ['media/get', 'GET', '/media/{media_id}'],
  ['search_user_pins/list', 'GET', '/search/pins'],
  ['search_user_boards/get', 'GET', '/search/boards'],
  ['search_partner_pins', 'GET', '/search/partner/pins'],
].map(([operationId, method, path]) => ({ operationId, method, path }));

function compileRoutes() {
  const byPath = new Map();
  for (const op of OPERATIONS) {
    const names = [];
    const re = new RegExp(`^${op.path.replace(/\{([^}]+)\}/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const key = op.path;
    if (!byPath.has(key)) byPath.set(key, { re, names, methods: {}, literal: names.length === 0 });
    byPath.get(key).methods[op.method] = op.operationId;
  }
  // literal paths first so /pins/analytics wins over /pins/{pin_id}
  return Array.from(byPath.values()).sort((a, b) => a.names.length - b.names.length);
}
const ROUTES = compileRoutes();

const DEFAULT_FAULTS = {
  rate429: 0, rate500: 0, rate503: 0, retryAfterSeconds: 1, slowRate: 0, slowMs: 200,
  rate500AfterWrite: 0, includeOAuth: false,
};

function createSimulator(options = {}) {
  const opts = {
    accessTokens: ['tok-1'],
    refreshTokens: [],
    clientId: 'app-id',
    clientSecret: 'app-secret',
    seed: 42,
    username: 'demo_user',
    mediaProcessingPolls: 2,
    mediaFailIds: [],
    accessTokenTtlSeconds: 2592000,
    refreshTokenTtlSeconds: 5184000,
    maxBodyBytes: 32 * 1024 * 1024,
    logLimit: 100000,
    ...options,
  };

  let rngIds; let rngFaults; let rngTokens;
  let lastTs = 0;
  const issuedIds = new Set();

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
  };

  // token store -------------------------------------------------------------
  const tokens = { access: new Map(), refresh: new Map(), codes: new Map() };
  function now() { return Date.now(); }
  function addAccessToken(token, extra = {}) {
    tokens.access.set(token, { expiresAt: now() + opts.accessTokenTtlSeconds * 1000, scope: DEFAULT_SCOPES.join(','), ...extra });
  }
  function addRefreshToken(token, accessToken) {
    tokens.refresh.set(token, { accessToken, expiresAt: now() + opts.refreshTokenTtlSeconds * 1000 });
  }
  function randToken(prefix, len = 40) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let s = prefix;
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rngTokens() * alphabet.length)];
    return s;
  }
  function randHex(n, rng = rngTokens) {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)];
    return s;
  }

  // ids / clock ---------------------------------------------------------------
  function newId() {
    for (;;) {
      const len = rngIds() < 0.5 ? 18 : 19;
      let s = String(1 + Math.floor(rngIds() * 9));
      while (s.length < len) s += String(Math.floor(rngIds() * 10));
      if (!issuedIds.has(s)) { issuedIds.add(s); return s; }
    }
  }
  function nextCreatedAt(override) {
    if (override !== undefined) {
      const t = new Date(override).getTime();
      if (Number.isNaN(t)) throw new Error(`invalid created_at ${override}`);
      lastTs = Math.max(lastTs, t);
      return new Date(t).toISOString();
    }
    const t = Math.max(now(), lastTs + 1);
    lastTs = t;
    return new Date(t).toISOString();
  }

  function emptyState() {
    return {
      user: {
        id: '',
        username: opts.username,
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
    };
  }

  // Extensions (test/simulator/ads.js) add routes that share auth, faults and the request log.
  const extensions = [];

  function resetAll() {
    for (const ext of extensions) if (ext.reset) ext.reset();
    rngIds = mulberry32(opts.seed);
    rngFaults = mulberry32((opts.seed ^ 0x9e3779b9) >>> 0);
    rngTokens = mulberry32((opts.seed ^ 0x85ebca6b) >>> 0);
    issuedIds.clear();
    sim.state = emptyState();
    sim.state.user.id = newId();
    sim.requests.length = 0;
    for (const k of Object.keys(sim.uploads)) delete sim.uploads[k];
    sim.stats = { requests: 0, byStatus: {}, faulted: 0 };
    scripted.length = 0;
    failMediaIds.clear();
    for (const id of opts.mediaFailIds || []) failMediaIds.add(String(id));
    // token store back to the configured tokens (access token i is paired with refresh token i)
    tokens.access.clear();
    tokens.refresh.clear();
    tokens.codes.clear();
    opts.accessTokens.forEach((t, i) => {
      const r = opts.refreshTokens[i];
      addAccessToken(t, r ? { refreshToken: r } : {});
    });
    opts.refreshTokens.forEach((r, i) => addRefreshToken(r, opts.accessTokens[i]));
  }

  const scripted = [];
  const failMediaIds = new Set();

  function abs(u) {
    if (typeof u === 'string' && u.startsWith('/') && sim.origin) return sim.origin + u;
    return u;
  }

  // rendering -----------------------------------------------------------------
  function imageSizes(url) {
    return {
      '150x150': { width: 150, height: 150, url: abs(url) },
      '400x300': { width: 400, height: 300, url: abs(url) },
      '600x': { width: 600, height: 600, url: abs(url) },
      '1200x': { width: 1200, height: 1200, url: abs(url) },
    };
  }
  function pinsOfBoard(boardId) {
    return Object.values(sim.state.pins).filter((p) => p.board_id === boardId).sort(cmpNewestFirst);
  }
  function pinThumb(p) {
    const m = p._media;
    if (m.kind === 'image') return m.url;
    if (m.kind === 'video') return m.cover_image_url;
    if (m.kind === 'carousel') return m.items[0].url;
    return null;
  }
  function renderBoard(b) {
    const pins = b._foreign ? [] : pinsOfBoard(b.id);
    return {
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
        pin_thumbnail_urls: pins.slice(0, 4).map((p) => abs(pinThumb(p))).filter(Boolean),
      },
      owner: { username: b.owner_username },
      privacy: b.privacy,
    };
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
    return {
      media_type: 'multiple_images',
      items: m.items.map((it) => ({
        item_type: 'image',
        title: it.title === undefined ? null : it.title,
        description: it.description === undefined ? null : it.description,
        link: it.link === undefined ? null : it.link,
        images: imageSizes(it.url),
      })),
    };
  }
  function pinMetrics(p) {
    const h = (k, mod) => fnv1a(`${opts.seed}|${p.id}|${k}`) % mod;
    return {
      '90d': { pin_click: h('pc', 200), impression: h('im', 5000), clickthrough: h('ct', 100) },
      lifetime_metrics: {
        pin_click: h('lpc', 400), impression: h('lim', 10000), clickthrough: h('lct', 200),
        reaction: h('re', 50), comment: h('co', 20),
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
    return out;
  }
  function renderSection(s) { return { id: s.id, name: s.name }; }
  function renderUser(u) { return { type: 'user', username: u.username }; }
  function renderInterest(i) { return { id: i.id, key: i.key, name: i.name, canonical_url: i.canonical_url }; }
  function renderMediaItem(m) { return { media_id: m.media_id, media_type: m.media_type, status: m.status }; }

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
      monthly_views: 1000 + (fnv1a(`${opts.seed}|monthly_views`) % 90000),
    };
  }

  // pagination ------------------------------------------------------------------
  function encodeBookmark(kind, item) {
    return Buffer.from(JSON.stringify({ k: kind, c: item.created_at, i: item.id })).toString('base64url');
  }
  function decodeBookmark(kind, raw) {
    let obj;
    try {
      if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error('chars');
      obj = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    } catch (e) {
      throw bad(`Invalid bookmark '${raw}'.`);
    }
    if (!obj || typeof obj !== 'object' || typeof obj.c !== 'string' || typeof obj.i !== 'string' || obj.k !== kind) {
      throw bad(`Invalid bookmark '${raw}' for this list.`);
    }
    return obj;
  }
  /** items must be sorted newest first; returns {items, bookmark} */
  function paginate(query, kind, items, render, { pageSize } = {}) {
    const size = pageSize !== undefined ? pageSize : intParam(query, 'page_size', { min: 1, max: 250, def: 25 });
    const bm = single(query, 'bookmark');
    let start = 0;
    if (bm !== undefined && bm !== '') {
      const cur = decodeBookmark(kind, bm);
      const key = { created_at: cur.c, id: cur.i };
      start = items.findIndex((it) => cmpNewestFirst(it, key) > 0);
      if (start < 0) start = items.length;
    }
    const page = items.slice(start, start + size);
    const more = start + size < items.length;
    return { items: page.map(render), bookmark: more && page.length ? encodeBookmark(kind, page[page.length - 1]) : null };
  }
  function sorted(obj) { return Object.values(obj).sort(cmpNewestFirst); }

  // lookups -------------------------------------------------------------------------
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
    if (b) b.board_pins_modified_at = new Date(Math.max(now(), Date.parse(b.created_at))).toISOString();
  }

  // state mutation helpers (also the public helpers) -----------------------------
  function insertBoard(spec = {}) {
    const id = newId();
    const created_at = nextCreatedAt(spec.created_at);
    const isAds = spec.is_ads_only === true;
    const b = {
      id,
      created_at,
      board_pins_modified_at: created_at,
      name: isAds ? 'Ad-only Pins' : (spec.name !== undefined ? spec.name : `Board ${Object.keys(sim.state.boards).length + 1}`),
      description: spec.description === undefined ? null : spec.description,
      privacy: isAds ? 'PROTECTED' : (spec.privacy || 'PUBLIC'),
      is_ads_only: isAds,
      collaborator_count: spec.collaborator_count || 0,
      follower_count: spec.follower_count !== undefined ? spec.follower_count : fnv1a(`${opts.seed}|bf|${id}`) % 500,
      owner_username: sim.state.user.username,
    };
    sim.state.boards[id] = b;
    return b;
  }
  function insertSection(boardId, spec = {}) {
    getBoard(boardId);
    const s = { id: newId(), board_id: boardId, name: spec.name || 'Section', created_at: nextCreatedAt(spec.created_at) };
    sim.state.sections[s.id] = s;
    return s;
  }
  function mediaFromSource(ms, pinId) {
    switch (ms.source_type) {
      case 'image_url': return { kind: 'image', url: ms.url };
      case 'image_base64': return { kind: 'image', url: `/__img/${pinId}.jpg`, content_type: ms.content_type };
      case 'multiple_image_urls':
        return { kind: 'carousel', items: ms.items.map((it) => ({ url: it.url, title: it.title, description: it.description, link: it.link })) };
      case 'multiple_image_base64':
        return {
          kind: 'carousel',
          items: ms.items.map((it, i) => ({ url: `/__img/${pinId}-${i}.jpg`, title: it.title, description: it.description, link: it.link })),
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
      case 'pin_url': return { kind: 'image', url: `/__img/${pinId}.jpg` };
      default: return { kind: 'image', url: `/__img/${pinId}.jpg` };
    }
  }
  const CREATIVE_BY_SOURCE = {
    image_url: 'REGULAR', image_base64: 'REGULAR', pin_url: 'SHOPPING', video_id: 'VIDEO',
    multiple_image_urls: 'CAROUSEL', multiple_image_base64: 'CAROUSEL',
  };
  let imageCounter = 0;
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
    if (!ms) ms = { source_type: 'image_url', url: spec.image_url || `/__img/${(imageCounter++ % 97) + 1}.jpg` };
    const media = spec._media || mediaFromSource(ms, id);
    const p = {
      id,
      created_at: nextCreatedAt(spec.created_at),
      link: spec.link === undefined ? null : spec.link,
      title: spec.title === undefined ? null : spec.title,
      description: spec.description === undefined ? null : spec.description,
      dominant_color: spec.dominant_color === undefined ? '#6E7874' : spec.dominant_color,
      alt_text: spec.alt_text === undefined ? null : spec.alt_text,
      creative_type: spec.creative_type || CREATIVE_BY_SOURCE[ms.source_type] || 'REGULAR',
      board_id: boardId,
      board_section_id: spec.board_section_id || null,
      parent_pin_id: spec.parent_pin_id === undefined ? null : spec.parent_pin_id,
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
    if (!sim.state.boards[id]) return false;
    for (const p of Object.values(sim.state.pins)) if (p.board_id === id) delete sim.state.pins[p.id];
    for (const s of Object.values(sim.state.sections)) if (s.board_id === id) delete sim.state.sections[s.id];
    delete sim.state.boards[id];
    return true;
  }
  function deleteSection(id) {
    const s = sim.state.sections[id];
    if (!s) return false;
    for (const p of Object.values(sim.state.pins)) if (p.board_section_id === id) delete sim.state.pins[p.id];
    delete sim.state.sections[id];
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
        policy: Buffer.from(JSON.stringify({ expiration: new Date(now() + 3600e3).toISOString(), n: randHex(16) })).toString('base64'),
        'x-amz-algorithm': 'AWS4-HMAC-SHA256',
        'x-amz-credential': `ASIA${randToken('', 16).toUpperCase()}/${isoDate(new Date()).replace(/-/g, '')}/us-east-1/s3/aws4_request`,
        'x-amz-date': `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
        'x-amz-security-token': `${randToken('IQoJb3JpZ2luX2Vj', 64)}==`,
        'x-amz-signature': randHex(64),
      },
    };
    sim.state.media[media_id] = m;
    return m;
  }

  // auth ---------------------------------------------------------------------------
  function checkBearer(headers) {
    const h = headers.authorization;
    const m = typeof h === 'string' && /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m) throw new ApiError(401, 2, MSG.auth);
    const t = tokens.access.get(m[1]);
    if (!t || t.expiresAt <= now()) throw new ApiError(401, 2, MSG.auth);
    return m[1];
  }

  function oauthToken(ctx) {
    const h = ctx.headers.authorization;
    const m = typeof h === 'string' && /^Basic\s+(\S+)\s*$/i.exec(h);
    let ok = false;
    if (m) {
      const dec = Buffer.from(m[1], 'base64').toString('utf8');
      const i = dec.indexOf(':');
      ok = i > 0 && dec.slice(0, i) === opts.clientId && dec.slice(i + 1) === opts.clientSecret;
    }
    if (!ok) throw new ApiError(401, 2, MSG.auth);
    const ct = String(ctx.headers['content-type'] || '');
    if (!/^application\/x-www-form-urlencoded/i.test(ct)) {
      throw bad('The token request body must be application/x-www-form-urlencoded.');
    }
    const body = ctx.body || {};
    for (const [k, v] of Object.entries(body)) if (Array.isArray(v)) throw bad(`Parameter '${k}' must not be repeated.`);
    const grant = body.grant_type;
    const accessTtl = opts.accessTokenTtlSeconds;
    const refreshTtl = opts.refreshTokenTtlSeconds;
    const scope = DEFAULT_SCOPES.join(',');
    const pair = (responseType) => {
      const access = randToken('pina_');
      const refresh = randToken('pinr_');
      addAccessToken(access, { refreshToken: refresh });
      addRefreshToken(refresh, access);
      return {
        access_token: access,
        refresh_token: refresh,
        response_type: responseType,
        token_type: 'bearer',
        expires_in: accessTtl,
        refresh_token_expires_in: refreshTtl,
        refresh_token_expires_at: Math.floor(now() / 1000) + refreshTtl,
        scope,
      };
    };
    if (grant === 'authorization_code') {
      if (!body.code) throw bad("Missing required parameter 'code'.");
      if (!body.redirect_uri) throw bad("Missing required parameter 'redirect_uri'.");
      if (body.code !== 'demo-code') {
        const c = tokens.codes.get(body.code);
        if (!c) throw bad('Invalid authorization code.');
        if (c.redirectUri && c.redirectUri !== body.redirect_uri) throw bad('redirect_uri does not match the authorization request.');
        tokens.codes.delete(body.code);
      }
      return { status: 200, body: pair('authorization_code') };
    }
    if (grant === 'refresh_token') {
      if (!body.refresh_token) throw bad("Missing required parameter 'refresh_token'.");
      const r = tokens.refresh.get(body.refresh_token);
      if (!r || r.expiresAt <= now()) throw bad('Invalid refresh token.');
      tokens.refresh.delete(body.refresh_token);
      if (r.accessToken) tokens.access.delete(r.accessToken);
      return { status: 200, body: pair('refresh_token') };
    }
    if (grant === 'client_credentials') {
      if (!body.scope) throw bad("Missing required parameter 'scope'.");
      const access = randToken('pina_');
      addAccessToken(access);
      return {
        status: 200,
        body: { access_token: access, token_type: 'bearer', expires_in: accessTtl, scope: String(body.scope), response_type: 'client_credentials' },
      };
    }
    throw bad(`Unsupported grant_type '${grant === undefined ? '' : grant}'.`);
  }

  // analytics ------------------------------------------------------------------------
  function dateWindow(query) {
    const start = single(query, 'start_date');
    const end = single(query, 'end_date');
    if (start === undefined || start === '') throw bad("Parameter 'start_date' is required (YYYY-MM-DD).");
    if (end === undefined || end === '') throw bad("Parameter 'end_date' is required (YYYY-MM-DD).");
    if (!validDate(start)) throw bad(`Parameter 'start_date' must be a valid date in YYYY-MM-DD format (was ${start}).`);
    if (!validDate(end)) throw bad(`Parameter 'end_date' must be a valid date in YYYY-MM-DD format (was ${end}).`);
    const today = isoDate(new Date());
    if (daysBetween(start, today) > 90) {
      throw bad(`Parameter 'start_date' cannot be more than 90 days back from today (${today}); was ${start}.`);
    }
    if (end < start) throw bad(`Parameter 'end_date' (${end}) cannot be before 'start_date' (${start}).`);
    if (daysBetween(start, end) > 90) {
      throw bad(`Parameter 'end_date' cannot be more than 90 days past 'start_date' (${start}); was ${end}.`);
    }
    const dates = [];
    for (let d = start; d <= end; d = addDays(d, 1)) dates.push(d);
    return { start, end, dates, today };
  }
  function metricValue(scope, date, metric) {
    const h = fnv1a(`${opts.seed}|${scope}|${date}|${metric}`);
    if (metric.endsWith('_RATE')) return Math.round((h % 10000) / 100000 * 10000) / 10000; // 0..0.1
    if (metric === 'VIDEO_AVG_WATCH_TIME') return Math.round((h % 1000000)) / 100;
    if (metric === 'VIDEO_V50_WATCH_TIME') return h % 20000;
    if (metric === 'IMPRESSION') return h % 2000;
    return h % 120;
  }
  function metricsBlock(scope, dates, today, metrics, { lifetime = false } = {}) {
    const daily = [];
    const sums = {};
    const counts = {};
    const dailyMetrics = metrics.filter((m) => !LIFETIME_METRICS.includes(m));
    for (const date of dates) {
      const ready = date <= today;
      const values = {};
      if (ready) {
        for (const m of dailyMetrics) {
          const v = metricValue(scope, date, m);
          values[m] = v;
          sums[m] = (sums[m] || 0) + v;
          counts[m] = (counts[m] || 0) + 1;
        }
      }
      daily.push({ date, data_status: ready ? 'READY' : 'PROCESSING', metrics: values });
    }
    const summary = {};
    for (const m of dailyMetrics) {
      const s = sums[m] || 0;
      const c = counts[m] || 0;
      summary[m] = m.endsWith('_RATE') || m === 'VIDEO_AVG_WATCH_TIME' ? (c ? Math.round((s / c) * 10000) / 10000 : 0) : s;
    }
    const out = { daily_metrics: daily, summary_metrics: summary };
    if (lifetime) {
      out.lifetime_metrics = {};
      for (const m of metrics.filter((x) => LIFETIME_METRICS.includes(x))) out.lifetime_metrics[m] = fnv1a(`${opts.seed}|${scope}|${m}`) % 50;
    }
    return out;
  }
  function commonAnalyticsFilters(query) {
    enumParam(query, 'from_claimed_content', FROM_CLAIMED);
    enumParam(query, 'pin_format', PIN_FORMATS);
    enumParam(query, 'app_types', APP_TYPES);
    enumParam(query, 'content_type', ANALYTICS_CONTENT_TYPES);
    enumParam(query, 'source', SOURCES);
  }
  function pinAnalytics(pin, query, win, metrics, split) {
    const out = {};
    for (const key of SPLIT_KEYS[split]) out[key] = metricsBlock(`pin|${pin.id}|${key}`, win.dates, win.today, metrics, { lifetime: true });
    return out;
  }
  function topPins(query, video) {
    const win = dateWindow(query);
    const sortBy = enumParam(query, 'sort_by', video ? VIDEO_SORT : TOP_PINS_SORT, { required: true });
    commonAnalyticsFilters(query);
    const metrics = commaListParam(query, 'metric_types', video ? VIDEO_METRICS : USER_METRICS) || (video ? VIDEO_METRICS : USER_METRICS);
    const n = intParam(query, 'num_of_pins', { min: 1, max: 50, def: 10 });
    const lastN = intParam(query, 'created_in_last_n_days', { min: 30, max: 30 });
    let pins = Object.values(sim.state.pins);
    if (video) pins = pins.filter((p) => p.creative_type === 'VIDEO' || p.creative_type === 'MAX_VIDEO');
    if (lastN) pins = pins.filter((p) => Date.parse(p.created_at) >= now() - lastN * 86400000);
    const wanted = Array.from(new Set([...metrics, sortBy]));
    const rows = pins.map((p) => {
      const total = {};
      for (const m of wanted) {
        let s = 0;
        for (const d of win.dates) if (d <= win.today) s += metricValue(`top|${p.id}`, d, m);
        total[m] = m.endsWith('_RATE') || m === 'VIDEO_AVG_WATCH_TIME' ? Math.round((s / Math.max(1, win.dates.length)) * 10000) / 10000 : s;
      }
      return { p, total };
    });
    rows.sort((a, b) => (b.total[sortBy] - a.total[sortBy]) || -cmpId(a.p.id, b.p.id));
    return {
      status: 200,
      body: {
        date_availability: { is_realtime: false, latest_available_timestamp: Date.parse(`${win.today}T00:00:00Z`) - 1 },
        pins: rows.slice(0, n).map(({ p, total }) => {
          const metricsOut = {};
          const ds = {};
          for (const m of metrics) { metricsOut[m] = total[m]; ds[m] = 'READY'; }
          return { pin_id: p.id, metrics: metricsOut, data_status: ds };
        }),
        sort_by: sortBy,
      },
    };
  }

  // media-source validation for pins/create -------------------------------------------
  function validateMediaSource(ms) {
    if (ms === undefined || ms === null) throw bad("Field 'media_source' is required.");
    if (typeof ms !== 'object' || Array.isArray(ms)) throw bad("Field 'media_source' must be an object.");
    const st = ms.source_type;
    const checkBool = (name) => {
      if (name in ms && typeof ms[name] !== 'boolean') throw bad(`Field 'media_source.${name}' must be a boolean.`);
    };
    const checkB64 = (obj, where) => {
      if (!CONTENT_TYPES.includes(obj.content_type)) {
        throw bad(`Field '${where}content_type' is required and must be one of ${CONTENT_TYPES.join(', ')}.`);
      }
      if (typeof obj.data !== 'string' || !BASE64_RE.test(obj.data)) {
        throw bad(`Field '${where}data' is required and must match ^[a-zA-Z0-9+/=]+$ (raw base64, no data: prefix or whitespace).`);
      }
    };
    const checkUrl = (u, where) => {
      if (typeof u !== 'string' || u === '') throw bad(`Field '${where}url' is required.`);
      let parsed;
      try { parsed = new URL(u); } catch (e) { parsed = null; }
      if (!parsed || !/^https?:$/.test(parsed.protocol)) {
        throw bad('Whoops! It looks like you entered an invalid URL. Try creating a Pin again with a valid URL.');
      }
    };
    const checkItems = (check) => {
      if (!Array.isArray(ms.items)) throw bad("Field 'media_source.items' is required and must be an array.");
      if (ms.items.length < 2 || ms.items.length > 5) {
        throw bad(`Field 'media_source.items' must contain 2 to 5 items (was ${ms.items.length}).`);
      }
      ms.items.forEach((it, i) => {
        if (!it || typeof it !== 'object') throw bad(`Field 'media_source.items[${i}]' must be an object.`);
        check(it, `media_source.items[${i}].`);
        for (const f of ['title', 'description', 'link']) {
          if (f in it && typeof it[f] !== 'string') throw bad(`Field 'media_source.items[${i}].${f}' must be a string.`);
        }
      });
      if ('index' in ms && (!Number.isInteger(ms.index) || ms.index < 0)) throw bad("Field 'media_source.index' must be an integer >= 0.");
    };
    switch (st) {
      case 'image_url': checkUrl(ms.url, 'media_source.'); checkBool('is_standard'); break;
      case 'image_base64': checkB64(ms, 'media_source.'); checkBool('is_standard'); break;
      case 'multiple_image_urls': checkItems((it, w) => checkUrl(it.url, w)); break;
      case 'multiple_image_base64': checkItems((it, w) => checkB64(it, w)); break;
      case 'video_id': {
        if (typeof ms.media_id !== 'string' || !DIGITS_RE.test(ms.media_id)) {
          throw bad("Field 'media_source.media_id' is required and must match ^\\d+$.");
        }
        if ('cover_image_content_type' in ms && !CONTENT_TYPES.includes(ms.cover_image_content_type)) {
          throw bad(`Field 'media_source.cover_image_content_type' must be one of ${CONTENT_TYPES.join(', ')}.`);
        }
        if ('cover_image_data' in ms && (typeof ms.cover_image_data !== 'string' || !BASE64_RE.test(ms.cover_image_data))) {
          throw bad("Field 'media_source.cover_image_data' must be raw base64.");
        }
        if ('cover_image_url' in ms && typeof ms.cover_image_url !== 'string') throw bad("Field 'media_source.cover_image_url' must be a string.");
        if ('cover_image_key_frame_time' in ms && (!Number.isInteger(ms.cover_image_key_frame_time) || ms.cover_image_key_frame_time < 0)) {
          throw bad("Field 'media_source.cover_image_key_frame_time' must be an integer >= 0.");
        }
        checkBool('is_standard');
        const m = sim.state.media[ms.media_id];
        if (!m) throw bad(`Media ${ms.media_id} not found; register and upload it with POST /media first.`);
        if (m.status !== 'succeeded') throw bad(`Media ${ms.media_id} is not ready: status is '${m.status}' (must be 'succeeded').`);
        break;
      }
      case 'pin_url': checkBool('is_affiliate_link'); break;
      default:
        throw bad(`Field 'media_source.source_type' must be one of image_url, image_base64, multiple_image_urls, multiple_image_base64, video_id, pin_url (was ${st}).`);
    }
  }

  function pinFieldsFromBody(body) {
    return {
      title: optString(body, 'title', 100),
      description: optString(body, 'description', 800),
      link: optString(body, 'link', 2048),
      alt_text: optString(body, 'alt_text', 500),
    };
  }

  // handlers ---------------------------------------------------------------------------
  function pinFilterList(query, list) {
    const cts = query.creative_types === undefined ? [] : [].concat(query.creative_types);
    const wantTypes = [];
    for (const v of cts) {
      for (const t of v.split(',')) {
        if (!CREATIVE_TYPES.includes(t)) throw bad(`Parameter 'creative_types' has an invalid value '${t}'.`);
        wantTypes.push(t);
      }
    }
    if (wantTypes.length) list = list.filter((p) => wantTypes.includes(p.creative_type));
    return list;
  }

  const handlers = {
    'user_account/get': (c) => { checkAdAccount(c.query); return { status: 200, body: account() }; },
    'user_account/analytics': (c) => {
      checkAdAccount(c.query);
      const win = dateWindow(c.query);
      commonAnalyticsFilters(c.query);
      const metrics = commaListParam(c.query, 'metric_types', USER_METRICS) || USER_METRICS;
      const split = enumParam(c.query, 'split_field', USER_SPLIT, { def: 'NO_SPLIT' });
      const out = {};
      for (const key of SPLIT_KEYS[split]) out[key] = metricsBlock(`user|${key}`, win.dates, win.today, metrics);
      return { status: 200, body: out };
    },
    'user_account/analytics/top_pins': (c) => { checkAdAccount(c.query); return topPins(c.query, false); },
    'user_account/analytics/top_video_pins': (c) => { checkAdAccount(c.query); return topPins(c.query, true); },
    'followers/list': (c) => ({ status: 200, body: paginate(c.query, 'followers', sorted(sim.state.followers), renderUser) }),
    'user_following/get': (c) => {
      checkAdAccount(c.query);
      const feed = enumParam(c.query, 'feed_type', FEED_TYPES, { def: 'ALL' });
      const explicit = boolParam(c.query, 'explicit_following', false);
      let list = sorted(sim.state.following);
      if (feed === 'CREATOR_ONLY' || feed === 'RANKED_CREATOR_ONLY') list = list.filter((u) => u.creator);
      if (explicit) list = list.filter((u) => u.explicit !== false);
      return { status: 200, body: paginate(c.query, `following:${feed}:${explicit}`, list, renderUser) };
    },
    'boards_user_follows/list': (c) => {
      checkAdAccount(c.query);
      const explicit = boolParam(c.query, 'explicit_following', false);
      let list = sorted(sim.state.followingBoards);
      if (explicit) list = list.filter((b) => b.explicit !== false);
      return { status: 200, body: paginate(c.query, 'following_boards', list, renderBoard) };
    },
    'follow_user/update': (c) => {
      const username = c.params.username;
      if (/^\d+$/.test(username)) throw bad('Path parameter \'username\' must be a valid username, not a number.');
      if (c.body !== undefined) {
        requireObjectBody(c.body);
        if ('auto_follow' in c.body && typeof c.body.auto_follow !== 'boolean') throw bad("Field 'auto_follow' must be a boolean.");
      }
      if (username.startsWith('missing_')) throw new ApiError(404, 30, MSG.user);
      if (username === sim.state.user.username) throw bad('You cannot follow yourself.');
      const u = insertUser(sim.state.following, username, { creator: false, explicit: true });
      return { status: 200, body: renderUser(u) };
    },
    'user_account/followed_interests': (c) => {
      const username = c.params.username;
      if (username.startsWith('missing_')) throw new ApiError(404, 30, MSG.user);
      const list = username === sim.state.user.username ? sorted(sim.state.interests) : [];
      return { status: 200, body: paginate(c.query, `interests:${username}`, list, renderInterest) };
    },

    // boards
    'boards/list': (c) => {
      checkAdAccount(c.query);
      const privacy = enumParam(c.query, 'privacy', BOARD_PRIVACY_FILTER, { def: 'ALL' });
      let list = sorted(sim.state.boards);
      if (privacy === 'PUBLIC_AND_SECRET') list = list.filter((b) => b.privacy === 'PUBLIC' || b.privacy === 'SECRET');
      else if (privacy !== 'ALL') list = list.filter((b) => b.privacy === privacy);
      return { status: 200, body: paginate(c.query, `boards:${privacy}`, list, renderBoard) };
    },
    'boards/create': (c) => {
      checkAdAccount(c.query);
      const body = requireObjectBody(c.body);
      if (typeof body.name !== 'string' || body.name.trim() === '') throw bad("Field 'name' is required and must be a non-empty string.");
      const description = optString(body, 'description');
      if ('privacy' in body && !BOARD_PRIVACY.includes(body.privacy)) {
        throw bad(`Field 'privacy' must be one of ${BOARD_PRIVACY.join(', ')} (was ${body.privacy}).`);
      }
      if ('is_ads_only' in body && typeof body.is_ads_only !== 'boolean') throw bad("Field 'is_ads_only' must be a boolean.");
      const b = insertBoard({ name: body.name, description, privacy: body.privacy, is_ads_only: body.is_ads_only, follower_count: 0 });
      return { status: 201, body: renderBoard(b) };
    },
    'boards/get': (c) => { checkAdAccount(c.query); checkPathId(c.params.board_id, 'board_id'); return { status: 200, body: renderBoard(getBoard(c.params.board_id)) }; },
    'boards/update': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      const b = getBoard(c.params.board_id);
      const body = requireObjectBody(c.body);
      if ('name' in body && (typeof body.name !== 'string' || body.name.trim() === '')) throw bad("Field 'name' must be a non-empty string.");
      const description = optString(body, 'description');
      if ('privacy' in body && !BOARD_UPDATE_PRIVACY.includes(body.privacy)) {
        throw bad(`Field 'privacy' must be one of ${BOARD_UPDATE_PRIVACY.join(', ')} (was ${body.privacy}).`);
      }
      if ('name' in body) b.name = body.name;
      if (description !== undefined) b.description = description;
      if ('privacy' in body) b.privacy = body.privacy;
      return { status: 200, body: renderBoard(b) };
    },
    'boards/delete': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      getBoard(c.params.board_id);
      deleteBoard(c.params.board_id);
      return { status: 204 };
    },
    'boards/list_pins': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      getBoard(c.params.board_id);
      const metrics = boolParam(c.query, 'pin_metrics', false);
      const list = pinFilterList(c.query, pinsOfBoard(c.params.board_id));
      return { status: 200, body: paginate(c.query, `board_pins:${c.params.board_id}`, list, (p) => renderPin(p, { metrics })) };
    },

    // sections
    'board_sections/list': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      getBoard(c.params.board_id);
      const list = Object.values(sim.state.sections).filter((s) => s.board_id === c.params.board_id).sort(cmpNewestFirst);
      return { status: 200, body: paginate(c.query, `sections:${c.params.board_id}`, list, renderSection) };
    },
    'board_sections/create': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      getBoard(c.params.board_id);
      const body = requireObjectBody(c.body);
      if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 180) {
        throw bad("Field 'name' is required and must be a string of 1 to 180 characters.");
      }
      return { status: 201, body: renderSection(insertSection(c.params.board_id, { name: body.name })) };
    },
    'board_sections/update': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      checkPathId(c.params.section_id, 'section_id');
      getBoard(c.params.board_id);
      const s = getSection(c.params.board_id, c.params.section_id);
      const body = requireObjectBody(c.body);
      if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 180) {
        throw bad("Field 'name' is required and must be a string of 1 to 180 characters.");
      }
      s.name = body.name;
      return { status: 200, body: renderSection(s) };
    },
    'board_sections/delete': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      checkPathId(c.params.section_id, 'section_id');
      getBoard(c.params.board_id);
      getSection(c.params.board_id, c.params.section_id);
      deleteSection(c.params.section_id);
      return { status: 204 };
    },
    'board_sections/list_pins': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.board_id, 'board_id');
      checkPathId(c.params.section_id, 'section_id');
      getBoard(c.params.board_id);
      getSection(c.params.board_id, c.params.section_id);
      const list = pinsOfBoard(c.params.board_id).filter((p) => p.board_section_id === c.params.section_id);
      return { status: 200, body: paginate(c.query, `section_pins:${c.params.section_id}`, list, (p) => renderPin(p)) };
    },

    // pins
    'pins/list': (c) => {
      checkAdAccount(c.query);
      const filter = enumParam(c.query, 'pin_filter', PIN_FILTERS);
      const metrics = boolParam(c.query, 'pin_metrics', false);
      const includeProtected = boolParam(c.query, 'include_protected_pins', false);
      const pinType = enumParam(c.query, 'pin_type', ['PRIVATE']);
      let list = sorted(sim.state.pins);
      const privacyOf = (p) => (sim.state.boards[p.board_id] || {}).privacy;
      if (!includeProtected) list = list.filter((p) => privacyOf(p) !== 'PROTECTED');
      if (pinType === 'PRIVATE') list = list.filter((p) => privacyOf(p) === 'SECRET');
      if (filter === 'exclude_native') list = list.filter((p) => p.parent_pin_id);
      if (filter === 'exclude_repins') list = list.filter((p) => !p.parent_pin_id);
      if (filter === 'has_been_promoted') list = list.filter((p) => p.has_been_promoted);
      list = pinFilterList(c.query, list);
      const kind = `pins:${filter || ''}:${includeProtected}:${pinType || ''}`;
      return { status: 200, body: paginate(c.query, kind, list, (p) => renderPin(p, { metrics })) };
    },
    'pins/create': (c) => {
      checkAdAccount(c.query);
      const body = requireObjectBody(c.body);
      const f = pinFieldsFromBody(body);
      const boardId = optDigits(body, 'board_id', { nullable: false });
      if (boardId === undefined) throw bad("Field 'board_id' is required.");
      const sectionId = optDigits(body, 'board_section_id');
      const dominant = optString(body, 'dominant_color');
      const parent = optDigits(body, 'parent_pin_id');
      optDigits(body, 'sponsor_id');
      validateMediaSource(body.media_source);
      getBoard(boardId);
      if (sectionId) getSection(boardId, sectionId);
      const p = insertPin({
        ...f, board_id: boardId, board_section_id: sectionId || null, dominant_color: dominant, parent_pin_id: parent,
        media_source: body.media_source,
      });
      return { status: 201, body: renderPin(p) };
    },
    'pins/get': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.pin_id, 'pin_id');
      const metrics = boolParam(c.query, 'pin_metrics', false);
      return { status: 200, body: renderPin(getPin(c.params.pin_id), { metrics }) };
    },
    'pins/update': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.pin_id, 'pin_id');
      const p = getPin(c.params.pin_id);
      const body = requireObjectBody(c.body);
      const f = pinFieldsFromBody(body);
      const boardId = optDigits(body, 'board_id', { nullable: false });
      const sectionId = optDigits(body, 'board_section_id');
      if ('carousel_slots' in body && !Array.isArray(body.carousel_slots)) throw bad("Field 'carousel_slots' must be an array.");
      const targetBoard = boardId || p.board_id;
      getBoard(targetBoard);
      if (sectionId) getSection(targetBoard, sectionId);
      for (const [k, v] of Object.entries(f)) if (v !== undefined) p[k] = v;
      if (boardId && boardId !== p.board_id) {
        const old = p.board_id;
        p.board_id = boardId;
        if (sectionId === undefined) p.board_section_id = null;
        touchBoard(old);
        touchBoard(boardId);
      }
      if (sectionId !== undefined) p.board_section_id = sectionId;
      if (Array.isArray(body.carousel_slots) && p._media.kind === 'carousel') {
        body.carousel_slots.forEach((slot, i) => {
          const it = p._media.items[i];
          if (it && slot && typeof slot === 'object') for (const k of ['title', 'description', 'link']) if (k in slot) it[k] = slot[k];
        });
      }
      return { status: 200, body: renderPin(p) };
    },
    'pins/delete': (c) => {
      checkAdAccount(c.query);
      checkPathId(c.params.pin_id, 'pin_id');
      getPin(c.params.pin_id);
      deletePin(c.params.pin_id);
      return { status: 204 };
    },
    'pins/save': (c) => {
      checkAdAccount(c.query);
      const src = getPin(c.params.pin_id);
      const body = c.body === undefined ? {} : requireObjectBody(c.body);
      const boardId = optDigits(body, 'board_id');
      const sectionId = optDigits(body, 'board_section_id');
      const target = boardId || src.board_id;
      getBoard(target);
      if (sectionId) getSection(target, sectionId);
      const p = insertPin({
        board_id: target,
        board_section_id: sectionId || null,
        title: src.title,
        description: src.description,
        link: src.link,
        alt_text: src.alt_text,
        dominant_color: src.dominant_color,
        creative_type: src.creative_type,
        parent_pin_id: src.id,
        _media: JSON.parse(JSON.stringify(src._media)),
        media_source: { source_type: 'pin_url', is_standard: src.is_standard },
      });
      return { status: 201, body: renderPin(p) };
    },
    'pins/analytics': (c) => {
      checkAdAccount(c.query);
      const pin = getPin(c.params.pin_id);
      const win = dateWindow(c.query);
      enumParam(c.query, 'app_types', APP_TYPES);
      const metrics = commaListParam(c.query, 'metric_types', PIN_METRICS, { required: true });
      const split = enumParam(c.query, 'split_field', PIN_SPLIT, { def: 'NO_SPLIT' });
      return { status: 200, body: pinAnalytics(pin, c.query, win, metrics, split) };
    },
    'multi_pins/analytics': (c) => {
      checkAdAccount(c.query);
      const raw = c.query.pin_ids;
      if (raw === undefined || raw === '') throw bad("Parameter 'pin_ids' is required.");
      const ids = [].concat(raw);
      if (ids.length > 100) throw bad(`Parameter 'pin_ids' accepts at most 100 ids (was ${ids.length}).`);
      for (const id of ids) if (!DIGITS_RE.test(id)) throw bad(`Parameter 'pin_ids' must be repeated keys of ^\\d+$ ids (got '${id}').`);
      const win = dateWindow(c.query);
      enumParam(c.query, 'app_types', APP_TYPES);
      const metrics = commaListParam(c.query, 'metric_types', PIN_METRICS, { required: true });
      const pins = ids.map((id) => getPin(id));
      const out = {};
      for (const p of pins) out[p.id] = pinAnalytics(p, c.query, win, metrics, 'NO_SPLIT');
      return { status: 200, body: out };
    },

    // media
    'media/list': (c) => ({ status: 200, body: paginate(c.query, 'media', sorted(sim.state.media), renderMediaItem) }),
    'media/create': (c) => {
      const body = requireObjectBody(c.body);
      if (body.media_type !== 'video') throw bad(`Field 'media_type' is required and must be 'video' (was ${body.media_type}).`);
      const m = insertMedia();
      return {
        status: 201,
        body: { media_id: m.media_id, media_type: m.media_type, upload_url: `${sim.origin}/__upload/${m.media_id}`, upload_parameters: { ...m._params } },
      };
    },
    'media/get': (c) => {
      checkPathId(c.params.media_id, 'media_id');
      const m = sim.state.media[c.params.media_id];
      if (!m) throw new ApiError(404, 404, MSG.media);
      if (m._uploaded && m.status === 'processing') {
        m._polls += 1;
        if (m._polls >= opts.mediaProcessingPolls) m.status = failMediaIds.has(m.media_id) ? 'failed' : 'succeeded';
      }
      return { status: 200, body: renderMediaItem(m) };
    },

    // search
    'search_user_pins/list': (c) => {
      checkAdAccount(c.query);
      const q = single(c.query, 'query');
      if (q === undefined || q.trim() === '') throw bad("Parameter 'query' is required.");
      let list = sorted(sim.state.pins);
      if (/^\s*\d+(\s*,\s*\d+)*\s*$/.test(q)) {
        const ids = new Set(q.split(',').map((s) => s.trim()));
        list = list.filter((p) => ids.has(p.id));
      } else {
        const words = q.toLowerCase().split(/\s+/).filter(Boolean);
        list = list.filter((p) => {
          const text = `${p.title || ''} ${p.description || ''}`.toLowerCase();
          return words.every((w) => text.includes(w));
        });
      }
      return { status: 200, body: paginate(c.query, `search_pins:${q.trim().toLowerCase()}`, list, (p) => renderPin(p), { pageSize: 25 }) };
    },
    'search_user_boards/get': (c) => {
      checkAdAccount(c.query);
      const q = single(c.query, 'query');
      let list = sorted(sim.state.boards);
      if (q !== undefined && q.trim() !== '') {
        const words = q.toLowerCase().split(/\s+/).filter(Boolean);
        list = list.filter((b) => {
          const text = `${b.name || ''} ${b.description || ''}`.toLowerCase();
          return words.every((w) => text.includes(w));
        });
      }
      return { status: 200, body: paginate(c.query, `search_boards:${(q || '').trim().toLowerCase()}`, list, renderBoard) };
    },
    'search_partner_pins': (c) => {
      const term = single(c.query, 'term');
      if (term === undefined || term.trim() === '') throw bad("Parameter 'term' is required.");
      const cc = single(c.query, 'country_code');
      if (cc === undefined || cc === '') throw bad("Parameter 'country_code' is required.");
      if (!/^[A-Za-z]{2}$/.test(cc)) throw bad(`Parameter 'country_code' must be a two-letter ISO 3166-1 alpha-2 code (was ${cc}).`);
      single(c.query, 'locale');
      const limit = intParam(c.query, 'limit', { min: 1, max: 50, def: 10 });
      const total = 5 + (fnv1a(`${opts.seed}|partner|${term.toLowerCase()}`) % 40);
      const items = [];
      for (let i = 0; i < total; i++) {
        const h = fnv1a(`${opts.seed}|partner|${term.toLowerCase()}|${i}`);
        const id = `${7}${String(h).padStart(10, '0')}${String(i).padStart(7, '0')}`;
        items.push({
          id,
          created_at: new Date(Date.UTC(2024, 0, 1) - i * 60000).toISOString(),
          title: `${term} idea #${i + 1}`,
          description: `A partner Pin about ${term} (${cc.toUpperCase()}).`,
          link: `https://partner.example.com/${encodeURIComponent(term)}/${i + 1}`,
          alt_text: null,
          _media: { kind: 'image', url: `/__img/${(h % 97) + 1}.jpg` },
        });
      }
      const render = (p) => ({ id: p.id, title: p.title, description: p.description, link: p.link, alt_text: p.alt_text, media: renderMedia(p) });
      return { status: 200, body: paginate(c.query, `partner:${term}:${cc}`, items, render, { pageSize: limit }) };
    },
  };

  // HTTP plumbing --------------------------------------------------------------------
  function matchRoute(apiPath) {
    for (const r of ROUTES) {
      const m = r.re.exec(apiPath);
      if (m) {
        const params = {};
        r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); });
        return { route: r, params };
      }
    }
    return null;
  }

  function record(entry, status) {
    entry.status = status;
    sim.stats.requests += 1;
    sim.stats.byStatus[status] = (sim.stats.byStatus[status] || 0) + 1;
  }

  function sendJson(res, entry, status, body, headers = {}) {
    if (entry) record(entry, status);
    if (status === 204 || body === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const data = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': data.length, ...headers });
    res.end(data);
  }

  function faultBody(status) {
    if (status === 429) return { code: 8, message: MSG.rate };
    if (status === 503) return { code: 503, message: 'Service unavailable. Please try again later.' };
    if (status === 500) return { code: 500, message: 'Internal server error.' };
    return { code: status, message: `Simulated fault (${status}).` };
  }

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size > opts.maxBodyBytes) { reject(new ApiError(413, 413, 'Request body too large.')); req.resume(); return; }
        chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  function parseBody(buf, contentType) {
    if (!buf.length) return undefined;
    const ct = String(contentType || '').toLowerCase();
    if (ct.startsWith('application/x-www-form-urlencoded')) return parseQuery(new URLSearchParams(buf.toString('utf8')));
    if (ct.startsWith('multipart/')) return { multipart: true, bytes: buf.length };
    const text = buf.toString('utf8');
    try {
      return JSON.parse(text);
    } catch (e) {
      throw bad('Request body is not valid JSON.');
    }
  }

  function nextFault(isOAuth, isWrite) {
    // scripted faults first
    if (scripted.length) {
      const f = scripted[0];
      if (!isOAuth || f.includeOAuth) {
        scripted.shift();
        return { ...f, scripted: true };
      }
    }
    if (isOAuth && !sim.faults.includeOAuth) return null;
    const F = sim.faults;
    const r = rngFaults();
    const rSlow = rngFaults();
    const rAfter = rngFaults();
    let status = 0;
    if (r < F.rate429) status = 429;
    else if (r < F.rate429 + F.rate500) status = 500;
    else if (r < F.rate429 + F.rate500 + F.rate503) status = 503;
    const slowMs = rSlow < F.slowRate ? F.slowMs : 0;
    if (status) {
      const headers = status === 429 || status === 503 ? { 'retry-after': String(F.retryAfterSeconds) } : {};
      return { status, headers, slowMs };
    }
    if (isWrite && rAfter < F.rate500AfterWrite) return { status: 500, afterWrite: true, slowMs };
    if (slowMs) return { status: 0, slowMs };
    return null;
  }

  async function handleApi(req, res, entry, apiPath) {
    const method = req.method;
    const isOAuth = apiPath === '/oauth/token';
    let body;
    try {
      body = parseBody(await readBody(req), req.headers['content-type']);
      entry.body = body;
    } catch (e) {
      entry.body = undefined;
      const err = e instanceof ApiError ? e : bad(String(e.message || e));
      sendJson(res, entry, err.status, { code: err.code, message: err.message });
      return;
    }
    const isWrite = method !== 'GET' && method !== 'HEAD';
    const fault = nextFault(isOAuth, isWrite);
    if (fault && fault.slowMs) await sleep(fault.slowMs);
    if (fault && fault.status && !fault.afterWrite) {
      sim.stats.faulted += 1;
      sendJson(res, entry, fault.status, fault.body || faultBody(fault.status), fault.headers || {});
      return;
    }
    for (const ext of extensions) {
      const handled = ext.handle(method, apiPath, entry.query, req.headers, body, (headers) => checkBearer(headers));
      if (handled) {
        entry.operationId = handled.operationId || 'extension';
        if (fault && fault.afterWrite && handled.status < 300) {
          sim.stats.faulted += 1;
          sendJson(res, entry, fault.status, fault.body || faultBody(fault.status), fault.headers || {});
          return;
        }
        sendJson(res, entry, handled.status, handled.body, handled.headers || {});
        return;
      }
    }
    const match = matchRoute(apiPath);
    let result;
    try {
      if (!match) throw new ApiError(404, 404, 'Not found');
      const opId = match.route.methods[method];
      if (!opId) throw new ApiError(405, 5, 'Method not allowed', { allow: Object.keys(match.route.methods).join(', ') });
      entry.operationId = opId;
      const ctx = { method, query: entry.query, headers: req.headers, body, params: match.params };
      if (opId === 'oauth/token') result = oauthToken(ctx);
      else {
        checkBearer(req.headers);
        result = handlers[opId](ctx);
      }
    } catch (e) {
      if (!(e instanceof ApiError)) {
        sendJson(res, entry, 500, { code: 500, message: `Simulator error: ${e && e.message}` });
        return;
      }
      result = { status: e.status, body: { code: e.code, message: e.message }, headers: e.headers };
    }
    if (fault && fault.afterWrite && result.status < 300) {
      sim.stats.faulted += 1;
      sendJson(res, entry, fault.status, fault.body || faultBody(fault.status), fault.headers || {});
      return;
    }
    sendJson(res, entry, result.status, result.body, result.headers || {});
  }

  function handleUpload(req, res, entry, mediaId) {
    const auth = req.headers.authorization;
    const m = sim.state.media[mediaId];
    const ctype = String(req.headers['content-type'] || '');
    const bm = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(ctype);
    const finish = (status, problem, rec) => {
      if (rec) entry.body = { fields: rec.fields, fileBytes: rec.fileBytes, sha256: rec.sha256, filename: rec.filename, fileWasLast: rec.fileWasLast };
      record(entry, status);
      if (status === 204) { res.writeHead(204); res.end(); return; }
      const xml = xmlError(status === 404 ? 'NoSuchUpload' : 'InvalidArgument', problem);
      res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml), connection: 'close' });
      res.end(xml);
    };
    if (req.method !== 'POST') { req.resume(); finish(405, 'Method not allowed; use POST.'); return; }
    if (!m) { req.resume(); req.on('end', () => finish(404, `Unknown media id ${mediaId}.`)); return; }
    if (!/^multipart\/form-data/i.test(ctype) || !bm) {
      req.resume();
      req.on('end', () => finish(400, 'Content-Type must be multipart/form-data with a boundary.'));
      return;
    }
    const rec = {
      fields: {}, fileBytes: 0, sha256: null, filename: null, contentType: null,
      authorizationHeaderSeen: auth !== undefined, fileWasLast: false, partNames: [], ok: false,
    };
    sim.uploads[mediaId] = rec;
    const problems = [];
    let current = null;
    let fileSeen = false;
    let hash = null;
    let failed = false;
    const parser = createMultipartParser(bm[1] || bm[2], {
      onPartBegin(headers) {
        const d = parseDisposition(headers['content-disposition']);
        const name = d.name;
        rec.partNames.push(name);
        if (fileSeen) rec.fileWasLast = false;
        if (name === 'file') {
          if (fileSeen) problems.push("More than one 'file' part.");
          fileSeen = true;
          rec.fileWasLast = true;
          rec.filename = d.filename === undefined ? null : d.filename;
          rec.contentType = headers['content-type'] || null;
          hash = crypto.createHash('sha256');
          current = { file: true };
        } else {
          current = { name, chunks: [], size: 0 };
        }
      },
      onPartData(data) {
        if (current.file) { rec.fileBytes += data.length; hash.update(data); return; }
        current.size += data.length;
        if (current.size <= 65536) current.chunks.push(Buffer.from(data));
        else if (!current.tooBig) { current.tooBig = true; problems.push(`Form field '${current.name}' is too large.`); }
      },
      onPartEnd() {
        if (current.file) rec.sha256 = hash.digest('hex');
        else if (current.name !== undefined) rec.fields[current.name] = Buffer.concat(current.chunks).toString('utf8');
        current = null;
      },
      onError(err) { failed = true; problems.push(err.message); },
    });
    req.on('data', (chunk) => parser.write(chunk));
    req.on('error', () => { failed = true; });
    req.on('aborted', () => { failed = true; });
    req.on('end', () => {
      parser.end();
      if (!failed) {
        for (const k of UPLOAD_PARAM_KEYS) {
          if (!(k in rec.fields)) problems.push(`Missing form field '${k}'.`);
          else if (rec.fields[k] !== m._params[k]) problems.push(`Form field '${k}' does not match the issued upload_parameters value.`);
        }
        if (!fileSeen) problems.push("Missing file part named 'file'.");
        else if (!rec.fileWasLast) problems.push("The 'file' part must be the last form field.");
      }
      if (problems.length || failed) { finish(400, problems.join(' ') || 'Upload failed.', rec); return; }
      rec.ok = true;
      m._uploaded = true;
      m._polls = 0;
      if (opts.mediaProcessingPolls <= 0) m.status = failMediaIds.has(mediaId) ? 'failed' : 'succeeded';
      else m.status = 'processing';
      finish(204, null, rec);
    });
  }

  function snapshot() {
    return JSON.parse(JSON.stringify({ state: sim.state, uploads: sim.uploads, stats: sim.stats }));
  }

  function handleSupport(req, res, path, query) {
    if (path === '/__log' && req.method === 'GET') { req.resume(); sendJson(res, null, 200, sim.requests); return true; }
    if (path === '/__state' && req.method === 'GET') { req.resume(); sendJson(res, null, 200, snapshot()); return true; }
    if (path === '/__reset' && req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        sim.reset();
        if (query.demo === '1' || query.demo === 'true') sim.seedDemo();
        sendJson(res, null, 204);
      });
      return true;
    }
    const img = /^\/__img\/[^/]+\.jpg$/.exec(path);
    if (img && req.method === 'GET') {
      req.resume();
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': TINY_JPEG.length });
      res.end(TINY_JPEG);
      return true;
    }
    return false;
  }

  function onRequest(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const query = parseQuery(url.searchParams);
    for (const ext of extensions) if (ext.serve && ext.serve(req, res, path)) return;
    if (path.startsWith('/__') && !path.startsWith('/__upload/')) {
      if (handleSupport(req, res, path, query)) return;
      req.resume();
      sendJson(res, null, 404, { code: 404, message: 'Not found' });
      return;
    }
    const entry = { method: req.method, path, query, headers: { ...req.headers }, body: undefined, status: undefined, time: new Date().toISOString() };
    if (sim.requests.length >= opts.logLimit) sim.requests.shift();
    sim.requests.push(entry);
    if (path.startsWith('/__upload/')) { handleUpload(req, res, entry, decodeURIComponent(path.slice('/__upload/'.length))); return; }
    if (path === '/v5' || path.startsWith('/v5/')) {
      handleApi(req, res, entry, path.slice(3) || '/').catch((e) => {
        if (!res.headersSent) sendJson(res, entry, 500, { code: 500, message: `Simulator error: ${e && e.message}` });
      });
      return;
    }
    req.resume();
    sendJson(res, entry, 404, { code: 404, message: 'Not found' });
  }

  // public API ---------------------------------------------------------------------------
  const sockets = new Set();
  Object.assign(sim, {
    /** Registers { handle(method, apiPath, query, headers, body, checkBearer), serve?(req, res, path), reset?() }. */
    extend(extension) {
      extensions.push(extension);
    },
    start(port = 0) {
      if (sim.server) return Promise.resolve({ url: sim.baseUrl });
      return new Promise((resolve, reject) => {
        const server = http.createServer(onRequest);
        server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          const p = server.address().port;
          sim.server = server;
          sim.port = p;
          sim.origin = `http://127.0.0.1:${p}`;
          sim.baseUrl = `${sim.origin}/v5`;
          resolve({ url: sim.baseUrl });
        });
      });
    },
    stop() {
      const server = sim.server;
      if (!server) return Promise.resolve();
      sim.server = null;
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
    },
    reset() { resetAll(); },
    setFaults(f = {}) { sim.faults = { ...DEFAULT_FAULTS, ...f }; return sim.faults; },
    failNext(n = 1, spec = {}) {
      const status = spec.status || 429;
      const headers = spec.headers || (status === 429 ? { 'retry-after': String(sim.faults.retryAfterSeconds) } : {});
      for (let i = 0; i < n; i++) {
        scripted.push({ status, headers, body: spec.body, includeOAuth: !!spec.includeOAuth, afterWrite: !!spec.afterWrite });
      }
    },
    issueTokens() {
      const access = randToken('pina_');
      const refresh = randToken('pinr_');
      addAccessToken(access, { refreshToken: refresh });
      addRefreshToken(refresh, access);
      return { access_token: access, refresh_token: refresh };
    },
    issueAuthCode(o = {}) {
      const code = randToken('code_', 24);
      tokens.codes.set(code, { redirectUri: o.redirectUri || o.redirect_uri });
      return code;
    },
    expireAccessToken(token) { const had = tokens.access.has(token); tokens.access.delete(token); return had; },
    expireRefreshToken(token) { const had = tokens.refresh.has(token); tokens.refresh.delete(token); return had; },
    isAccessTokenValid(token) { const t = tokens.access.get(token); return !!t && t.expiresAt > now(); },
    isRefreshTokenValid(token) { const t = tokens.refresh.get(token); return !!t && t.expiresAt > now(); },
    failMedia(id) {
      failMediaIds.add(String(id));
      const m = sim.state.media[id];
      if (m && m.status === 'succeeded') m.status = 'failed';
    },
    addBoard(spec = {}) { return renderBoard(insertBoard(spec)); },
    addSection(boardId, spec = {}) { return renderSection(insertSection(boardId, spec)); },
    addPin(spec = {}) { return renderPin(insertPin(spec)); },
    addFollower(username) { return renderUser(insertUser(sim.state.followers, username)); },
    removeFollower(username) {
      const u = Object.values(sim.state.followers).find((x) => x.username === username);
      if (u) delete sim.state.followers[u.id];
      return !!u;
    },
    addFollowing(username, o = {}) { return renderUser(insertUser(sim.state.following, username, { creator: !!o.creator, explicit: o.explicit !== false })); },
    addFollowingBoard(spec = {}) {
      const id = newId();
      const created_at = nextCreatedAt(spec.created_at);
      const b = {
        id, created_at, board_pins_modified_at: created_at, name: spec.name || 'Followed board', description: spec.description || null,
        privacy: 'PUBLIC', is_ads_only: false, collaborator_count: 0, follower_count: spec.follower_count || 100,
        pin_count: spec.pin_count || 20, owner_username: spec.owner || 'another_user', explicit: spec.explicit !== false, _foreign: true,
      };
      sim.state.followingBoards[id] = b;
      return renderBoard(b);
    },
    addInterest(spec = {}) {
      const id = newId();
      const name = spec.name || 'Interest';
      const key = (spec.key || name).toLowerCase();
      const i = { id, key, name, canonical_url: spec.canonical_url || key.replace(/\s+/g, '-'), created_at: nextCreatedAt(spec.created_at) };
      sim.state.interests[id] = i;
      return renderInterest(i);
    },
    addMedia(spec = {}) {
      const m = insertMedia(spec);
      if (spec.status) { m.status = spec.status; m._uploaded = spec.status !== 'registered'; }
      return renderMediaItem(m);
    },
    removePin(id) { return deletePin(id); },
    removeBoard(id) { return deleteBoard(id); },
    removeSection(id) { return deleteSection(id); },
    getPinView(id) { const p = sim.state.pins[id]; return p ? renderPin(p) : null; },
    getBoardView(id) { const b = sim.state.boards[id]; return b ? renderBoard(b) : null; },
    account() { return account(); },
    uploadParameters(mediaId) { const m = sim.state.media[mediaId]; return m ? { ...m._params } : null; },
    seed(spec = {}) {
      const out = { boards: [], pins: [], followers: [] };
      const nBoards = spec.boards || 0;
      for (let b = 0; b < nBoards; b++) {
        const board = insertBoard({ name: `Board ${b + 1}`, description: `Seeded board ${b + 1}` });
        out.boards.push(board.id);
        for (let s = 0; s < (spec.sectionsPerBoard || 0); s++) insertSection(board.id, { name: `Section ${s + 1}` });
        for (let p = 0; p < (spec.pinsPerBoard || 0); p++) {
          out.pins.push(insertPin({ board_id: board.id, title: `Pin ${b + 1}.${p + 1}`, description: `Seeded pin ${p + 1} on board ${b + 1}` }).id);
        }
      }
      for (let i = 0; i < (spec.followers || 0); i++) out.followers.push(insertUser(sim.state.followers, `follower_${String(i + 1).padStart(4, '0')}`).username);
      for (let i = 0; i < (spec.following || 0); i++) insertUser(sim.state.following, `followed_${String(i + 1).padStart(4, '0')}`, { creator: i % 3 === 0, explicit: i % 4 !== 3 });
      for (let i = 0; i < (spec.followingBoards || 0); i++) sim.addFollowingBoard({ name: `Followed board ${i + 1}` });
      for (let i = 0; i < (spec.interests || 0); i++) sim.addInterest({ name: `Interest ${i + 1}` });
      return out;
    },
    seedDemo() {
      const start = now() - 60 * 86400000;
      let t = 0;
      const at = () => new Date(start + (t++) * 3600000).toISOString();
      const topics = [
        ['Weeknight Recipes', 'Quick dinners and easy recipes', 'PUBLIC', ['pasta', 'curry', 'salad', 'tacos', 'soup', 'risotto']],
        ['Travel Ideas', 'Places to visit', 'PUBLIC', ['beach', 'mountain', 'city', 'island', 'desert', 'lake']],
        ['Home Decor', 'Cozy living rooms and kitchens', 'PUBLIC', ['sofa', 'lamp', 'rug', 'shelf', 'plant', 'mirror']],
        ['Gift Plans', 'Secret gift ideas', 'SECRET', ['watch', 'scarf', 'book', 'candle', 'mug', 'puzzle']],
        ['Garden Projects', 'Vegetables, flowers and DIY', 'PUBLIC', ['tomato', 'rose', 'herb', 'compost', 'trellis', 'tulip']],
      ];
      const boards = topics.map(([name, description, privacy]) => insertBoard({ name, description, privacy, created_at: at() }));
      const travel = boards[1];
      const sections = [insertSection(travel.id, { name: 'Europe', created_at: at() }), insertSection(travel.id, { name: 'Asia', created_at: at() })];
      let n = 0;
      for (let round = 0; round < 12; round++) {
        boards.forEach((b, bi) => {
          const words = topics[bi][3];
          const w = words[round % words.length];
          n += 1;
          insertPin({
            board_id: b.id,
            board_section_id: bi === 1 && round % 3 !== 2 ? sections[round % 3].id : null,
            title: `${w.charAt(0).toUpperCase()}${w.slice(1)} idea ${round + 1}`,
            description: `A ${w} pin for ${topics[bi][0].toLowerCase()} (#${n}).`,
            link: `https://example.com/${encodeURIComponent(w)}/${n}`,
            alt_text: `Picture of a ${w}`,
            image_url: `/__img/${n}.jpg`,
            created_at: at(),
          });
        });
      }
      for (let i = 1; i <= 30; i++) insertUser(sim.state.followers, `follower_${String(i).padStart(2, '0')}`, { created_at: at() });
      ['maker_studio', 'recipe_daily', 'travel_diaries', 'garden_guru', 'decor_digest', 'photo_pal', 'craft_corner', 'style_notes']
        .forEach((u, i) => insertUser(sim.state.following, u, { creator: i % 2 === 0, explicit: i !== 5, created_at: at() }));
      ['Street food', 'Minimalist homes', 'Alpine hikes'].forEach((name, i) => {
        sim.addFollowingBoard({ name, owner: ['recipe_daily', 'decor_digest', 'travel_diaries'][i], created_at: at() });
      });
      ['Home decor', 'Food and drinks', 'Travel', 'Gardening', 'DIY and crafts'].forEach((name) => sim.addInterest({ name, created_at: at() }));
      return { boards: boards.map((b) => b.id), sections: sections.map((s) => s.id) };
    },
  });

  resetAll();
  return sim;
}

module.exports = { createSimulator, OPERATIONS, createMultipartParser, TINY_JPEG };
