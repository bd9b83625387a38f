'use strict';
/*
 * Trends: trending keywords (GET /trends/keywords/{region}/top/{trend_type}), featured topics
 * (GET /trends/topics/featured) and shopping product categories (GET
 * /trends/product_categories/trending and /trends/product_categories/details). Nothing is stored: the answers are derived from the seed and the
 * question, so the same request gets the same answer. Keywords are "<qualifier> <subject>" built
 * from the subjects of each interest (and of the include_keywords asked for), ranked by a hash
 * of the seed, region, trend type and audience; include_keywords keeps those containing one of
 * them. Featured topics: one group per interest asked for (every interest but ALL when none is).
 * Product categories: each belongs to the verticals its name suggests; the trending list ranks
 * the categories of the verticals asked for by a hash of the question, details give a weekly
 * trend line over the lookback window and the audience of each category asked for.
 */
const { bad, boolParam, enumParam, intParam } = require('../params');
const { fnv1a, isoDate } = require('../util');
const PRODUCT_CATEGORIES = require('./productCategories');

const REGIONS = [
	'US',
	'CA',
	'DE',
	'FR',
	'ES',
	'IT',
	'DE+AT+CH',
	'GB+IE',
	'IT+ES+PT+GR+MT',
	'PL+RO+HU+SK+CZ',
	'SE+DK+FI+NO',
	'NL+BE+LU',
	'AR',
	'BR',
	'CO',
	'MX',
	'MX+AR+CO+CL',
	'AU+NZ',
];
const TREND_TYPES = ['growing', 'monthly', 'yearly', 'seasonal'];
const GENDERS = ['female', 'male', 'unknown'];
const AGES = ['18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+'];
const TOPIC_REGIONS = ['US', 'GB+IE', 'CA'];

// L1InterestList values, each with the subjects its keywords are about.
const SUBJECTS = {
	animals: ['dog names', 'cat tree', 'horse stable'],
	architecture: ['tiny house', 'facade', 'courtyard'],
	art: ['painting', 'sketchbook', 'mural'],
	beauty: ['makeup', 'nails', 'skincare'],
	childrens_fashion: ['kids outfits', 'baby clothes', 'school uniform'],
	design: ['logo', 'poster', 'typography'],
	diy_and_crafts: ['crochet', 'candles', 'embroidery'],
	education: ['study notes', 'classroom', 'science project'],
	electronics: ['desk setup', 'headphones', 'phone case'],
	entertainment: ['movie night', 'concert outfit', 'game night'],
	event_planning: ['birthday party', 'baby shower', 'picnic'],
	finance: ['budget planner', 'savings challenge', 'side hustle'],
	food_and_drinks: ['recipes', 'dessert', 'cocktail'],
	gardening: ['herb garden', 'balcony plants', 'raised beds'],
	health: ['workout', 'yoga', 'meal prep'],
	home_decor: ['living room', 'bedroom', 'kitchen'],
	mens_fashion: ['mens outfits', 'streetwear', 'suit'],
	parenting: ['toddler activities', 'nursery', 'family routine'],
	quotes: ['quotes', 'affirmations', 'captions'],
	sport: ['running', 'hiking', 'cycling'],
	travel: ['road trip', 'packing list', 'beach vacation'],
	vehicles: ['car interior', 'camper van', 'motorcycle'],
	wedding: ['wedding dress', 'wedding cake', 'wedding decor'],
	womens_fashion: ['outfits', 'dresses', 'fall fashion'],
};
const INTERESTS = Object.keys(SUBJECTS);
const QUALIFIERS = [
	'easy',
	'summer',
	'fall',
	'aesthetic',
	'cozy',
	'modern',
	'vintage',
	'minimalist',
];

// InterestsEnum of featured topics, with the L1 interests whose subjects they use.
const TOPIC_INTERESTS = {
	ALL: INTERESTS,
	ANIMALS: ['animals'],
	ARCHITECTURE: ['architecture'],
	ART: ['art'],
	BEAUTY: ['beauty'],
	DIY_AND_CRAFTS: ['diy_and_crafts'],
	EDUCATION: ['education'],
	EVENT_PLANNING: ['event_planning'],
	FASHION: ['womens_fashion', 'mens_fashion', 'childrens_fashion'],
	FOOD_AND_DRINKS: ['food_and_drinks'],
	GARDENING: ['gardening'],
	HEALTH: ['health'],
	HOME_DECOR: ['home_decor'],
	PARENTING: ['parenting'],
	TRAVEL: ['travel'],
	WEDDING: ['wedding'],
};

