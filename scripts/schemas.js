'use strict';
/*
 * npm run schemas: writes the output schemas n8n's editor shows for a node that has not run yet,
 * nodes/Pinterest/__schema__/v<x.y.z>/<resource>/<operation>.json for every operation of every
 * version of the Pinterest node, and v<x.y.z>/trigger/<event>.json for the trigger's events
 * (n8n never asks for a trigger's schema; they document its output and the output test reads
 * them). Built from Pinterest's OpenAPI file and our hooks' shaping (scripts/lib/schemas/), from
 * the built node in dist/ (npm run build first; npm run schemas does both).
 *
 *   node scripts/schemas.js           regenerate (the folder is replaced: stale files go)
 *   node scripts/schemas.js --check   exit 1 when the committed files differ from a regeneration
 */
const fs = require('fs');
const path = require('path');

const { loadSpec } = require('./lib/schemas/openapi');
const { actionOperations, padVersion, ROOT, triggerEvents } = require('./lib/schemas/operations');
const { eventVariants, operationVariants } = require('./lib/schemas/shapes');
const { compose } = require('./lib/schemas/compose');

const SCHEMA_DIR = path.join(ROOT, 'nodes', 'Pinterest', '__schema__');

function generate() {
	const spec = loadSpec();
	const operations = actionOperations();
	const context = { spec, operations };
	const files = new Map();
	for (const op of operations) {
		const file = path.join(`v${padVersion(op.version)}`, op.resource, `${op.operation}.json`);
		try {
			files.set(file, compose(operationVariants(op, context)));
		} catch (error) {
			throw new Error(`${file}: ${error.message}`);
		}
	}
	for (const event of triggerEvents()) {
		const file = path.join(`v${padVersion(event.version)}`, 'trigger', `${event.event}.json`);
		files.set(file, compose(eventVariants(event, context)));
	}
	return files;
}

function text(schema) {
	return `${JSON.stringify(schema, null, '\t')}\n`;
}

function listFiles(dir, base = dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
	});
}

function main() {
	const files = generate();
	if (process.argv.includes('--check')) {
		const stale = [];
		const present = new Set(listFiles(SCHEMA_DIR));
		for (const [file, schema] of files) {
			const full = path.join(SCHEMA_DIR, file);
			if (!present.has(file) || fs.readFileSync(full, 'utf8') !== text(schema)) stale.push(file);
			present.delete(file);
		}
		stale.push(...[...present].map((file) => `${file} (not generated any more)`));
		if (stale.length) {
			console.error(`Output schemas out of date; run npm run schemas:\n  ${stale.join('\n  ')}`);
			process.exitCode = 1;
			return;
		}
		console.log(`${files.size} output schemas up to date`);
		return;
	}
	fs.rmSync(SCHEMA_DIR, { recursive: true, force: true });
	for (const [file, schema] of files) {
		const full = path.join(SCHEMA_DIR, file);
		fs.mkdirSync(path.dirname(full), { recursive: true });
		fs.writeFileSync(full, text(schema));
	}
	console.log(`${files.size} output schemas written to ${path.relative(ROOT, SCHEMA_DIR)}`);
}

main();
