'use strict';
/*
 * Loads this package's dist/ with the nodes loader (PackageDirectoryLoader) of a real, installed
 * n8n (scripts/n8n-install.js: profile 2.8 or 2.41), in a child process on that profile's Node,
 * and answers what the loader made of each node, and the tool variants (for AI Agents) n8n's own
 * tool generation makes of them. n8n-core 2.41 validates node descriptions while loading (a
 * builderHint on a resource/operation/mode property refuses the whole node); 2.8 has no
 * builderHint at all and must still load the nodes. Types in loadInN8n.d.ts.
 *
 *   run as a script: node loadInN8n.js <node_modules of the n8n install> <package folder>
 */
const childProcess = require('child_process');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');

/** { skipped: reason } when the profile is not installed, else what the child printed. */
function loadInInstalledN8n(profile) {
	const { isInstalled, profilePaths } = require('../../scripts/n8n-install');
	if (!isInstalled(profile)) {
		return { skipped: `n8n profile ${profile} is not installed (node scripts/n8n-install.js)` };
	}
	const paths = profilePaths(profile);
	const run = childProcess.spawnSync(paths.nodeBin, [__filename, paths.nodeModules, repoRoot], {
		encoding: 'utf8',
		timeout: 120000,
	});
	if (run.status !== 0) return { error: `${run.stderr}${run.stdout}`.trim() };
	return JSON.parse(run.stdout);
}

async function main(nodeModules, packageDir) {
	const core = path.join(nodeModules, 'n8n-core');
	const { PackageDirectoryLoader } = require(core);
	const loader = new PackageDirectoryLoader(packageDir);
	await loader.loadAll();
	const nodes = {};
	for (const [name, data] of Object.entries(loader.nodeTypes)) {
		const description = data.type.description;
		nodes[name] = {
			version: description.version,
			builderHint: description.builderHint ?? null,
			operations: description.properties.filter((p) => p.name === 'operation').length,
		};
	}
	// The tool variants, as n8n's own tool generation (n8n/dist/tool-generation, run by the CLI
	// on every loaded package) makes them from the loaded descriptions.
	const { createAiTools } = require(path.join(nodeModules, 'n8n', 'dist', 'tool-generation'));
	const types = JSON.parse(JSON.stringify(loader.types));
	const known = JSON.parse(JSON.stringify(loader.known));
	createAiTools(types, known);
	const tools = {};
	for (const description of types.nodes.filter((d) => d.name.endsWith('Tool'))) {
		tools[description.name] = {
			displayName: description.displayName,
			outputs: description.outputs,
			usableAsTool: description.usableAsTool ?? null,
			builderHint: description.builderHint ?? null,
			description: description.description,
			toolDescriptionDefault:
				description.properties.find((p) => p.name === 'toolDescription')?.default ?? null,
		};
	}
	const coreVersion = require(path.join(core, 'package.json')).version;
	process.stdout.write(JSON.stringify({ coreVersion, nodes, tools }));
}

if (require.main === module) {
	main(process.argv[2], process.argv[3]).catch((error) => {
		process.stderr.write(`load failed: ${error && error.stack ? error.stack : error}\n`);
		process.exit(1);
	});
}

module.exports = { loadInInstalledN8n };
