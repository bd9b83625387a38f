'use strict';
/*
 * Catalogs and feeds of the ads extension (routes/ads.js): catalogs (list, create), feeds (list,
 * create, get, update, delete, ingest) and their processing results. Product groups are in
 * routes/adsProductGroups.js. Each route is [method, path regex, handler, scopes]; a handler
 * returns the 200 body, or ctx.reply(status, body) for another status.
 *
 * Processing: a new feed and every ingestion start a run that is PROCESSING until it has been
 * read `feedProcessingPolls` times (2) through processing_results, then COMPLETED; a feed whose
 * location has a path under /unreachable/ ends FAILED with a FETCH_ERROR.
 */

const CATALOG_TYPES = ['RETAIL', 'HOTEL', 'CREATIVE_ASSETS'];
const FORMATS = ['CSV', 'TSV', 'XML'];
const AVAILABILITIES = ['IN_STOCK', 'OUT_OF_STOCK', 'PREORDER'];
const STATUSES = ['ACTIVE', 'INACTIVE'];
const LOCATION_RE = /^(http|https|ftp|sftp):\/\//;
const TIME_RE = /^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/;
const FEED_NOT_FOUND = 'Sorry! We could not find your catalogs feed.';

// The fields each feed body may have (the spec's create and update request schemas).
const COMMON = ['catalog_type', 'credentials', 'default_currency', 'format', 'location', 'name'];
const WRITABLE = [...COMMON, 'preferred_processing_schedule', 'status'];
const UPDATE_FIELDS = {
	RETAIL: [...WRITABLE, 'default_availability'],
	HOTEL: WRITABLE,
	CREATIVE_ASSETS: WRITABLE,
};
const CREATE_FIELDS = {
	RETAIL: [...UPDATE_FIELDS.RETAIL, 'catalog_id', 'default_country', 'default_locale'],
	HOTEL: [...WRITABLE, 'catalog_id', 'default_locale'],
	CREATIVE_ASSETS: [...WRITABLE, 'catalog_id', 'default_country', 'default_locale'],
};

