'use strict';
/*
 * What an operation outputs: the OpenAPI answer of its request, then what our postReceive hooks
 * (nodes/Pinterest/hooks, descriptions/*) make of it, then the marks the executor adds
 * (routing/executor.ts). Each step here mirrors one hook; a hook without a step is an error, so a
 * new hook cannot ship with a schema that ignores it.
 *
 * An operation whose output depends on a parameter (Simplify, Output) has one variant per
 * setting: { when, isDefault, schema }. compose.js turns them into one file.
 */
const { convert, findOperation, queryEnum, successSchema, typesOf } = require('./openapi');
const { optionValues, parameter } = require('./operations');

/** Marks a property as one an output may lack, with the reason (checked by the output test). */
function optional(schema, reason) {
	return { ...schema, $comment: `optional: ${reason}` };
}

function isOptional(schema) {
	return typeof schema.$comment === 'string' && schema.$comment.startsWith('optional:');
}

function orNull(schema) {
	const types = typesOf(schema);
	if (!types.length || types.includes('null')) return { ...schema };
	const out = { ...schema, type: [...types, 'null'] };
	if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
	return out;
}

/** An object with exactly these properties: `required` lists those every output item has. */
function strict(properties, description) {
	const required = Object.keys(properties).filter((key) => !isOptional(properties[key]));
	const out = { type: 'object' };
	if (description) out.description = description;
	out.properties = properties;
	if (required.length) out.required = required;
	out.additionalProperties = false;
	return out;
}

/**
 * Properties the live API sends that the spec does not list (tools/simulator/REAL-API.md has each
 * fact and where it was seen). An object gets them when it has all of the `marker` properties.
 * Optional: recorded from one account, not promised by Pinterest's spec.
 */
const RECORDED_EXTRAS = [
	{
		what: 'pin',
		marker: ['creative_type', 'board_id', 'dominant_color'],
		extras: {
			is_product: { type: 'boolean' },
			product_tags: { type: 'array', items: {} },
			is_removable: { type: 'boolean' },
		},
	},
	{
		what: 'campaign',
		marker: ['objective_type', 'ad_account_id', 'lifetime_spend_cap'],
		extras: {
			is_top_of_search: { type: 'boolean' },
			ext_features: { type: ['object', 'null'] },
			intended_promotion_type: { type: ['string', 'null'] },
		},
	},
	{
		what: 'ad group',
		marker: ['campaign_id', 'billable_event', 'bid_strategy_type'],
		extras: {
			placement_traffic_type: { type: ['string', 'null'] },
			promotion_ids: { type: 'array', items: { type: 'string' } },
			ext_features: { type: ['object', 'null'] },
			enabled_catalog_expansion: { type: 'boolean' },
			is_automated_campaign: { type: 'boolean' },
			is_creative_expansion: { type: 'boolean' },
		},
	},
	{
		what: 'featured topic',
		marker: ['percent_growth_mom', 'related_searches', 'pins'],
		extras: { id: { type: 'string' } },
	},
];

function recordedExtras(properties) {
	const out = {};
	for (const { marker, extras } of RECORDED_EXTRAS) {
		if (!marker.every((key) => key in properties)) continue;
		for (const [key, schema] of Object.entries(extras)) {
			if (!(key in properties)) {
				out[key] = optional(schema, 'sent by the live API (recorded), not listed in the spec');
			}
		}
	}
	return out;
}

/**
 * A Pinterest object as an output item: its properties as the spec lists them, the ones the spec
 * does not require marked optional, plus what the live API was recorded sending; nothing else.
 */
function closed(schema, name) {
	const properties = {};
	const required = schema.required ?? [];
	for (const [key, value] of Object.entries(schema.properties ?? {})) {
		properties[key] = required.includes(key)
			? value
			: optional(value, `Pinterest's ${name ?? 'answer'} does not require it`);
	}
	Object.assign(properties, recordedExtras(properties));
	return strict(properties, schema.description);
}

/** An output variant of our own shape (a strict object). */
function variant(when, schema, isDefault = true) {
	return { when, isDefault, schema, shaped: true };
}

function prop(schema, key) {
	const found = schema?.properties?.[key];
	if (!found) throw new Error(`the OpenAPI schema has no property ${key}`);
	return found;
}

