'use strict';
/*
 * The operations of the built nodes (dist/), per node version: resource, operation, the route an
 * operation was made from (routing/route.ts keeps it) and the parameters the editor shows for it.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIST_NODE_DIR = path.join(ROOT, 'dist', 'nodes', 'Pinterest');

function built(file) {
	try {
		return require(path.join(DIST_NODE_DIR, file));
	} catch (error) {
		throw new Error(`${file} is not built (${error.message}): run npm run build first.`);
	}
}

/** n8n's "x.y.z" form of a node version, as the editor requests it: 1 → 1.0.0, 1.1 → 1.1.0. */
function padVersion(version) {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

function versionMatches(condition, version) {
	if (typeof condition === 'number') return condition === version;
	const cnd = condition && condition._cnd;
	if (!cnd) return true;
	if (cnd.eq !== undefined) return version === cnd.eq;
	if (cnd.gte !== undefined && !(version >= cnd.gte)) return false;
	if (cnd.gt !== undefined && !(version > cnd.gt)) return false;
	if (cnd.lte !== undefined && !(version <= cnd.lte)) return false;
	if (cnd.lt !== undefined && !(version < cnd.lt)) return false;
	return true;
}

/**
 * Whether a parameter is shown for a resource, operation and version. Conditions on other
 * parameters (output, simplify, ...) count as "may be shown": a schema covers every setting.
 */
function shownFor(property, where) {
	const show = property.displayOptions?.show ?? {};
	const hide = property.displayOptions?.hide ?? {};
	for (const [key, values] of Object.entries(show)) {
		if (key === '@version' && !values.some((value) => versionMatches(value, where.version))) {
			return false;
		}
		if ((key === 'resource' || key === 'operation') && !values.includes(where[key])) return false;
	}
	for (const [key, values] of Object.entries(hide)) {
		if (key === '@version' && values.some((value) => versionMatches(value, where.version))) {
			return false;
		}
	}
	return true;
}

/** Every parameter shown for the operation, nested collection options included. */
function parametersOf(properties, where) {
	const out = [];
	const visit = (list, parent) => {
		for (const property of list) {
			if (!parent && !shownFor(property, where)) continue;
			out.push({ ...property, parent });
			if (property.type === 'collection' || property.type === 'fixedCollection') {
				const children = (property.options ?? []).flatMap((option) =>
					option.values ? option.values : [option],
				);
				visit(children, property.name);
			}
		}
	};
	visit(properties, undefined);
	return out;
}

/** The action node's operations: [{ version, resource, operation, route, parameters }]. */
function actionOperations() {
	const { Pinterest } = built('Pinterest.node.js');
	const { routeOptionsOf } = built(path.join('routing', 'route.js'));
	const description = new Pinterest().description;
	const versions = Array.isArray(description.version) ? description.version : [description.version];
	const resources = description.properties.find((p) => p.name === 'resource').options;
	const result = [];
	for (const version of versions) {
		for (const { value: resource } of resources) {
			const operationProperty = description.properties.find(
				(p) =>
					p.name === 'operation' &&
					shownFor(p, { version, resource, operation: undefined }) &&
					(p.displayOptions?.show?.resource ?? []).includes(resource),
			);
			if (!operationProperty) throw new Error(`no Operation parameter for resource ${resource}`);
			for (const option of operationProperty.options) {
				const where = { version, resource, operation: option.value };
				const route = routeOptionsOf(option.routing);
				if (!route) throw new Error(`${resource}.${option.value} is not made with route()`);
				result.push({
					version,
					resource,
					operation: option.value,
					route,
					parameters: parametersOf(description.properties, where),
				});
			}
		}
	}
	return result;
}

/** The trigger's versions and events. */
function triggerEvents() {
	const { PinterestTrigger } = built('PinterestTrigger.node.js');
	const description = new PinterestTrigger().description;
	const versions = Array.isArray(description.version) ? description.version : [description.version];
	const event = description.properties.find((p) => p.name === 'event');
	const result = [];
	for (const version of versions) {
		for (const option of event.options) {
			result.push({
				version,
				event: option.value,
				parameters: parametersOf(description.properties, { version, event: option.value }),
			});
		}
	}
	return result;
}

/** A parameter of the operation by name (the first one shown), or undefined. */
function parameter(op, name) {
	return op.parameters.find((p) => p.name === name);
}

/** The option values of an options / multiOptions parameter. */
function optionValues(op, name) {
	const found = op.parameters.filter((p) => p.name === name && Array.isArray(p.options));
	return [...new Set(found.flatMap((p) => p.options.map((option) => option.value)))];
}

module.exports = {
	DIST_NODE_DIR,
	ROOT,
	actionOperations,
	optionValues,
	padVersion,
	parameter,
	triggerEvents,
};