function createCatalogRoutes(ctx) {
	const { bad, fail, id, page, reply, opts } = ctx;
	const state = () => ctx.state();
	// Deleted feeds stay in their (append-only) collection, so bookmarks keep their positions.
	const feeds = () => state().feeds.filter((f) => !state().deleted.has(f.id));
	const polls = opts.feedProcessingPolls === undefined ? 2 : opts.feedProcessingPolls;
	const now = () => new Date().toISOString();

	function objectBody(body) {
		if (!body || typeof body !== 'object' || Array.isArray(body)) {
			throw bad('The request body must be a JSON object.');
		}
		return body;
	}
	function feedOf(feedId) {
		const feed = feeds().find((f) => f.id === feedId);
		if (!feed) throw fail(404, 4161, FEED_NOT_FOUND);
		return feed;
	}
	function oneOf(body, field, allowed, { nullable = false } = {}) {
		if (!(field in body)) return;
		if (nullable && body[field] === null) return;
		if (!allowed.includes(body[field])) throw bad(`Invalid ${field} '${body[field]}'.`);
	}
	function pattern(body, field, re, { nullable = false } = {}) {
		if (!(field in body)) return;
		if (nullable && body[field] === null) return;
		if (typeof body[field] !== 'string' || !re.test(body[field]))
			throw bad(`Invalid ${field} '${body[field]}'.`);
	}

	/** The checks both create and update make, after the allowed fields are known. */
	function checkFeedBody(body, allowed) {
		const extra = Object.keys(body).find((k) => !allowed.includes(k));
		if (extra) throw bad(`Unknown or unsupported field '${extra}' for this catalog type.`);
		if ('name' in body && (typeof body.name !== 'string' || body.name.trim() === ''))
			throw bad("Field 'name' must be a non-empty string.");
		oneOf(body, 'format', FORMATS);
		pattern(body, 'location', LOCATION_RE);
		oneOf(body, 'status', STATUSES);
		oneOf(body, 'default_availability', AVAILABILITIES, { nullable: true });
		pattern(body, 'default_currency', /^[A-Z]{3}$/, { nullable: true });
		pattern(body, 'default_country', /^[A-Z]{2}$/);
		pattern(body, 'catalog_id', /^\d+$/);
		pattern(body, 'default_locale', /^[a-z]{2}(-[A-Z0-9]{2,3})?$/);
		const credentials = body.credentials;
		if (credentials !== undefined && credentials !== null) {
			if (typeof credentials.username !== 'string' || typeof credentials.password !== 'string')
				throw bad("Field 'credentials' needs a username and a password.");
		}
		const schedule = body.preferred_processing_schedule;
		if (schedule !== undefined && schedule !== null) {
			if (!TIME_RE.test(String(schedule.time)) || typeof schedule.timezone !== 'string')
				throw bad("Field 'preferred_processing_schedule' needs a time HH:MM and a timezone.");
		}
	}
	function uniqueName(name, except) {
		if (feeds().some((f) => f !== except && f.name === name))
			throw fail(422, 4170, 'The feed name already exists.');
	}

	/** A processing run of a feed (the record behind processing_results and ingest). */
	function startRun(feed) {
		const at = now();
		const run = { id: id(), feed_id: feed.id, created_at: at, updated_at: at };
		run.status = 'PROCESSING';
		run.reads = 0;
		state().processingRuns.push(run);
		return run;
	}
	function advance(run) {
		if (run.status !== 'PROCESSING') return;
		run.reads += 1;
		if (run.reads < polls) return;
		const feed = state().feeds.find((f) => f.id === run.feed_id);
		const unreachable = feed && /^[a-z]+:\/\/[^/]+\/unreachable\//.test(feed.location);
		run.status = unreachable ? 'FAILED' : 'COMPLETED';
		run.updated_at = now();
	}
	function renderRun(run) {
		const done = run.status === 'COMPLETED';
		const products = done ? 12 : 0;
		return {
			id: run.id,
			created_at: run.created_at,
			updated_at: run.updated_at,
			status: run.status,
			ingestion_details: { errors: {}, info: done ? { IN_STOCK: products } : {}, warnings: {} },
			validation_details: {
				errors: run.status === 'FAILED' ? { FETCH_ERROR: 1 } : {},
				warnings: {},
			},
			product_counts:
				run.status === 'PROCESSING' ? null : { original: products, ingested: products },
		};
	}

	function createFeed(c) {
		const body = objectBody(c.body);
		const type = body.catalog_type === undefined ? 'RETAIL' : body.catalog_type;
		oneOf(body, 'catalog_type', CATALOG_TYPES);
		checkFeedBody(body, CREATE_FIELDS[type]);
		for (const field of ['name', 'format', 'location'])
			if (!(field in body)) throw bad(`Missing required field '${field}'.`);
		const needsCountry = type !== 'HOTEL';
		if ((needsCountry && !body.default_country) || !body.default_locale)
			throw fail(501, 4181, 'Not implemented at the moment. Please, see documentation');
		uniqueName(body.name);
		let catalog = body.catalog_id
			? state().catalogs.find((x) => x.id === body.catalog_id)
			: state().catalogs.find((x) => x.catalog_type === type);
		if (!catalog && body.catalog_id) throw bad(`Catalog ${body.catalog_id} not found.`);
		if (!catalog) catalog = ctx.addCatalogRecord({ name: 'Catalog', catalog_type: type });
		const at = now();
		const feed = {
			id: id(),
			created_at: at,
			updated_at: at,
			catalog_id: catalog.id,
			catalog_type: type,
			name: body.name,
			format: body.format,
			status: body.status || 'ACTIVE',
			location: body.location,
			credentials: body.credentials || null,
			default_currency: body.default_currency === undefined ? null : body.default_currency,
			default_locale: body.default_locale,
			preferred_processing_schedule: body.preferred_processing_schedule || null,
		};
		if (type === 'RETAIL') feed.default_availability = body.default_availability || null;
		if (needsCountry) feed.default_country = body.default_country;
		state().feeds.push(feed);
		startRun(feed);
		return reply(201, feed);
	}

	function updateFeed(c, feedId) {
		const feed = feedOf(feedId);
		const body = objectBody(c.body);
		if (body.catalog_type !== undefined && body.catalog_type !== feed.catalog_type)
			throw bad(`catalog_type '${body.catalog_type}' is not the type of feed ${feedId}.`);
		if (body.catalog_type === undefined && feed.catalog_type !== 'RETAIL')
			throw bad("Field 'catalog_type' is required for this feed.");
		checkFeedBody(body, UPDATE_FIELDS[feed.catalog_type]);
		const changes = Object.keys(body).filter((k) => k !== 'catalog_type');
		if (changes.length === 0) throw bad('Nothing to update.');
		if (body.name !== undefined) uniqueName(body.name, feed);
		for (const field of changes) feed[field] = body[field];
		feed.updated_at = now();
		return feed;
	}

	return [
		[
			'GET',
			/^\/catalogs$/,
			(c) => page(c.query, 'catalogs', state().catalogs, state().catalogs),
			['catalogs:read'],
		],
		[
			'POST',
			/^\/catalogs$/,
			(c) => {
				const body = objectBody(c.body);
				const extra = Object.keys(body).find((k) => k !== 'name' && k !== 'catalog_type');
				if (extra) throw bad(`Unknown field '${extra}'.`);
				if (typeof body.name !== 'string' || body.name.trim() === '')
					throw bad("Field 'name' must be a non-empty string.");
				if (!CATALOG_TYPES.includes(body.catalog_type))
					throw bad(`Invalid catalog_type '${body.catalog_type}'.`);
				const at = now();
				const fields = { name: body.name, catalog_type: body.catalog_type };
				return ctx.addCatalogRecord({ ...fields, created_at: at, updated_at: at });
			},
			['catalogs:write'],
		],
		[
			'GET',
			/^\/catalogs\/feeds$/,
			(c) => {
				const { catalog_id: catalogId } = c.query;
				const listed = feeds().filter((f) => !catalogId || f.catalog_id === catalogId);
				return page(c.query, 'feeds', state().feeds, listed);
			},
			['catalogs:read'],
		],
		['POST', /^\/catalogs\/feeds$/, createFeed, ['catalogs:read', 'catalogs:write']],
		['GET', /^\/catalogs\/feeds\/(\d+)$/, (c, [f]) => feedOf(f), ['catalogs:read']],
		[
			'PATCH',
			/^\/catalogs\/feeds\/(\d+)$/,
			(c, [f]) => updateFeed(c, f),
			['catalogs:read', 'catalogs:write'],
		],
		[
			'DELETE',
			/^\/catalogs\/feeds\/(\d+)$/,
			(c, [f]) => {
				const feed = feedOf(f);
				const { deleted, productGroups } = state();
				deleted.add(feed.id);
				for (const group of productGroups) if (group.feed_id === feed.id) deleted.add(group.id);
				return reply(204, undefined);
			},
			['catalogs:read', 'catalogs:write'],
		],
		[
			'POST',
			/^\/catalogs\/feeds\/(\d+)\/ingest$/,
			(c, [f]) => {
				const run = startRun(feedOf(f));
				const ingestion = {
					id: run.id,
					feed_id: f,
					created_at: run.created_at,
					status: run.status,
				};
				state().ingestions.push(ingestion);
				return ingestion;
			},
			['catalogs:write'],
		],
		[
			'GET',
			/^\/catalogs\/feeds\/(\d+)\/processing_results$/,
			(c, [f]) => {
				feedOf(f);
				const all = state().processingRuns;
				const runs = all.filter((r) => r.feed_id === f);
				const listed = page(c.query, `processing:${f}`, all, [...runs].reverse(), {
					descending: true,
				});
				for (const run of runs) advance(run);
				return { ...listed, items: listed.items.map((item) => renderRun(item)) };
			},
			['catalogs:read'],
		],
	];
}

module.exports = { createCatalogRoutes };