function itemsOf(schema) {
	if (!typesOf(schema).includes('array')) throw new Error('the OpenAPI answer is not an array');
	return schema.items ?? {};
}

/** The answer of a request in the spec: { schema, name } (undefined schema for a 204). */
function answerOf(spec, method, url) {
	const found = findOperation(spec, method, url);
	if (!found) throw new Error(`no OpenAPI operation for ${method} ${url}`);
	const success = successSchema(spec, found.operation);
	if (!success) return { schema: undefined, name: found.operation.operationId };
	return { schema: convert(spec, success.raw), name: success.name ?? found.operation.operationId };
}

// ---- Our own shapes (mirrors of hooks/simplify.ts) ----

/** simplifyPin: the flat subset of a pin; every key is always there (null when Pinterest has none). */
function simplifiedPin(pin, withMetrics) {
	const string = { type: 'string' };
	const from = (key) => orNull(pin.properties?.[key] ?? string);
	const properties = {
		id: prop(pin, 'id'),
		title: from('title'),
		description: from('description'),
		link: from('link'),
		alt_text: from('alt_text'),
		board_id: from('board_id'),
		board_section_id: from('board_section_id'),
		created_at: from('created_at'),
		creative_type: from('creative_type'),
		dominant_color: from('dominant_color'),
		media_type: orNull({ ...string, description: "The pin's media.media_type" }),
		image_url: orNull({ ...string, description: 'URL of the largest image (or the video cover)' }),
		video_cover_url: orNull({ ...string, description: "A video pin's cover image URL" }),
		pin_url: orNull({ ...string, description: 'https://www.pinterest.com/pin/<id>/' }),
	};
	if (withMetrics && pin.properties?.pin_metrics) {
		properties.pin_metrics = optional(
			pin.properties.pin_metrics,
			'only when Pin Metrics is on and Pinterest has metrics for the pin',
		);
	}
	return strict(properties, 'A pin, simplified: the flat fields workflows use');
}

/** simplifyBoard (trigger, New Board). */
function simplifiedBoard(board) {
	const from = (key) => orNull(board.properties?.[key] ?? { type: 'string' });
	const owner = board.properties?.owner?.properties?.username ?? { type: 'string' };
	const media = board.properties?.media?.properties?.image_cover_url ?? { type: 'string' };
	return strict(
		{
			id: prop(board, 'id'),
			name: from('name'),
			description: from('description'),
			privacy: from('privacy'),
			created_at: from('created_at'),
			pin_count: from('pin_count'),
			follower_count: from('follower_count'),
			owner_username: orNull(owner),
			image_cover_url: orNull(media),
			board_url: orNull({ type: 'string', description: "The board's URL on pinterest.com" }),
		},
		'A board, simplified',
	);
}

/** simplifyFollower (trigger, New Follower). */
function simplifiedFollower() {
	return strict(
		{
			username: { type: 'string' },
			profile_url: { type: 'string', description: 'https://www.pinterest.com/<username>/' },
		},
		'A follower, simplified',
	);
}

/** The Simplify parameter's default for this version, or undefined when there is none. */
function simplifyDefault(op) {
	const simplify = parameter(op, 'simplify');
	return simplify ? simplify.default !== false : undefined;
}

// ---- Rows ----

const METRIC = { type: 'number' };

function metricProperties(names, reason) {
	const out = {};
	for (const name of names) out[name] = optional(METRIC, reason);
	return out;
}

/**
 * The metrics a row can carry: the Metric Types (and Sort By) options of the operation, and the
 * enums of the matching query parameters in Pinterest's spec (an empty Metric Types means all).
 */
function metricNames(op, context, queryNames) {
	const names = new Set([...optionValues(op, 'sortBy'), ...optionValues(op, 'metricTypes')]);
	for (const name of queryNames) {
		for (const value of queryEnum(context.spec, op.route.method, op.route.url, name)) {
			names.add(value);
		}
	}
	return [...names];
}

/** Every value the Output parameter of this operation can take, default first. */
function outputModes(op) {
	const output = parameter(op, 'output');
	if (!output) return [];
	const values = output.options.map((option) => option.value);
	return [output.default, ...values.filter((value) => value !== output.default)];
}

/**
 * Columns a report or ads analytics row can have: every column any version of the operation lets
 * a user pick (for reports: of any report operation, since Get Status reads what Create asked for).
 */