// Shopping product categories (ProductCategoryEnum) and their verticals (VerticalProductCategory).
const VERTICALS = {
	BEAUTY:
		/MAKEUP|LIP|NAIL|HAIR|SKINCARE|^FRAGRANCE$|PERFUME|MASCARA|EYE|FACE|FACIAL|BLUSH|BROW|SERUM|TONER|SUNSCREEN|BODY_(CARE|WASHES|MOISTURIZERS)|PRIMERS|FOUNDATION|HIGHLIGHTERS|TEETH|TANNING|DEODORANT|BEAUTY|BATH_AND_BODY|SHAMPOO|WIGS/,
	FASHION:
		/DRESS(ES)?$|DRESSES|SHIRT|PANTS|JEANS|SKIRT|SHOES|BOOTS|SANDALS|SNEAKERS|COATS|SWEAT|TOPS$|BLOUSES|JEWELRY|RINGS|NECKLACES|BRACELETS|ANKLETS|HANDBAGS|HATS|SCARVES|SOCKS|SWIMWEAR|CLOTHING|LEGGINGS|SHORTS|SUITS|WATCHES|OUTERWEAR|JUMPSUITS|FLATS|PUMPS|SLIPPERS|BELT|SUNGLASSES|SLEEPWEAR/,
	HOME_DECOR:
		/RUG|LAMP|CURTAIN|PILLOW|VASE|CANDLE|MIRROR|SOFA|TABLE|DECOR|BEDDING|BLANKET|WALL|ARTWORK|LIGHT|FURNITURE|CHAIR|SHELVES|QUILTS|DUVET|FRAMES|BASKETS|FIGURINES|HOME_FRAGRANCES|OTTOMANS|DRESSERS|NIGHTSTANDS|SEATING|WREATHS|SCULPTURES|POTS_AND_PLANTERS/,
};
const CATEGORY_VERTICALS = new Map(
	PRODUCT_CATEGORIES.map((category) => [
		category,
		Object.keys(VERTICALS).filter((vertical) => VERTICALS[vertical].test(category)),
	]),
);
const ENGAGEMENT_TYPES = ['ENGAGEMENT', 'OUTBOUND_CLICK', 'SAVE'];
const LOOKBACK_WINDOWS = ['90', '180', '365', '730'];
const PRODUCT_AGES = ['18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+'];
const PRODUCT_GENDERS = ['MALE', 'FEMALE', 'UNSPECIFIED'];
/** How many categories the trending list answers at most. */
const TRENDING_CATEGORIES = 20;

const WEEKS = 52;
const PREDICTED_WEEKS = 13;
const DAY_MS = 86400000;

/** A repeatable query parameter (explode: true): its values, each one of `allowed`. */
function listParam(query, name, allowed) {
	const raw = query[name];
	if (raw === undefined) return undefined;
	const list = [].concat(raw);
	for (const value of list) {
		if (!allowed.includes(value)) {
			throw bad(
				`Parameter '${name}' has an invalid value '${value}'; allowed: ${allowed.join(', ')}.`,
			);
		}
	}
	return list;
}

/** include_keywords: KeywordList, 1 to 50 keywords of 1 to 100 characters. */
function keywordsParam(query) {
	const raw = query.include_keywords;
	if (raw === undefined) return undefined;
	const list = [].concat(raw);
	if (list.length > 50) throw bad("Parameter 'include_keywords' allows at most 50 keywords.");
	for (const keyword of list) {
		if (keyword.length < 1 || keyword.length > 100) {
			throw bad("Parameter 'include_keywords' needs keywords of 1 to 100 characters.");
		}
	}
	return list;
}

/**
 * The ends of the last `count` weeks, oldest first; the newest is before today. The weeks end on
 * Sundays (UTC), or on Saturdays (`weekday` 6) as the live API's series do (realistic mode).
 */
function weekEnds(now, count, offset = 0, weekday = 0) {
	const today = new Date(Math.floor(now / DAY_MS) * DAY_MS);
	const back = (today.getUTCDay() - weekday + 7) % 7 || 7;
	const lastEnd = today.getTime() - back * DAY_MS;
	const out = [];
	for (let i = count - 1; i >= 0; i--)
		out.push(isoDate(new Date(lastEnd - (i - offset) * 7 * DAY_MS)));
	return out;
}

