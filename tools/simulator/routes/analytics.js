'use strict';
/*
 * Analytics: account, top pins and top video pins, one pin, several pins. The numbers are
 * deterministic (hash of seed, scope, date and metric); days after today are PROCESSING with no
 * metrics; the window is at most 90 days back and 90 days long.
 */
const {
	DIGITS_RE,
	bad,
	checkAdAccount,
	commaListParam,
	enumParam,
	intParam,
	single,
} = require('../params');
const { addDays, cmpId, daysBetween, fnv1a, isoDate, validDate } = require('../util');

const USER_METRICS = [
	'ENGAGEMENT',
	'ENGAGEMENT_RATE',
	'IMPRESSION',
	'OUTBOUND_CLICK',
	'OUTBOUND_CLICK_RATE',
	'PIN_CLICK',
	'PIN_CLICK_RATE',
	'SAVE',
	'SAVE_RATE',
];
const TOP_PINS_SORT = ['ENGAGEMENT', 'IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE'];
const VIDEO_METRICS = [
	'IMPRESSION',
	'SAVE',
	'VIDEO_MRC_VIEW',
	'VIDEO_AVG_WATCH_TIME',
	'VIDEO_V50_WATCH_TIME',
	'QUARTILE_95_PERCENT_VIEW',
	'VIDEO_10S_VIEW',
	'VIDEO_START',
	'OUTBOUND_CLICK',
];
const VIDEO_SORT = [
	'IMPRESSION',
	'SAVE',
	'OUTBOUND_CLICK',
	'VIDEO_MRC_VIEW',
	'VIDEO_AVG_WATCH_TIME',
	'VIDEO_V50_WATCH_TIME',
	'QUARTILE_95_PERCENT_VIEW',
	'VIDEO_10S_VIEW',
	'VIDEO_START',
];
const PIN_METRICS_STANDARD = [
	'IMPRESSION',
	'OUTBOUND_CLICK',
	'PIN_CLICK',
	'SAVE',
	'SAVE_RATE',
	'TOTAL_COMMENTS',
	'TOTAL_REACTIONS',
	'USER_FOLLOW',
	'PROFILE_VISIT',
];
const PIN_METRICS_VIDEO = [
	'IMPRESSION',
	'OUTBOUND_CLICK',
	'PIN_CLICK',
	'SAVE',
	'SAVE_RATE',
	'VIDEO_MRC_VIEW',
	'VIDEO_10S_VIEW',
	'QUARTILE_95_PERCENT_VIEW',
	'VIDEO_V50_WATCH_TIME',
	'VIDEO_START',
	'VIDEO_AVG_WATCH_TIME',
	'TOTAL_COMMENTS',
	'TOTAL_REACTIONS',
];
const PIN_METRICS = Array.from(new Set([...PIN_METRICS_STANDARD, ...PIN_METRICS_VIDEO]));
const LIFETIME_METRICS = ['TOTAL_COMMENTS', 'TOTAL_REACTIONS'];
const FROM_CLAIMED = ['OTHER', 'CLAIMED', 'BOTH'];
const PIN_FORMATS = [
	'ALL',
	'ORGANIC_IMAGE',
	'ORGANIC_PRODUCT',
	'ORGANIC_VIDEO',
	'ADS_STANDARD',
	'ADS_PRODUCT',
	'ADS_VIDEO',
	'ADS_IDEA',
];
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

/** Rates and the average watch time are averaged over the days; everything else is summed. */
const isAverage = (metric) => metric.endsWith('_RATE') || metric === 'VIDEO_AVG_WATCH_TIME';
const round4 = (x) => Math.round(x * 10000) / 10000;

