'use strict';
/* Small helpers shared by the e2e runner and its scenarios: timing, results, packing, node introspection. */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run } = require('../../../scripts/lib/n8n-cli');

const REPO = path.resolve(__dirname, '..', '..', '..');

function fmt(ms) {
	if (ms === undefined || ms === null) return '-';
	return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}

class Timer {
	constructor() {
		this.rows = [];
	}
	async time(label, fn) {
		const t0 = Date.now();
		try {
			return await fn();
		} finally {
			this.rows.push({ label, ms: Date.now() - t0 });
		}
	}
	add(label, ms) {
		this.rows.push({ label, ms });
	}
}

/** Prints a plain two/three-column table. */
function table(rows, headers) {
	const all = [headers, ...rows].map((r) => r.map((c) => String(c)));
	const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] || '').length)));
	const line = (r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
	return [
		line(all[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...all.slice(1).map(line),
	].join('\n');
}

/**
 * Builds and packs the package from the repo root (`npm pack`, which runs prepack = build) into dir.
 * Returns the .tgz path.
 */
async function packRepo(dir, { timeoutMs = 10 * 60 * 1000, npmCli, env } = {}) {
	fs.mkdirSync(dir, { recursive: true });
	const r = await run(process.execPath, [npmCli, 'pack', '--pack-destination', dir, '--json'], {
		cwd: REPO,
		env,
		timeoutMs,
	});
	if (r.code !== 0) {
		throw new Error(
			`npm pack failed (rc ${r.code}${r.timedOut ? ', timed out' : ''}):\n${(r.stdout + '\n' + r.stderr).trim().split('\n').slice(-25).join('\n')}`,
		);
	}
	const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
	if (!tgz) throw new Error(`npm pack produced no .tgz in ${dir}`);
	let files = [];
	try {
		const lines = r.stdout.split('\n');
		const start = lines.lastIndexOf('[');
		files = JSON.parse(lines.slice(start).join('\n'))[0].files.map((f) => f.path);
	} catch {
		/* older npm */
	}
	return { tgz: path.join(dir, tgz), files };
}

/**
 * Reads the built node descriptions from dist/ (the same files that are packed), so scenarios can tell a
 * missing operation from a broken one. Returns { nodes: { name: { description, ops: Set('resource:operation'), params: Set } } }.
 */
function readNodeInfo() {
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const info = { nodes: {}, credentials: [], errors: [] };
	for (const rel of (pkg.n8n && pkg.n8n.nodes) || []) {
		const file = path.join(REPO, rel);
		try {
			delete require.cache[require.resolve(file)];
			const mod = require(file);
			for (const Cls of Object.values(mod)) {
				if (typeof Cls !== 'function') continue;
				const inst = new Cls();
				const d =
					inst.description ||
					(inst.nodeVersions && Object.values(inst.nodeVersions).pop().description);
				if (!d) continue;
				const ops = new Set();
				const params = new Set();
				for (const p of d.properties || []) {
					params.add(p.name);
					if (p.name === 'operation' && p.options) {
						const res = (p.displayOptions &&
							p.displayOptions.show &&
							p.displayOptions.show.resource) || ['*'];
						for (const r of res) for (const o of p.options) ops.add(`${r}:${o.value}`);
					}
				}
				info.nodes[d.name] = { description: d, ops, params, file: rel };
			}
		} catch (e) {
			info.errors.push(`${rel}: ${e.message.split('\n')[0]}`);
		}
	}
	return info;
}

/** Properties of a node description that apply to resource/operation (by displayOptions.show). */
function propsFor(description, resource, operation) {
	return (description.properties || []).filter((p) => {
		const show = p.displayOptions && p.displayOptions.show;
		if (!show) return true;
		if (show.resource && !show.resource.includes(resource)) return false;
		if (show.operation && !show.operation.includes(operation)) return false;
		return true;
	});
}

function tmpDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { REPO, fmt, Timer, table, packRepo, readNodeInfo, propsFor, tmpDir };
