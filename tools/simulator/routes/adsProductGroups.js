'use strict';
/*
 * Product groups of the ads extension (routes/ads.js): list, create, get, update, delete of
 * feed-based product groups (retail feeds). Routes as in routes/adsCatalogs.js:
 * [method, path regex, handler, scopes].
 *
 * Filters are checked for their shape: { all_of | any_of: [ { KEY: { ... } }, ... ] } with at
 * least one entry, each entry one upper-case key holding an object (else 400 code 4183). A
 * second group with the same name (4179) or the same filters (4178) in a feed is refused with 409.
 */

const NOT_FOUND = 'Sorry! We could not find your catalogs product group.';
const FILTERS_INVALID =
	'Catalog product group filters failed validation, please ensure all filters are set correctly.';
const FIELDS = ['name', 'description', 'filters', 'is_featured'];

function createProductGroupRoutes(ctx) {
	const { bad, fail, id, page, reply } = ctx;
	const state = () => ctx.state();
	const seconds = () => Math.floor(Date.now() / 1000);
	// Deleted groups stay in their (append-only) collection, so bookmarks keep their positions.
	const groups = () => state().productGroups.filter((g) => !state().deleted.has(g.id));

	function groupOf(groupId) {
		const group = groups().find((g) => g.id === groupId);
		if (!group) throw fail(404, 4180, NOT_FOUND);
		return group;
	}
	function checkFilters(filters) {
		const keys = filters && typeof filters === 'object' ? Object.keys(filters) : [];
		const list = keys.length === 1 ? filters[keys[0]] : undefined;
		const shaped =
			(keys[0] === 'all_of' || keys[0] === 'any_of') &&
			Array.isArray(list) &&
			list.length > 0 &&
			list.every((entry) => {
				const entryKeys = entry && typeof entry === 'object' ? Object.keys(entry) : [];
				return (
					entryKeys.length === 1 &&
					/^[A-Z][A-Z0-9_]*$/.test(entryKeys[0]) &&
					entry[entryKeys[0]] !== null &&
					typeof entry[entryKeys[0]] === 'object'
				);
			});
		if (!shaped) throw fail(400, 4183, FILTERS_INVALID);
	}
	function checkBody(body) {
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw bad('The request body must be a JSON object.');
		const extra = Object.keys(body).find((k) => !FIELDS.includes(k) && k !== 'feed_id');
		if (extra) throw bad(`Unknown field '${extra}'.`);
		if ('name' in body && (typeof body.name !== 'string' || body.name.trim() === ''))
			throw bad("Field 'name' must be a non-empty string.");
		if ('description' in body && body.description !== null && typeof body.description !== 'string')
			throw bad("Field 'description' must be a string.");
		if ('filters' in body) checkFilters(body.filters);
	}
	function unique(feedId, body, except) {
		const others = groups().filter((g) => g.feed_id === feedId && g !== except);
		if (body.name !== undefined && others.some((g) => g.name === body.name))
			throw fail(
				409,
				4179,
				'A catalogs product group with this name already exists for this feed.',
			);
		const filters = JSON.stringify(body.filters);
		if (body.filters !== undefined && others.some((g) => JSON.stringify(g.filters) === filters))
			throw fail(
				409,
				4178,
				'A catalogs product group with these filters already exists for this feed.',
			);
	}

	function create(c) {
		const body = c.body;
		checkBody(body);
		if ('feed_id' in body && (typeof body.feed_id !== 'string' || !/^\d+$/.test(body.feed_id)))
			throw bad(`'feed_id' value '${body.feed_id}' must match the pattern: ^\\d+$`);
		for (const field of ['name', 'filters', 'feed_id'])
			if (!(field in body)) throw bad(`Missing required field '${field}'.`);
		const feed = state().feeds.find((f) => f.id === body.feed_id && !state().deleted.has(f.id));
		if (!feed) throw fail(404, 4161, 'Sorry! We could not find your catalogs feed.');
		if (feed.catalog_type !== 'RETAIL')
			throw bad('Feed-based product groups are for retail feeds; use a catalog-based one.');
		unique(feed.id, body);
		const group = {
			id: id(),
			feed_id: feed.id,
			catalog_id: feed.catalog_id,
			catalog_type: 'RETAIL',
			name: body.name,
			description: body.description === undefined ? null : body.description,
			status: 'ACTIVE',
			type: 'MERCHANT_CREATED',
			filters: body.filters,
			created_at: seconds(),
			updated_at: seconds(),
		};
		state().productGroups.push(group);
		return reply(201, group);
	}

	function update(c, groupId) {
		const group = groupOf(groupId);
		const body = c.body;
		checkBody(body);
		if ('feed_id' in body) throw bad("Unknown field 'feed_id'.");
		if (Object.keys(body).length === 0) throw bad('Nothing to update.');
		if (group.type !== 'MERCHANT_CREATED')
			throw fail(409, 4177, 'You cannot alter an auto generated catalogs product group.');
		unique(group.feed_id, body, group);
		for (const field of Object.keys(body)) group[field] = body[field];
		group.updated_at = seconds();
		return group;
	}

	const byQuery = (c, items) =>
		items.filter(
			(g) =>
				(!c.query.feed_id || g.feed_id === c.query.feed_id) &&
				(!c.query.catalog_id || g.catalog_id === c.query.catalog_id),
		);
	const one = /^\/catalogs\/product_groups\/(\d+)$/;
	return [
		[
			'GET',
			/^\/catalogs\/product_groups$/,
			(c) => {
				// Realistic mode: recorded 409 code 4182 for an account without a catalog (REAL-API.md).
				if (ctx.realistic() && state().catalogs.length === 0) {
					throw fail(409, 4182, "Can't access this feature without an existing catalog");
				}
				return page(c.query, 'product_groups', state().productGroups, byQuery(c, groups()));
			},
			['catalogs:read'],
		],
		['POST', /^\/catalogs\/product_groups$/, create, ['catalogs:write']],
		['GET', one, (c, [g]) => groupOf(g), ['catalogs:read']],
		['PATCH', one, (c, [g]) => update(c, g), ['catalogs:write']],
		[
			'DELETE',
			one,
			(c, [g]) => {
				state().deleted.add(groupOf(g).id);
				return reply(204, undefined);
			},
			['catalogs:write'],
		],
	];
}

module.exports = { createProductGroupRoutes };