function dateWindow(query) {
	const start = single(query, 'start_date');
	const end = single(query, 'end_date');
	if (start === undefined || start === '')
		throw bad("Parameter 'start_date' is required (YYYY-MM-DD).");
	if (end === undefined || end === '') throw bad("Parameter 'end_date' is required (YYYY-MM-DD).");
	const format = (name, v) =>
		`Parameter '${name}' must be a valid date in YYYY-MM-DD format (was ${v}).`;
	if (!validDate(start)) throw bad(format('start_date', start));
	if (!validDate(end)) throw bad(format('end_date', end));
	const today = isoDate(new Date());
	if (daysBetween(start, today) > 90) {
		throw bad(
			`Parameter 'start_date' cannot be more than 90 days back from today (${today}); was ${start}.`,
		);
	}
	if (end < start)
		throw bad(`Parameter 'end_date' (${end}) cannot be before 'start_date' (${start}).`);
	if (daysBetween(start, end) > 90) {
		throw bad(
			`Parameter 'end_date' cannot be more than 90 days past 'start_date' (${start}); was ${end}.`,
		);
	}
	const dates = [];
	for (let d = start; d <= end; d = addDays(d, 1)) dates.push(d);
	return { start, end, dates, today };
}

function commonAnalyticsFilters(query) {
	enumParam(query, 'from_claimed_content', FROM_CLAIMED);
	enumParam(query, 'pin_format', PIN_FORMATS);
	enumParam(query, 'app_types', APP_TYPES);
	enumParam(query, 'content_type', ANALYTICS_CONTENT_TYPES);
	enumParam(query, 'source', SOURCES);
}

