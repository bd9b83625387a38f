'use strict';
/*
 * Sync analytics of the ads extension (realistic mode only; routes/ads.js adds these routes when
 * `sim.realistic`): GET /ad_accounts/<id>/analytics and the campaign, ad group and ad analytics.
 * The live API answered `[]` for an account, a campaign and an ad group that had spent nothing
 * (REAL-API.md, "Ads"): here an entity has rows only while it is ACTIVE (for the account: while
 * one of its campaigns is), and never on the `newAccount` account. A row carries the entity's id
 * column (AD_ACCOUNT_ID, CAMPAIGN_ID, ...), DATE unless granularity is TOTAL, and the columns asked
 * for, with numbers derived from the ids and dates.
 */
const { addDays, fnv1a, validDate } = require('../util');

const GRANULARITIES = ['TOTAL', 'DAY', 'HOUR', 'WEEK', 'MONTH'];

// [path under the account, the id query parameter, the collection, the id column]
const LEVELS = [
	['/analytics', null, null, 'AD_ACCOUNT_ID'],
	['/campaigns/analytics', 'campaign_ids', 'campaigns', 'CAMPAIGN_ID'],
	['/ad_groups/analytics', 'ad_group_ids', 'adGroups', 'AD_GROUP_ID'],
	['/ads/analytics', 'ad_ids', 'ads', 'AD_ID'],
];

function createAdsAnalytics({ state, account, bad, at, read, newAccount }) {
	const one = (query, name) => (Array.isArray(query[name]) ? query[name][0] : query[name]);
	const commaList = (query, name) =>
		[]
			.concat(query[name] === undefined ? [] : query[name])
			.flatMap((v) => String(v).split(','))
			.map((v) => v.trim())
			.filter(Boolean);

	function window(query) {
		const start = one(query, 'start_date');
		const end = one(query, 'end_date');
		for (const [name, value] of [
			['start_date', start],
			['end_date', end],
		]) {
			if (value === undefined || value === '') throw bad(`${name} is required.`);
			if (!validDate(value)) throw bad(`${name} must be a date YYYY-MM-DD (was ${value}).`);
		}
		if (end < start) throw bad('end_date cannot be before start_date.');
		const dates = [];
		for (let d = start; d <= end && dates.length < 400; d = addDays(d, 1)) dates.push(d);
		return dates;
	}

	function rows(entities, idColumn, query) {
		const dates = window(query);
		const columns = commaList(query, 'columns');
		if (!columns.length) throw bad('columns is required.');
		const granularity = one(query, 'granularity');
		if (!GRANULARITIES.includes(granularity)) {
			throw bad(`granularity must be one of ${GRANULARITIES.join(', ')}.`);
		}
		const out = [];
		for (const entity of entities) {
			const periods = granularity === 'TOTAL' ? [null] : dates;
			for (const date of periods) {
				const row = { [idColumn]: entity.id };
				if (date) row.DATE = date;
				for (const column of columns) {
					if (column === idColumn) continue;
					if (column.endsWith('_NAME')) row[column] = entity.name;
					else if (column.endsWith('_ID')) row[column] = entity[column.toLowerCase()] || entity.id;
					else {
						const days = date ? [date] : dates;
						row[column] = days.reduce(
							(sum, d) => sum + (fnv1a(`${entity.id}|${d}|${column}`) % 1000),
							0,
						);
					}
				}
				out.push(row);
			}
		}
		return out;
	}

	return LEVELS.map(([path, idParam, collection, idColumn]) => [
		'GET',
		at(path),
		(c, [accountId]) => {
			const acc = account(accountId);
			let entities;
			if (!collection) {
				const active = state().campaigns.some(
					(x) => x.ad_account_id === accountId && x.status === 'ACTIVE',
				);
				entities = active ? [acc] : [];
			} else {
				const ids = commaList(c.query, idParam);
				if (!ids.length) throw bad(`${idParam} is required.`);
				if (ids.length > 250) throw bad(`${idParam} accepts at most 250 ids.`);
				entities = state()[collection].filter(
					(x) => x.ad_account_id === accountId && ids.includes(x.id) && x.status === 'ACTIVE',
				);
			}
			return rows(newAccount() ? [] : entities, idColumn, c.query);
		},
		read,
	]);
}

module.exports = { createAdsAnalytics };
