'use strict';
/*
 * Response schemas from Pinterest's OpenAPI 3.0 description, as plain JSON Schema the n8n editor
 * can read: $refs inlined (the editor resolves none), allOf merged, `nullable` as a type list,
 * and only the keywords a schema preview or a validator needs.
 */
const fs = require('fs');

const { resolveSpecPath, FETCH_HINT } = require('../openapi-source');

/** Keywords copied from the OpenAPI schema objects; the rest (examples, readOnly, ...) is dropped. */
const KEPT = ['description', 'enum', 'format', 'pattern', 'minimum', 'maximum'];
/** How deep nested objects are inlined; deeper ones become a bare object (recursive models). */
const MAX_DEPTH = 6;

function loadSpec(env = process.env) {
	const file = resolveSpecPath(env);
	if (!file || !fs.existsSync(file)) {
		throw new Error(`Pinterest OpenAPI file not found (${file}): ${FETCH_HINT}.`);
	}
	const YAML = require('yaml');
	return YAML.parse(fs.readFileSync(file, 'utf8'));
}

function deref(spec, schema) {
	let current = schema;
	const seen = new Set();
	while (current && current.$ref) {
		if (seen.has(current.$ref)) break;
		seen.add(current.$ref);
		const name = current.$ref.replace('#/components/schemas/', '');
		current = spec.components.schemas[name];
	}
	return current ?? {};
}

/** The component name behind a $ref, for messages ("Pin"). */
function refName(schema) {
	return schema && schema.$ref ? schema.$ref.replace('#/components/schemas/', '') : undefined;
}

function typesOf(schema) {
	if (schema.type === undefined) return [];
	return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * One property that two alternatives both have (a pin's media.media_type: "image" in one,
 * "video" in another): any value either allows.
 */
function either(a, b) {
	if (JSON.stringify(a) === JSON.stringify(b)) return a;
	const types = [...new Set([...typesOf(a), ...typesOf(b)])];
	const out = {};
	if (types.length) out.type = types.length === 1 ? types[0] : types;
	if (a.enum && b.enum) out.enum = [...new Set([...a.enum, ...b.enum])];
	if (a.description || b.description) out.description = a.description ?? b.description;
	if (types.length === 1 && types[0] === 'object' && (a.properties || b.properties)) {
		out.properties = { ...(a.properties ?? {}), ...(b.properties ?? {}) };
	}
	return out;
}

/** Alternatives (oneOf/anyOf members) as one schema: the union of their properties. */
function unionOf(spec, alternatives, depth) {
	const converted = alternatives.map((alternative) => convert(spec, alternative, depth));
	const objects = converted.filter((schema) => typesOf(schema).includes('object'));
	if (objects.length === converted.length && objects.length > 0) {
		const properties = {};
		for (const object of objects) {
			for (const [key, value] of Object.entries(object.properties ?? {})) {
				properties[key] = properties[key] ? either(properties[key], value) : value;
			}
		}
		const required = objects
			.map((object) => object.required ?? [])
			.reduce((a, b) => a.filter((key) => b.includes(key)));
		const out = { type: 'object', properties };
		if (required.length) out.required = required;
		return out;
	}
	const types = [...new Set(converted.flatMap(typesOf))];
	return types.length ? { type: types.length === 1 ? types[0] : types } : {};
}

/** One OpenAPI schema object as plain JSON Schema (no $ref, no allOf, no nullable). */
function convert(spec, raw, depth = 0) {
	const source = deref(spec, raw);
	const nullable = raw.nullable === true || source.nullable === true;
	let out;
	if (source.allOf) {
		out = { type: 'object', properties: {} };
		const required = [];
		// Properties next to allOf (Board: privacy beside allOf [BoardBase]) are one more part.
		const { allOf, ...beside } = source;
		const parts = beside.properties ? [...allOf, { ...beside, type: 'object' }] : allOf;
		for (const part of parts) {
			const converted = convert(spec, part, depth);
			if (!typesOf(converted).includes('object')) {
				out = { ...converted };
				break;
			}
			// The same property in two parts (Paginated's items, then the list's): one schema.
			for (const [key, value] of Object.entries(converted.properties ?? {})) {
				out.properties[key] = { ...(out.properties[key] ?? {}), ...value };
			}
			required.push(...(converted.required ?? []));
			if (converted.description && !out.description) out.description = converted.description;
		}
		if (required.length) out.required = [...new Set(required)];
		if (source.description) out.description = source.description;
	} else if (source.oneOf || source.anyOf) {
		out = unionOf(spec, source.oneOf ?? source.anyOf, depth);
		if (source.description) out.description = source.description;
	} else {
		out = {};
		if (source.type) out.type = source.type;
		else if (source.properties) out.type = 'object';
		else if (source.items) out.type = 'array';
		for (const key of KEPT) if (source[key] !== undefined) out[key] = source[key];
		if (out.type === 'object') {
			if (depth >= MAX_DEPTH) return nullable ? { type: ['object', 'null'] } : { type: 'object' };
			if (source.properties) {
				out.properties = {};
				for (const [key, value] of Object.entries(source.properties)) {
					out.properties[key] = convert(spec, value, depth + 1);
				}
			}
			if (source.required && source.required.length) out.required = [...source.required];
			if (source.additionalProperties && typeof source.additionalProperties === 'object') {
				out.additionalProperties = convert(spec, source.additionalProperties, depth + 1);
			}
		}
		if (out.type === 'array') {
			out.items = source.items ? convert(spec, source.items, depth + 1) : {};
		}
	}
	if (nullable) {
		const types = typesOf(out);
		if (types.length && !types.includes('null')) out.type = [...types, 'null'];
		if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
	}
	return out;
}

/**
 * The OpenAPI operation of a routed request: the route's path below /v5 with its own placeholder
 * names ({board}) matched segment by segment against the spec's templates ({board_id}).
 */
function findOperation(spec, method, url) {
	const segments = url.split('?')[0].split('/').filter(Boolean);
	const candidates = Object.keys(spec.paths).filter((template) => {
		const parts = template.split('/').filter(Boolean);
		if (parts.length !== segments.length) return false;
		return parts.every((part, index) => {
			const mine = segments[index];
			const placeholder = /^\{.+\}$/;
			return placeholder.test(part) ? placeholder.test(mine) : part === mine;
		});
	});
	for (const template of candidates) {
		const operation = spec.paths[template][method.toLowerCase()];
		if (operation) return { template, operation };
	}
	return undefined;
}

/** The JSON body schema of an operation's success answer (200, 201), or undefined for a 204. */
function successSchema(spec, operation) {
	for (const status of ['200', '201', '202']) {
		const response = operation.responses?.[status];
		if (!response) continue;
		const resolved = response.$ref
			? spec.components.responses[response.$ref.split('/').pop()]
			: response;
		const schema = resolved?.content?.['application/json']?.schema;
		if (schema) return { status, raw: schema, name: refName(schema) };
	}
	return undefined;
}

/** The enum of a query parameter of an operation (of its items for an array), or []. */
function queryEnum(spec, method, url, name) {
	const found = findOperation(spec, method, url);
	for (const raw of found?.operation.parameters ?? []) {
		const parameter = raw.$ref ? spec.components.parameters[raw.$ref.split('/').pop()] : raw;
		if (parameter?.name !== name || !parameter.schema) continue;
		const schema = convert(spec, parameter.schema);
		return (schema.items ?? schema).enum ?? [];
	}
	return [];
}

module.exports = {
	loadSpec,
	convert,
	findOperation,
	successSchema,
	refName,
	deref,
	typesOf,
	queryEnum,
};
