'use strict';
/*
 * One schema file from an operation's output variants. The n8n editor reads only the top level
 * `type` and `properties` (and the first entry of a type list) of a schema preview, so those
 * describe the parameters' defaults (e.g. Simplify on in version 1.1, off in version 1); the
 * exact shape of every setting is in `anyOf`, one strict object per variant, titled with the
 * setting ("Simplify off", "Output: Summary").
 */
const { typesOf } = require('./openapi');

function mergedType(schemas) {
	const types = [...new Set(schemas.flatMap(typesOf))];
	if (!types.length) return {};
	return { type: types.length === 1 ? types[0] : types };
}

function compose(variants, description) {
	if (variants.length === 1) {
		const only = variants[0].schema;
		return description && !only.description ? { description, ...only } : only;
	}
	const preview = variants.find((v) => v.isDefault) ?? variants[0];
	const properties = {};
	for (const [key, schema] of Object.entries(preview.schema.properties ?? {})) {
		const all = variants.map((v) => v.schema.properties?.[key]).filter(Boolean);
		const differs = all.some((other) => JSON.stringify(other) !== JSON.stringify(schema));
		// A key several variants share, with different shapes: the top level only says its types.
		properties[key] = differs ? { ...mergedType(all), description: schema.description } : schema;
		if (properties[key].description === undefined) delete properties[key].description;
	}
	return {
		type: 'object',
		description: `${description ? `${description} ` : ''}Top-level properties: ${preview.when} (the default). Each setting's exact shape: anyOf.`,
		properties,
		anyOf: variants.map((v) => ({ title: v.when, ...v.schema })),
	};
}

module.exports = { compose };