function columnNames(op, context) {
	const same = context.operations.filter(
		(other) =>
			other.resource === op.resource &&
			(other.operation === op.operation || op.resource === 'report'),
	);
	const names = new Set(same.flatMap((other) => optionValues(other, 'columns')));
	return [...names];
}

/**
 * A report row has one property per column the user picked, out of hundreds: the row lists the
 * allowed names (propertyNames) instead of declaring each one, so the preview shows DATE only.
 */
function reportRowVariant(op, context, isDefault) {
	const columns = columnNames(op, context);
	return variant(
		'Output: Rows',
		{
			type: 'object',
			description:
				'One row of the report: one property per column of the report (CSV cells as numbers where nothing is lost)',
			$comment: 'open: one property per column of the report; propertyNames lists them',
			properties: {
				DATE: optional(
					{ type: 'string', description: 'The day (or hour, week, month) of the row' },
					'only with a time-based Granularity (Day, Hour, Week, Month)',
				),
			},
			propertyNames: { enum: ['DATE', ...columns] },
			additionalProperties: { type: ['number', 'string'] },
		},
		isDefault,
	);
}

function reportFileVariant(isDefault) {
	return variant(
		'Output: File',
		strict(
			{
				token: { type: 'string' },
				report_status: { type: 'string' },
				size: { type: 'number' },
			},
			'The report file, in the binary property (CSV or JSON)',
		),
		isDefault,
	);
}

// ---- One step per postReceive hook (by the hook's function name) ----

