/**
 * Checks node output items against the output schemas we ship (nodes/Pinterest/__schema__/), both
 * ways: an item must match one variant of its schema exactly (every required property there, no
 * property the variant does not declare), and, over all runs, every declared property must have
 * been seen in some item unless the schema marks it optional with a reason ($comment
 * "optional: ..."). A variant that cannot list its keys says so with $comment "open: ...".
 */
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { IDataObject } from 'n8n-workflow';

import { fs, path, repoRoot } from './system';

const { join, relative } = path;

export const SCHEMA_DIR = join(repoRoot, 'nodes', 'Pinterest', '__schema__');

export interface JsonSchema {
	type?: string | string[];
	title?: string;
	$comment?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: boolean | JsonSchema;
	anyOf?: JsonSchema[];
}

/** n8n's "x.y.z" form of a node version: 1 → 1.0.0, 1.1 → 1.1.0. */
export function padVersion(version: number): string {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

/** Every schema file below dir, as paths relative to it ("v1.0.0/pin/get.json"). */
export function schemaFiles(dir = SCHEMA_DIR): string[] {
	const walk = (folder: string): string[] =>
		fs
			.readdirSync(folder, { withFileTypes: true })
			.flatMap((entry) =>
				entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
			);
	try {
		return walk(dir)
			.map((file) => relative(dir, file).split('\\').join('/'))
			.sort();
	} catch {
		return [];
	}
}

export function readSchema(file: string, dir = SCHEMA_DIR): JsonSchema {
	return JSON.parse(fs.readFileSync(join(dir, file), 'utf8')) as JsonSchema;
}

function variantsOf(schema: JsonSchema): JsonSchema[] {
	return schema.anyOf ?? [schema];
}

function isOptional(schema: JsonSchema): boolean {
	return typeof schema.$comment === 'string' && schema.$comment.startsWith('optional:');
}

function isOpen(schema: JsonSchema): boolean {
	return typeof schema.$comment === 'string' && schema.$comment.startsWith('open:');
}

/**
 * What a file must say without any run: the editor's top level (type object, properties), and
 * per variant a closed object (additionalProperties false, or "open:" with its reason) whose
 * properties are each required or optional with a reason.
 */
export function structureProblems(file: string, schema: JsonSchema): string[] {
	const problems: string[] = [];
	if (schema.type !== 'object' || !schema.properties || !Object.keys(schema.properties).length) {
		problems.push(
			`${file}: the top level needs type "object" and properties (the editor reads them)`,
		);
	}
	for (const variant of variantsOf(schema)) {
		const name = `${file}${variant.title ? ` (${variant.title})` : ''}`;
		if (isOpen(variant)) continue;
		if (variant.additionalProperties !== false) {
			problems.push(`${name}: additionalProperties is not false`);
		}
		for (const [key, property] of Object.entries(variant.properties ?? {})) {
			if (!(variant.required ?? []).includes(key) && !isOptional(property)) {
				problems.push(`${name}: ${key} is neither required nor optional with a reason`);
			}
		}
	}
	return problems;
}

/** Validates items against the shipped schemas and remembers which properties were seen. */
export class OutputChecker {
	private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
	private readonly compiled = new Map<
		string,
		{ whole: ValidateFunction; variants: ValidateFunction[] }
	>();
	private readonly seen = new Map<string, Set<string>>();
	readonly problems: string[] = [];

	constructor(private readonly dir = SCHEMA_DIR) {}

	private validators(file: string) {
		let found = this.compiled.get(file);
		if (!found) {
			const schema = readSchema(file, this.dir);
			found = {
				whole: this.ajv.compile(schema),
				variants: variantsOf(schema).map((variant) => this.ajv.compile(variant)),
			};
			this.compiled.set(file, found);
		}
		return found;
	}

	/** Checks the output items of one run against `file`; false when the file is missing. */
	check(file: string, items: IDataObject[], label: string): boolean {
		if (!schemaFiles(this.dir).includes(file)) {
			this.problems.push(`${label}: no output schema ${file}`);
			return false;
		}
		const { whole, variants } = this.validators(file);
		const seen = this.seen.get(file) ?? new Set<string>();
		this.seen.set(file, seen);
		items.forEach((json, index) => {
			for (const key of Object.keys(json)) seen.add(key);
			const matches = variants.filter((validate) => validate(json));
			if (!whole(json) || matches.length === 0) {
				const details = variants
					.map((validate) =>
						(validate.errors ?? [])
							.map((e) => `item${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
							.join(', '),
					)
					.join(' | or | ');
				this.problems.push(`${label}: item ${index} does not match ${file}: ${details}`);
			}
		});
		return true;
	}

	/** The properties the items checked against `file` had. */
	seenKeys(file: string): string[] {
		return [...(this.seen.get(file) ?? [])].sort();
	}

	/** The files checked so far. */
	checkedFiles(): string[] {
		return [...this.seen.keys()];
	}

	/** Declared properties no item of any run had, and that are not optional with a reason. */
	neverSeen(): string[] {
		const problems: string[] = [];
		for (const [file, seen] of this.seen) {
			const schema = readSchema(file, this.dir);
			for (const variant of variantsOf(schema)) {
				for (const [key, property] of Object.entries(variant.properties ?? {})) {
					if (!seen.has(key) && !isOptional(property)) {
						problems.push(
							`${file}${variant.title ? ` (${variant.title})` : ''}: ${key} is declared but no output had it`,
						);
					}
				}
			}
		}
		return [...new Set(problems)];
	}
}
