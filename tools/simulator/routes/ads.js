'use strict';
/*
 * Advertising extension of the Pinterest simulator (test tool): ad accounts, campaigns,
 * ad groups, ads (list / get / PATCH status), async reports that are ready after N polls
 * with a downloadable CSV/JSON file, and catalogs, feeds, product groups, feed ingestion.
 *
 *   const { createSimulator } = require('./server');
 *   const { installAds } = require('./ads');
 *   const sim = createSimulator({ accessTokens: ['tok-1'] });
 *   const ads = installAds(sim, { accessTokens: ['tok-1'], reportPolls: 2 });
 *   await sim.start(0);
 *   ads.seed();                    // one ad account with campaigns, ad groups, ads, a catalog
 *
 * It registers through `sim.extend()`, so ads requests share the simulator's token check,
 * fault injection and request log; report files are served under /__ads_reports/.
 */
const zlib = require('zlib');


const ENTITY_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT', 'DELETED_DRAFT'];

class AdsError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function list(value) {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function paginate(query, items) {
  const size = query.page_size === undefined ? 25 : Number(query.page_size);
  if (!Number.isInteger(size) || size < 1 || size > 250) throw new AdsError(400, 1, 'page_size must be 1..250');
  let start = 0;
  if (query.bookmark) {
    start = Number(Buffer.from(String(query.bookmark), 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw new AdsError(400, 1, 'Invalid bookmark');
  }
  const page = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(String(start + size)).toString('base64url') : null;
  return { items: page, bookmark: next };
}

function createAdsState() {
  return { adAccounts: [], campaigns: [], adGroups: [], ads: [], reports: {}, catalogs: [], feeds: [], productGroups: [], ingestions: [] };
}

function installAds(sim, options = {}) {
  const opts = { accessTokens: ['tok-1'], reportPolls: 2, reportRows: null, ...options };
  let state = createAdsState();
  let nextId = 700000000000000000n; // 18 digits: ad account IDs have maxLength 18
  const id = () => String((nextId += 1n));
  const counters = { reportPolls: 0, downloads: 0 };

  function account(accountId) {
    const found = state.adAccounts.find((a) => a.id === accountId);
    if (!found) throw new AdsError(404, 2, 'Ad account not found.');
    return found;
  }
  function statusFilter(query) {
    const wanted = list(query.entity_statuses);
    for (const s of wanted) if (!ENTITY_STATUSES.includes(s)) throw new AdsError(400, 1, `Invalid entity_statuses ${s}`);
    return wanted.length ? wanted : ['ACTIVE', 'PAUSED'];
  }
  function entityList(collection, accountId, query, idFilters) {
    const statuses = statusFilter(query);
    const used = idFilters.filter(([q]) => query[q] !== undefined);
    if (used.length > 1) throw new AdsError(400, 1, 'Provide only one kind of ID filter.');
    let items = state[collection].filter((e) => e.ad_account_id === accountId && statuses.includes(e.status));
    for (const [q, field] of used) {
      const ids = list(query[q]);
      items = items.filter((e) => ids.includes(e[field]));
    }
    if (query.order === 'DESCENDING') items = [...items].reverse();
    return paginate(query, items);
  }
  function entityGet(collection, accountId, entityId, label) {
    const found = state[collection].find((e) => e.ad_account_id === accountId && e.id === entityId);
    if (!found) throw new AdsError(404, 2, `${label} not found.`);
    return found;
  }
  function entityPatch(collection, accountId, body, needsAccount) {
    if (!Array.isArray(body) || body.length < 1 || body.length > 30) throw new AdsError(400, 1, 'Body must be an array of 1..30 objects.');
    // The spec types `exceptions` as an array for campaigns and ad groups but as one object for ads.
    const shape = (item) => (collection === 'ads'
      ? { data: item.data, exceptions: item.exceptions.length ? item.exceptions[0] : {} }
      : item);
    return {
      items: body.map((patch) => shape(((patch) => {
        if (!patch || typeof patch.id !== 'string') return { data: null, exceptions: [{ code: 1, message: 'id is required.' }] };
        if (needsAccount && patch.ad_account_id !== accountId) return { data: null, exceptions: [{ code: 1, message: 'ad_account_id is required.' }] };
        const found = state[collection].find((e) => e.ad_account_id === accountId && e.id === patch.id);
        if (!found) return { data: null, exceptions: [{ code: 2, message: 'Not found.' }] };
        if (patch.status !== undefined) {
          if (!ENTITY_STATUSES.includes(patch.status)) return { data: null, exceptions: [{ code: 1, message: `Invalid status ${patch.status}` }] };
          if (found.status === 'ARCHIVED' && patch.status !== 'ARCHIVED') return { data: null, exceptions: [{ code: 4, message: 'Archived objects cannot be changed.' }] };
          found.status = patch.status;
        }
        found.updated_time = Math.floor(Date.now() / 1000);
        return { data: { ...found }, exceptions: [] };
      })(patch))),
    };
  }

  function reportFile(report) {
    const rows = opts.reportRows || state.campaigns
      .filter((c) => c.ad_account_id === report.accountId)
      .map((c, i) => ({ CAMPAIGN_ID: c.id, CAMPAIGN_NAME: c.name, DATE: report.body.start_date, SPEND_IN_DOLLAR: 10 + i, PAID_IMPRESSION: 1000 * (i + 1) }));
    if (report.body.report_format === 'JSON') {
      const byId = {};
      for (const row of rows) (byId[row.CAMPAIGN_ID] = byId[row.CAMPAIGN_ID] || []).push(row);
      return { type: 'application/json', data: JSON.stringify(byId) };
    }
    const columns = rows.length ? Object.keys(rows[0]) : ['CAMPAIGN_ID'];
    const cell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    return { type: 'text/csv', data: [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n' };
  }

  /** The file as downloaded: gzip-compressed bytes with reportGzip (Pinterest may send either; 'corrupt' cuts it off). */
  function servedReportFile(report) {
    const file = reportFile(report);
    if (!opts.reportGzip) return file;
    const gz = zlib.gzipSync(Buffer.from(file.data, 'utf8'));
    return { type: 'application/octet-stream', data: opts.reportGzip === 'corrupt' ? gz.subarray(0, gz.length - 12) : gz };
  }

  const routes = [
    ['GET', /^\/ad_accounts$/, (c) => paginate(c.query, state.adAccounts)],
    ['GET', /^\/ad_accounts\/(\d+)$/, (c, [a]) => account(a)],
    ['GET', /^\/ad_accounts\/(\d+)\/campaigns$/, (c, [a]) => (account(a), entityList('campaigns', a, c.query, [['campaign_ids', 'id']]))],
    ['PATCH', /^\/ad_accounts\/(\d+)\/campaigns$/, (c, [a]) => (account(a), entityPatch('campaigns', a, c.body, true))],
    ['GET', /^\/ad_accounts\/(\d+)\/campaigns\/(\d+)$/, (c, [a, e]) => entityGet('campaigns', a, e, 'Campaign')],
    ['GET', /^\/ad_accounts\/(\d+)\/ad_groups$/, (c, [a]) => (account(a), entityList('adGroups', a, c.query, [['campaign_ids', 'campaign_id'], ['ad_group_ids', 'id']]))],
    ['PATCH', /^\/ad_accounts\/(\d+)\/ad_groups$/, (c, [a]) => (account(a), entityPatch('adGroups', a, c.body, false))],
    ['GET', /^\/ad_accounts\/(\d+)\/ad_groups\/(\d+)$/, (c, [a, e]) => entityGet('adGroups', a, e, 'Ad group')],
    ['GET', /^\/ad_accounts\/(\d+)\/ads$/, (c, [a]) => (account(a), entityList('ads', a, c.query, [['campaign_ids', 'campaign_id'], ['ad_group_ids', 'ad_group_id'], ['ad_ids', 'id']]))],
    ['PATCH', /^\/ad_accounts\/(\d+)\/ads$/, (c, [a]) => (account(a), entityPatch('ads', a, c.body, false))],
    ['GET', /^\/ad_accounts\/(\d+)\/ads\/(\d+)$/, (c, [a, e]) => entityGet('ads', a, e, 'Ad')],
    ['POST', /^\/ad_accounts\/(\d+)\/reports$/, (c, [a]) => {
      account(a);
      const b = c.body || {};
      for (const f of ['start_date', 'end_date', 'granularity', 'level', 'columns']) if (b[f] === undefined) throw new AdsError(400, 1, `${f} is required.`);
      if (Object.keys(c.query).length) throw new AdsError(400, 1, 'This endpoint does not support URL query parameters.');
      const token = `rpt-${id()}`;
      state.reports[token] = { accountId: a, body: b, polls: 0 };
      return { report_status: 'IN_PROGRESS', token, message: null };
    }],
    ['GET', /^\/ad_accounts\/(\d+)\/reports$/, (c, [a]) => {
      account(a);
      const report = state.reports[c.query.token];
      if (!report || report.accountId !== a) return { report_status: 'DOES_NOT_EXIST', url: null, size: null };
      report.polls += 1;
      counters.reportPolls += 1;
      if (report.polls < opts.reportPolls) return { report_status: 'IN_PROGRESS', url: null, size: null };
      const file = servedReportFile(report);
      return { report_status: 'FINISHED', url: `${sim.origin}/__ads_reports/${c.query.token}`, size: Buffer.byteLength(file.data) };
    }],
    ['GET', /^\/catalogs$/, (c) => paginate(c.query, state.catalogs)],
    ['GET', /^\/catalogs\/feeds$/, (c) => paginate(c.query, state.feeds.filter((f) => !c.query.catalog_id || f.catalog_id === c.query.catalog_id))],
    ['POST', /^\/catalogs\/feeds\/(\d+)\/ingest$/, (c, [f]) => {
      if (!state.feeds.find((x) => x.id === f)) throw new AdsError(404, 4161, 'Catalogs feed not found.');
      const ingestion = { id: id(), feed_id: f, created_at: new Date().toISOString(), status: 'PROCESSING' };
      state.ingestions.push(ingestion);
      return ingestion;
    }],
    ['GET', /^\/catalogs\/product_groups$/, (c) => paginate(c.query, state.productGroups.filter((g) => !c.query.feed_id || g.feed_id === c.query.feed_id))],
  ];

  // The simulator's own token check when it passes one (OAuth-issued tokens too).
  function authorized(headers, checkBearer) {
    if (checkBearer) {
      try {
        checkBearer(headers);
        return true;
      } catch {
        return false;
      }
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization || ''));
    return !!m && opts.accessTokens.includes(m[1]);
  }

  /** Answers an ads request, or returns null when the path is not ours. */
  function handle(method, apiPath, query, headers, body, checkBearer) {
    for (const [m, re, fn] of routes) {
      const match = re.exec(apiPath);
      if (!match || m !== method) continue;
      if (!authorized(headers, checkBearer)) return { status: 401, body: { code: 2, message: 'Authentication failed.' } };
      try {
        return { status: 200, body: fn({ query, headers, body }, match.slice(1)) };
      } catch (e) {
        if (e instanceof AdsError) return { status: e.status, body: { code: e.code, message: e.message } };
        return { status: 500, body: { code: 500, message: `Simulator error: ${e.message}` } };
      }
    }
    return null;
  }



  /** Serves report files (the download URL Pinterest hands out); true when it answered. */
  function serve(req, res, pathname) {
    const reportMatch = /^\/__ads_reports\/(rpt-\d+)$/.exec(pathname);
    if (!reportMatch || req.method !== 'GET') return false;
    req.resume();
    const report = state.reports[reportMatch[1]];
    if (!report) { res.writeHead(404); res.end(); return true; }
    counters.downloads += 1;
    const file = servedReportFile(report);
    res.writeHead(200, { 'content-type': file.type, 'x-saw-authorization': req.headers.authorization ? 'yes' : 'no' });
    res.end(file.data);
    report.downloadAuthorization = req.headers.authorization || null;
    return true;
  }

  sim.extend({ handle, serve, reset: () => { state = createAdsState(); } });

  const ads = {
    get state() { return state; },
    counters,
    reset() { state = createAdsState(); counters.reportPolls = 0; counters.downloads = 0; },
    addAdAccount(spec = {}) {
      const a = { id: id(), name: 'Ad account', currency: 'USD', country: 'US', owner: { username: 'demo_user' }, permissions: ['OWNER'], created_time: 1700000000, updated_time: 1700000000, ...spec };
      state.adAccounts.push(a);
      return a;
    },
    addCampaign(accountId, spec = {}) {
      const c = { id: id(), ad_account_id: accountId, name: 'Campaign', status: 'ACTIVE', objective_type: 'AWARENESS', created_time: 1700000000, updated_time: 1700000000, type: 'campaign', ...spec };
      state.campaigns.push(c);
      return c;
    },
    addAdGroup(accountId, campaignId, spec = {}) {
      const g = { id: id(), ad_account_id: accountId, campaign_id: campaignId, name: 'Ad group', status: 'ACTIVE', type: 'adgroup', ...spec };
      state.adGroups.push(g);
      return g;
    },
    addAd(accountId, adGroupId, spec = {}) {
      const group = state.adGroups.find((g) => g.id === adGroupId);
      const a = { id: id(), ad_account_id: accountId, ad_group_id: adGroupId, campaign_id: group && group.campaign_id, name: 'Ad', status: 'ACTIVE', type: 'pinpromotion', ...spec };
      state.ads.push(a);
      return a;
    },
    addCatalog(spec = {}) {
      const c = { id: id(), name: 'Catalog', catalog_type: 'RETAIL', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z', ...spec };
      state.catalogs.push(c);
      const feed = {
        id: id(), created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z', catalog_id: c.id, catalog_type: 'RETAIL',
        name: `${c.name} feed`, format: 'CSV', status: 'ACTIVE', location: 'https://example.com/feed.csv', credentials: null,
        default_availability: null, default_country: 'US', default_currency: 'USD', default_locale: 'en-US', preferred_processing_schedule: null,
      };
      state.feeds.push(feed);
      const group = {
        id: id(), feed_id: feed.id, catalog_id: c.id, catalog_type: 'RETAIL', name: 'All products', status: 'ACTIVE', type: 'MERCHANT_CREATED',
        filters: { any_of: [{ MIN_PRICE: { values: 0 } }] }, created_at: 1704067200, updated_at: 1704067200,
      };
      state.productGroups.push(group);
      return { catalog: c, feed, productGroup: group };
    },
    seed() {
      const account = ads.addAdAccount({ name: 'Demo shop' });
      const spring = ads.addCampaign(account.id, { name: 'Spring sale' });
      const fall = ads.addCampaign(account.id, { name: 'Fall sale', status: 'PAUSED' });
      ads.addCampaign(account.id, { name: 'Old', status: 'ARCHIVED' });
      const group = ads.addAdGroup(account.id, spring.id, { name: 'Shoes' });
      ads.addAdGroup(account.id, fall.id, { name: 'Coats' });
      const ad = ads.addAd(account.id, group.id, { name: 'Red shoe' });
      const catalog = ads.addCatalog({ name: 'Shop' });
      return { account, campaigns: [spring, fall], adGroup: group, ad, ...catalog };
    },
  };
  return ads;
}

module.exports = { installAds };