const HOOKS = {
	deletedResult: () => [
		variant(
			null,
			strict(
				{
					deleted: { type: 'boolean', const: true },
					id: { type: 'string', description: 'The ID of what was deleted' },
				},
				'Pinterest answers a delete without a body: what was deleted',
			),
		),
	],
	unverifiedResult: () => [
		variant(
			null,
			strict({ unverified: { type: 'boolean', const: true }, website: { type: 'string' } }),
		),
	],
	splitArray: (variants, op, context) =>
		variants.map((v) => {
			const row = closed(itemsOf(v.schema.source), v.schema.name);
			const columns = columnNames(op, context).filter((name) => !row.properties[name]);
			Object.assign(row.properties, metricProperties(columns, 'one property per metric column'));
			return { ...v, schema: row, shaped: true };
		}),
	hideFeedPasswords: (variants) =>
		variants.map((v) => {
			const credentials = v.schema.source.properties?.credentials;
			if (!credentials?.properties?.password) return v;
			const properties = { ...credentials.properties };
			delete properties.password;
			const required = (credentials.required ?? []).filter((key) => key !== 'password');
			const hidden = { ...credentials, properties };
			if (required.length) hidden.required = required;
			else delete hidden.required;
			const source = {
				...v.schema.source,
				properties: { ...v.schema.source.properties, credentials: hidden },
			};
			return { ...v, schema: { ...v.schema, source } };
		}),
	statusUpdateResult: (variants) =>
		variants.map((v) => {
			const data = prop(itemsOf(prop(v.schema.source, 'items')), 'data');
			return { ...v, schema: { source: data, name: `${v.schema.name} data` } };
		}),
	simplifyPins: (variants, op) => {
		const on = simplifyDefault(op);
		return variants.flatMap((v) => [
			{
				...variant(
					'Simplify on',
					simplifiedPin(v.schema.source, Boolean(parameter(op, 'pinMetrics'))),
					on,
				),
				shaped: true,
			},
			{ ...v, when: 'Simplify off', isDefault: !on },
		]);
	},
	analyticsOutput: (variants, op, context) => {
		const source = variants[0].schema;
		const metrics = metricNames(op, context, ['metric_types']);
		const reason = 'one property per metric Pinterest returns (Metric Types)';
		const base = {};
		if (op.resource === 'pin') base.pin_id = { type: 'string' };
		base.group = { type: 'string', description: "Pinterest's metrics group, e.g. all" };
		const groupValue = source.source.additionalProperties ?? {};
		const lifetime = groupValue.properties?.lifetime_metrics;
		return outputModes(op).map((mode, index) => {
			const isDefault = index === 0;
			if (mode === 'daily') {
				return variant(
					'Output: Daily Rows',
					strict({
						...base,
						date: { type: 'string', format: 'date' },
						data_status: { type: 'string' },
						...metricProperties(metrics, reason),
					}),
					isDefault,
				);
			}
			if (mode === 'summary') {
				const properties = { ...base, ...metricProperties(metrics, reason) };
				if (lifetime) {
					properties.lifetime_metrics = optional(
						lifetime,
						'only when Pinterest sends lifetime metrics',
					);
				}
				return variant('Output: Summary', strict(properties), isDefault);
			}
			return {
				...variants[0],
				when: 'Output: Raw',
				isDefault,
				open: 'one property per metrics group',
			};
		});
	},
	topPinsOutput: (variants, op, context) => {
		const source = variants[0].schema.source;
		const pin = itemsOf(prop(source, 'pins'));
		const metrics = metricNames(op, context, ['sort_by', 'metric_types']);
		return outputModes(op).map((mode, index) => {
			if (mode === 'raw') return { ...variants[0], when: 'Output: Raw', isDefault: index === 0 };
			return variant(
				'Output: Pins',
				strict({
					rank: { type: 'integer', minimum: 1 },
					pin_id: prop(pin, 'pin_id'),
					...metricProperties(metrics, 'one property per metric Pinterest returns for the pin'),
					data_status: orNull(pin.properties?.data_status ?? { type: 'string' }),
					sort_by: orNull(source.properties?.sort_by ?? { type: 'string' }),
				}),
				index === 0,
			);
		});
	},
	trendingKeywordItems: (variants, op) => {
		const trend = itemsOf(prop(variants[0].schema.source, 'trends'));
		const row = closed(trend, 'TrendingKeywordsResponse trend');
		row.properties = { rank: { type: 'integer', minimum: 1 }, ...row.properties };
		row.required = ['rank', ...(row.required ?? [])];
		// 1.2: Include Time Series (off by default) decides whether time_series is there
		const timeSeries = parameter(op, 'includeTimeSeries');
		if (!timeSeries) return [variant(null, row)];
		const { time_series: _dropped, ...rest } = row.properties;
		const without = {
			...row,
			properties: rest,
			required: row.required.filter((key) => key !== 'time_series'),
		};
		const on = timeSeries.default === true;
		return [
			variant('Include Time Series off', without, !on),
			variant('Include Time Series on', row, on),
		];
	},
	featuredTopicItems: (variants) => {
		const group = itemsOf(variants[0].schema.source);
		const topic = itemsOf(prop(group, 'trends'));
		const row = closed(topic, 'featured topic');
		row.properties = {
			interest: orNull(group.properties?.interest ?? { type: 'string' }),
			market: orNull(group.properties?.market ?? { type: 'string' }),
			rank: { type: 'integer', minimum: 1 },
			...row.properties,
		};
		row.required = ['interest', 'market', 'rank', ...(row.required ?? [])];
		return [variant(null, row)];
	},
	productCategoryItems: (variants) => {
		const row = closed(itemsOf(variants[0].schema.source), 'trending product category');
		row.properties = {
			rank: { type: 'integer', minimum: 1 },
			...row.properties,
			// Recorded from the live API, not in the spec (tools/simulator/REAL-API.md).
			pinterest_product_category_id: optional(
				{ type: 'integer' },
				'sent by the live API, not listed in the spec',
			),
		};
		row.required = ['rank', ...(row.required ?? [])];
		return [variant(null, row)];
	},
	productCategoryDetailItems: (variants) => [
		variant(null, closed(itemsOf(variants[0].schema.source), 'product category details')),
	],
	relatedTermItems: () => [
		variant(
			null,
			strict(
				{
					term: { type: ['string', 'null'], description: 'The term asked for' },
					related_terms: { type: 'array', items: { type: 'string' } },
				},
				'One item per term asked for',
			),
		),
	],
	suggestedTermItems: () => [
		variant(
			null,
			strict(
				{ rank: { type: 'integer', minimum: 1 }, term: { type: 'string' } },
				"One item per suggested term, in Pinterest's order",
			),
		),
	],
	// Pinterest's answer for one event (hooks/conversions.ts): a refused one is the item's error, so
	// every output item is one Pinterest processed.
	conversionResult: () => [
		variant(
			null,
			strict(
				{
					status: { type: 'string', const: 'processed' },
					event_id: { type: 'string' },
					event_name: { type: 'string' },
					action_source: { type: 'string' },
					event_time: { type: 'integer', description: 'Unix seconds, as sent' },
					test_mode: { type: 'boolean' },
					warning_message: optional(
						{ type: 'string' },
						'only when Pinterest has a warning for the event',
					),
				},
				"One item per event with Pinterest's answer for it; no user data",
			),
		),
	],
	// Secrets become "(hidden)": still strings, the shape is Pinterest's.
	hideSubscriptionKeys: (variants) => variants,
	uploadRegistered: (variants, op, context) => {
		const media = answerOf(context.spec, 'GET', '/media/{media_id}');
		return [{ ...variants[0], schema: { source: media.schema, name: media.name } }];
	},
	waitForReport: (variants, op, context) =>
		outputModes(op).map((mode, index) => {
			const isDefault = index === 0;
			if (mode === 'rows') return reportRowVariant(op, context, isDefault);
			if (mode === 'file') return reportFileVariant(isDefault);
			return { ...variants[0], when: 'Output: Token', isDefault };
		}),
	reportStatusOutput: (variants, op, context) =>
		outputModes(op).map((mode, index) => {
			const isDefault = index === 0;
			if (mode === 'rows') return reportRowVariant(op, context, isDefault);
			if (mode === 'file') return reportFileVariant(isDefault);
			const status = closed(variants[0].schema.source, variants[0].schema.name);
			status.properties = { token: { type: 'string' }, ...status.properties };
			status.required = ['token', ...(status.required ?? [])];
			return variant('Output: Status', status, isDefault);
		}),
};