/** A share per key that adds up to about 1; shares under 0.05 read 0.04, as Pinterest sends them. */
function distribution(keys, seedText) {
	const weights = keys.map((key) => 1 + (fnv1a(`${seedText}|${key}`) % 20));
	const total = weights.reduce((a, b) => a + b, 0);
	return Object.fromEntries(
		keys.map((key, i) => {
			const share = Math.round((weights[i] / total) * 100) / 100;
			return [key, share < 0.05 ? 0.04 : share];
		}),
	);
}

module.exports = function trendRoutes(core) {
	const { opts, sim } = core;
	// Realistic mode (REAL-API.md, "Trends"): Saturday weeks, every keyword with all its keys,
	// featured topics with ids, pin colours, 13 weeks, and one ALL group when no interest is asked.
	const real = core.realistic.on;
	const weekday = real ? 6 : 0;
	const img = (n) => `${sim.origin || ''}/__img/${n}.jpg`;

	/** Weekly volumes of a keyword (seasonal ones peak once a year), unscaled. */
	function volumes(keyword, dates, type) {
		const h = fnv1a(`${opts.seed}|volume|${keyword}`);
		const phase = h % WEEKS;
		return dates.map((date, i) => {
			const base = 20 + (fnv1a(`${opts.seed}|${keyword}|${date}`) % 30);
			const season =
				type === 'seasonal' ? 60 * Math.max(0, Math.cos(((i - phase) / WEEKS) * 2 * Math.PI)) : 0;
			const growth = type === 'growing' ? i : 0;
			return base + season + growth + (h % 40);
		});
	}

	function keywordCandidates(interests, includeKeywords) {
		const subjects = interests.flatMap((interest) => SUBJECTS[interest]);
		if (includeKeywords) subjects.push(...includeKeywords.map((k) => k.toLowerCase()));
		const out = new Set();
		for (const subject of subjects) {
			out.add(subject);
			for (const qualifier of QUALIFIERS) out.add(`${qualifier} ${subject}`);
		}
		let list = [...out];
		if (includeKeywords) {
			const wanted = includeKeywords.map((k) => k.toLowerCase());
			list = list.filter((keyword) => wanted.some((w) => keyword.includes(w)));
		}
		return list;
	}

	function trendingKeywords(c) {
		const region = c.params.region;
		if (!REGIONS.includes(region)) {
			throw bad(
				`Path parameter 'region' has an invalid value '${region}'; allowed: ${REGIONS.join(', ')}.`,
			);
		}
		const type = c.params.trend_type;
		if (!TREND_TYPES.includes(type)) {
			throw bad(
				`Path parameter 'trend_type' has an invalid value '${type}'; allowed: ${TREND_TYPES.join(', ')}.`,
			);
		}
		const interests = listParam(c.query, 'interests', INTERESTS) || INTERESTS;
		const genders = listParam(c.query, 'genders', GENDERS) || [];
		const ages = listParam(c.query, 'ages', AGES) || [];
		const includeKeywords = keywordsParam(c.query);
		const group = boolParam(c.query, 'normalize_against_group');
		const predict = boolParam(c.query, 'include_prediction');
		const demographics = boolParam(c.query, 'include_demographics');
		const limit = intParam(c.query, 'limit', { min: 1, max: 50, def: 50 });

		const audience = `${region}|${type}|${[...genders].sort()}|${[...ages].sort()}`;
		const ranked = keywordCandidates(interests, includeKeywords)
			.map((keyword) => ({ keyword, score: fnv1a(`${opts.seed}|${audience}|${keyword}`) }))
			.sort((a, b) => b.score - a.score || (a.keyword < b.keyword ? -1 : 1))
			.slice(0, limit);
		const now = core.now();
		const past = weekEnds(now, WEEKS, 0, weekday);
		const future = weekEnds(now, PREDICTED_WEEKS, PREDICTED_WEEKS, weekday);
		const series = ranked.map(({ keyword }) => ({
			past: volumes(keyword, past, type),
			future: volumes(`${keyword}|predicted`, future, type),
		}));
		const groupPeak = Math.max(1, ...series.flatMap((s) => [...s.past, ...s.future]));
		const scaled = (values, peak, dates) =>
			Object.fromEntries(dates.map((date, i) => [date, Math.round((values[i] / peak) * 100)]));

		const trends = ranked.map(({ keyword, score }, i) => {
			const { past: p, future: f } = series[i];
			const peak = group ? groupPeak : Math.max(1, ...p, ...(predict ? f : []));
			const trend = {
				keyword,
				pct_growth_wow: (score % 120) - 20,
				pct_growth_mom: (type === 'growing' ? 100 : 0) + ((score >>> 8) % 400) - 30,
				pct_growth_yoy: ((score >>> 16) % 900) - 50,
				time_series: scaled(p, peak, past),
			};
			if (real) {
				// Recorded: has_prediction true for some keywords even when no prediction was asked for;
				// the predicted series only with include_prediction; demographics null unless asked.
				const hasPrediction = (score >>> 4) % 10 < 3;
				trend.predicted_time_series = predict && hasPrediction ? scaled(f, peak, future) : {};
				trend.has_prediction = hasPrediction;
				trend.demographics = null;
			} else if (predict) {
				trend.has_prediction = true;
				trend.predicted_time_series = scaled(f, peak, future);
			}
			if (demographics) {
				trend.demographics = {
					age_distribution: distribution(AGES, `${opts.seed}|age|${keyword}`),
					gender_distribution: distribution(
						['female', 'male', 'unspecified'],
						`${opts.seed}|gender|${keyword}`,
					),
				};
			}
			return trend;
		});
		return { status: 200, body: { trends } };
	}

	/**
	 * A featured topic in the recorded shape: an `id` (19 digits) first, pins with a `color`, upper
	 * case related interests, a series scaled to 100 at its peak, in the recorded key order.
	 */
	function realTopic(topic, h, i) {
		const values = Object.values(topic.time_series);
		const peak = Math.max(1, ...values);
		return {
			id: `7${String(h).padStart(10, '0')}${String(i).padStart(8, '0')}`,
			title: topic.title,
			description: topic.description,
			pins: topic.pins.map((p) => ({
				id: p.id,
				src: p.src,
				color: `#${(fnv1a(p.id) & 0xffffff).toString(16).padStart(6, '0')}`,
				width: p.width,
				height: p.height,
			})),
			related_searches: topic.related_searches,
			related_interests: topic.related_interests.map((x) => x.toUpperCase()),
			time_series: Object.fromEntries(
				Object.entries(topic.time_series).map(([d, v]) => [d, Math.round((v / peak) * 100)]),
			),
			percent_growth_mom: topic.percent_growth_mom,
		};
	}

	function featuredTopics(c) {
		const region = enumParam(c.query, 'region', TOPIC_REGIONS, { required: true });
		const interest = enumParam(c.query, 'interest', Object.keys(TOPIC_INTERESTS));
		// Recorded: without an interest the answer is one group, ALL.
		const groups = interest
			? [interest]
			: real
				? ['ALL']
				: Object.keys(TOPIC_INTERESTS).filter((k) => k !== 'ALL');
		const now = core.now();
		const dates = weekEnds(now, real ? 13 : 12, 0, weekday);
		const body = groups.map((name) => {
			const subjects = TOPIC_INTERESTS[name].flatMap((key) => SUBJECTS[key]);
			const trends = [];
			for (let i = 0; i < 5; i++) {
				const h = fnv1a(`${opts.seed}|topic|${region}|${name}|${i}`);
				const subject = subjects[h % subjects.length];
				const title = `${QUALIFIERS[(h >>> 4) % QUALIFIERS.length]} ${subject}`;
				const pins = [];
				for (let p = 0; p < 3 + (h % 4); p++) {
					const ph = fnv1a(`${h}|pin|${p}`);
					pins.push({
						id: `8${String(ph).padStart(10, '0')}${String(p).padStart(7, '0')}`,
						src: img((ph % 97) + 1),
						width: 236,
						height: 236 + (ph % 200),
					});
				}
				const topic = {
					title: title.charAt(0).toUpperCase() + title.slice(1),
					description: `Pinners in ${region} are saving and searching for ${title}.`,
					percent_growth_mom: 20 + ((h >>> 8) % 300),
					pins,
					related_interests: TOPIC_INTERESTS[name].slice(0, 3),
					related_searches: QUALIFIERS.slice(0, 3).map((q) => `${q} ${subject}`),
					time_series: Object.fromEntries(dates.map((d, k) => [d, 40 + ((h >>> k) % 60)])),
				};
				trends.push(real ? realTopic(topic, h, i) : topic);
			}
			return { interest: name, market: region, trends };
		});
		return { status: 200, body };
	}

	function trendingProductCategories(c) {
		const region = enumParam(c.query, 'region', TOPIC_REGIONS, { required: true });
		const verticals = listParam(c.query, 'verticals', Object.keys(VERTICALS));
		const ages = listParam(c.query, 'ages', PRODUCT_AGES) || [];
		const genders = listParam(c.query, 'genders', PRODUCT_GENDERS) || [];
		const engagement = enumParam(c.query, 'engagement_type', ENGAGEMENT_TYPES, {
			def: 'ENGAGEMENT',
		});
		const audience = `${region}|${engagement}|${[...ages].sort()}|${[...genders].sort()}`;
		const body = PRODUCT_CATEGORIES.filter((category) => {
			const own = CATEGORY_VERTICALS.get(category);
			return verticals ? own.some((v) => verticals.includes(v)) : own.length > 0;
		})
			.map((category) => ({
				category,
				score: fnv1a(`${opts.seed}|category|${audience}|${category}`),
			}))
			.sort((a, b) => b.score - a.score || (a.category < b.category ? -1 : 1))
			.slice(0, TRENDING_CATEGORIES)
			.map(({ category, score }, i) => {
				const trend = {
					engagement_type: engagement,
					pct_change_mom: 300 - i * 12 - (score % 10),
					percent_relative_volume: 5 + ((score >>> 8) % 95),
					product_category: category,
					verticals: CATEGORY_VERTICALS.get(category),
				};
				// Recorded, not in the spec: Pinterest's numeric id of the category (REAL-API.md).
				if (real) trend.pinterest_product_category_id = 1000 + PRODUCT_CATEGORIES.indexOf(category);
				return trend;
			});
		return { status: 200, body };
	}

	function productCategoryDetails(c) {
		const categories = listParam(c.query, 'product_categories', PRODUCT_CATEGORIES);
		if (!categories) throw bad("Parameter 'product_categories' is required.");
		if (categories.length > 20) {
			throw bad("Parameter 'product_categories' allows at most 20 product categories.");
		}
		const region = enumParam(c.query, 'region', TOPIC_REGIONS, { required: true });
		const lookback = Number(
			enumParam(c.query, 'lookback_window', LOOKBACK_WINDOWS, { def: '365' }),
		);
		const engagement = enumParam(c.query, 'engagement_type', ENGAGEMENT_TYPES, {
			def: 'ENGAGEMENT',
		});
		const dates = weekEnds(core.now(), Math.floor(lookback / 7), 0, weekday);
		const change = (key, category) =>
			(fnv1a(`${opts.seed}|${region}|${key}|${category}`) % 400) / 4 - 30;
		const body = [...new Set(categories)].map((category) => {
			const raw = volumes(`${region}|${engagement}|${category}`, dates, 'seasonal');
			const peak = Math.max(1, ...raw);
			const words = category
				.toLowerCase()
				.split('_')
				.filter((w) => w !== 'and');
			return {
				product_category: category,
				has_prediction: false,
				// Recorded: always there, `{}` without a prediction (REAL-API.md).
				...(real ? { predicted_time_series: {} } : {}),
				time_series: Object.fromEntries(
					dates.map((date, i) => [date, Math.round((raw[i] / peak) * 100)]),
				),
				demographics: {
					age: distribution(PRODUCT_AGES, `${opts.seed}|category-age|${category}`),
					gender: distribution(['female', 'male', 'unspecified'], `${opts.seed}|cg|${category}`),
				},
				metrics_highlights: {
					engagement: { pct_change_mom: change('engagement', category) },
					outbound_clicks: { pct_change_mom: change('outbound', category) },
					pin_saves: { pct_change_mom: change('saves', category) },
				},
				related_searches: QUALIFIERS.slice(0, 4).map((q) => `${q} ${words.join(' ')}`),
			};
		});
		return { status: 200, body };
	}

	return {
		'trending_keywords/list': trendingKeywords,
		'trends_featured_topics/list': featuredTopics,
		'trends_product_categories_trending/list': trendingProductCategories,
		'trends_product_categories_details/list': productCategoryDetails,
	};
};