module.exports = function analyticsRoutes(core) {
	const { opts, sim, store } = core;

	function metricValue(scope, date, metric) {
		const h = fnv1a(`${opts.seed}|${scope}|${date}|${metric}`);
		// rates are 0..0.1
		if (metric.endsWith('_RATE')) return Math.round(((h % 10000) / 100000) * 10000) / 10000;
		if (metric === 'VIDEO_AVG_WATCH_TIME') return Math.round(h % 1000000) / 100;
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
			summary[m] = isAverage(m) ? (c ? round4(s / c) : 0) : s;
		}
		const out = { daily_metrics: daily, summary_metrics: summary };
		if (lifetime) {
			out.lifetime_metrics = {};
			for (const m of metrics.filter((x) => LIFETIME_METRICS.includes(x))) {
				out.lifetime_metrics[m] = fnv1a(`${opts.seed}|${scope}|${m}`) % 50;
			}
		}
		return out;
	}

	function pinAnalytics(pin, win, metrics, split) {
		const out = {};
		for (const key of SPLIT_KEYS[split]) {
			const scope = `pin|${pin.id}|${key}`;
			out[key] = metricsBlock(scope, win.dates, win.today, metrics, { lifetime: true });
		}
		return out;
	}

	/**
	 * The recorded new account (realistic mode, `newAccount`): the days before the business account
	 * was made (today) are BEFORE_BUSINESS_CREATED, the others have no data yet; nothing is summed.
	 */
	function newAccountBlock(dates, today) {
		return {
			summary_metrics: {},
			daily_metrics: dates.map((date) => ({
				date,
				data_status: date < today ? 'BEFORE_BUSINESS_CREATED' : 'PROCESSING',
				metrics: {},
			})),
		};
	}

	function topPins(query, video) {
		const win = dateWindow(query);
		const sortBy = enumParam(query, 'sort_by', video ? VIDEO_SORT : TOP_PINS_SORT, {
			required: true,
		});
		commonAnalyticsFilters(query);
		const allowed = video ? VIDEO_METRICS : USER_METRICS;
		const metrics = commaListParam(query, 'metric_types', allowed) || allowed;
		const n = intParam(query, 'num_of_pins', { min: 1, max: 50, def: 10 });
		const lastN = intParam(query, 'created_in_last_n_days', { min: 30, max: 30 });
		// The recorded answer of an account without data: no pins, no date availability.
		if (sim.newAccount) {
			return { status: 200, body: { sort_by: sortBy, pins: [], date_availability: {} } };
		}
		let pins = Object.values(sim.state.pins);
		if (video)
			pins = pins.filter((p) => p.creative_type === 'VIDEO' || p.creative_type === 'MAX_VIDEO');
		if (lastN) pins = pins.filter((p) => Date.parse(p.created_at) >= core.now() - lastN * 86400000);
		const wanted = Array.from(new Set([...metrics, sortBy]));
		const rows = pins.map((p) => {
			const total = {};
			for (const m of wanted) {
				let s = 0;
				for (const d of win.dates) if (d <= win.today) s += metricValue(`top|${p.id}`, d, m);
				total[m] = isAverage(m) ? round4(s / Math.max(1, win.dates.length)) : s;
			}
			return { p, total };
		});
		rows.sort((a, b) => b.total[sortBy] - a.total[sortBy] || -cmpId(a.p.id, b.p.id));
		const latest = Date.parse(`${win.today}T00:00:00Z`) - 1;
		return {
			status: 200,
			body: {
				date_availability: { is_realtime: false, latest_available_timestamp: latest },
				pins: rows.slice(0, n).map(({ p, total }) => {
					const metricsOut = {};
					const ds = {};
					for (const m of metrics) {
						metricsOut[m] = total[m];
						ds[m] = 'READY';
					}
					return { pin_id: p.id, metrics: metricsOut, data_status: ds };
				}),
				sort_by: sortBy,
			},
		};
	}

	return {
		'user_account/analytics': (c) => {
			checkAdAccount(c.query);
			const win = dateWindow(c.query);
			commonAnalyticsFilters(c.query);
			const metrics = commaListParam(c.query, 'metric_types', USER_METRICS) || USER_METRICS;
			const split = enumParam(c.query, 'split_field', USER_SPLIT, { def: 'NO_SPLIT' });
			const out = {};
			for (const key of SPLIT_KEYS[split]) {
				out[key] = sim.newAccount
					? newAccountBlock(win.dates, win.today)
					: metricsBlock(`user|${key}`, win.dates, win.today, metrics);
			}
			return { status: 200, body: out };
		},
		'user_account/analytics/top_pins': (c) => {
			checkAdAccount(c.query);
			return topPins(c.query, false);
		},
		'user_account/analytics/top_video_pins': (c) => {
			checkAdAccount(c.query);
			return topPins(c.query, true);
		},
		'pins/analytics': (c) => {
			checkAdAccount(c.query);
			const pin = store.getPin(c.params.pin_id);
			const win = dateWindow(c.query);
			enumParam(c.query, 'app_types', APP_TYPES);
			const metrics = commaListParam(c.query, 'metric_types', PIN_METRICS, { required: true });
			const split = enumParam(c.query, 'split_field', PIN_SPLIT, { def: 'NO_SPLIT' });
			return { status: 200, body: pinAnalytics(pin, win, metrics, split) };
		},
		'multi_pins/analytics': (c) => {
			checkAdAccount(c.query);
			const raw = c.query.pin_ids;
			if (raw === undefined || raw === '') throw bad("Parameter 'pin_ids' is required.");
			const ids = [].concat(raw);
			if (ids.length > 100) {
				throw bad(`Parameter 'pin_ids' accepts at most 100 ids (was ${ids.length}).`);
			}
			for (const id of ids) {
				if (!DIGITS_RE.test(id)) {
					throw bad(`Parameter 'pin_ids' must be repeated keys of ^\\d+$ ids (got '${id}').`);
				}
			}
			const win = dateWindow(c.query);
			enumParam(c.query, 'app_types', APP_TYPES);
			const metrics = commaListParam(c.query, 'metric_types', PIN_METRICS, { required: true });
			const pins = ids.map((id) => store.getPin(id));
			const out = {};
			for (const p of pins) out[p.id] = pinAnalytics(p, win, metrics, 'NO_SPLIT');
			return { status: 200, body: out };
		},
	};
};