/** The marks routing/executor.ts adds to an item that this request did not make. */
function marks(op) {
	const out = {};
	if (op.route.exactlyOnce) {
		out.recovered = optional(
			{
				type: 'boolean',
				const: true,
				description:
					'The create had an unknown outcome (5xx, dropped connection) and the object was found on Pinterest instead of being created again',
			},
			'only on an object found after an unknown outcome (exactly-once)',
		);
	}
	if (op.parameters.some((p) => p.name === 'skipIfAlreadyPinned')) {
		out.skipped = optional(
			{
				type: 'boolean',
				const: true,
				description: 'Skip If Already Pinned found this pin on the board: nothing was created',
			},
			'only when Skip If Already Pinned found the pin',
		);
	}
	return out;
}

/** The output variants of one action node operation. */
function operationVariants(op, context) {
	const { route } = op;
	const answer = answerOf(context.spec, route.method, route.url);
	let source = answer.schema ?? { type: 'object', properties: {} };
	if (route.list) source = itemsOf(prop(source, 'items'));
	let variants = [{ when: null, isDefault: true, schema: { source, name: answer.name } }];
	for (const hook of route.postReceive ?? []) {
		const step = HOOKS[hook.name];
		if (!step) {
			throw new Error(
				`${op.resource}.${op.operation}: postReceive hook ${hook.name || '(anonymous)'} has no output shape in scripts/lib/schemas/shapes.js`,
			);
		}
		variants = step(variants, op, context);
	}
	const extra = marks(op);
	return variants.map((v) => {
		// Variants still holding Pinterest's answer ({ source, name }) become closed objects.
		let schema = v.shaped ? v.schema : closed(v.schema.source, v.schema.name);
		if (v.open) schema = { ...v.schema.source, $comment: `open: ${v.open}` };
		if (Object.keys(extra).length) {
			schema = { ...schema, properties: { ...schema.properties, ...extra } };
		}
		return { when: v.when, isDefault: v.isDefault, schema };
	});
}

/** The output variants of one trigger event. */
function eventVariants(event, context) {
	const sources = {
		newPin: ['GET', '/pins', simplifiedPin],
		newBoard: ['GET', '/boards', simplifiedBoard],
		newFollower: ['GET', '/user_account/followers', simplifiedFollower],
	};
	const found = sources[event.event];
	if (!found) {
		throw new Error(
			`trigger event ${event.event} has no output shape in scripts/lib/schemas/shapes.js`,
		);
	}
	const [method, url, simplified] = found;
	const answer = answerOf(context.spec, method, url);
	const item = itemsOf(prop(answer.schema, 'items'));
	const on = simplifyDefault(event);
	const full = closed(item, answer.name);
	if (on === undefined) return [variant(null, full)];
	return [variant('Simplify on', simplified(item, false), on), variant('Simplify off', full, !on)];
}

module.exports = { eventVariants, isOptional, operationVariants, optional };
