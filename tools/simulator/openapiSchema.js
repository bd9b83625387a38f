'use strict';
// OpenAPI 3.0 schema -> JSON Schema (the draft-07 flavour ajv understands), for openapi.js.

/** The $id of the converted document; $refs point into it. */
const DOC_ID = 'pinterest-openapi.json';
const DROP = new Set(['example', 'examples', 'xml', 'externalDocs', 'deprecated', 'discriminator']);

function isPureStringEnum(s) {
	return (
		s &&
		typeof s === 'object' &&
		Array.isArray(s.enum) &&
		(s.type === undefined || s.type === 'string') &&
		!s.$ref &&
		!s.allOf &&
		!s.oneOf &&
		!s.anyOf &&
		!s.properties
	);
}

function convert(node) {
	if (Array.isArray(node)) return node.map(convert);
	if (!node || typeof node !== 'object') return node;
	const out = {};
	for (const [k, v] of Object.entries(node)) {
		if (DROP.has(k) || k.startsWith('x-')) continue;
		if (k === 'properties' || k === 'patternProperties') {
			out[k] = {};
			for (const [pk, pv] of Object.entries(v)) out[k][pk] = convert(pv);
			continue;
		}
		if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) {
			out.$ref = `${DOC_ID}${v}`;
			continue;
		}
		out[k] = convert(v);
	}
	// oneOf whose branches are overlapping string enums (e.g. Pin analytics metric types): a value
	// in two branches would fail "exactly one"; the intent is "any of these values".
	if (Array.isArray(out.oneOf) && out.oneOf.every(isPureStringEnum)) {
		const values = Array.from(new Set(out.oneOf.flatMap((b) => b.enum)));
		delete out.oneOf;
		out.type = 'string';
		out.enum = values;
	}
	// discriminator with mapping: the mapping decides which schema applies
	const disc = node.discriminator;
	if (disc && disc.propertyName && disc.mapping) {
		const p = disc.propertyName;
		const branches = Object.entries(disc.mapping).map(([value, ref]) => ({
			if: { properties: { [p]: { const: value } }, required: [p] },
			then: { $ref: `${DOC_ID}${ref}` },
		}));
		if (out.oneOf) {
			// the mapped schemas replace the oneOf; the tag must be one of the mapping keys
			delete out.oneOf;
			out.required = Array.from(new Set([...(out.required || []), p]));
			out.properties = {
				...(out.properties || {}),
				[p]: { ...((out.properties || {})[p] || {}), enum: Object.keys(disc.mapping) },
			};
			if (out.properties[p].type === undefined) out.properties[p].type = 'string';
		}
		out.allOf = [...(out.allOf || []), ...branches];
	}
	if (node.nullable === true) {
		delete out.nullable;
		if (typeof out.type === 'string' && !out.allOf && !out.oneOf && !out.anyOf && !out.$ref) {
			out.type = [out.type, 'null'];
			if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
		} else {
			const meta = {};
			for (const k of ['description', 'title', 'readOnly', 'writeOnly', 'default']) {
				if (k in out) {
					meta[k] = out[k];
					delete out[k];
				}
			}
			return { ...meta, anyOf: [out, { type: 'null' }] };
		}
	} else if (node.nullable === false) delete out.nullable;
	return out;
}

module.exports = { convert, DOC_ID };
