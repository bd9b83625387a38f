/*
 * The GitHub Actions workflows cannot run here, so their shape is checked: CI on push and pull request
 * over Node 20 and 24, and a publish workflow that n8n's verification accepts and that uses npm's
 * trusted publishing (a version tag, the id-token permission, Node 24 with npm 11.5.1 or later, the
 * checks first, `npm publish --provenance` with no npm token). package.json's prepublishOnly runs the
 * verification gate and the build. Also CHANGELOG.md's format, and an entry for package.json's version.
 */
import YAML from 'yaml';

import { childProcess, fs, path, repoRoot } from '../helpers/system';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string | number | boolean>;
	env?: Record<string, string>;
}
interface Job {
	'runs-on'?: string;
	strategy?: { matrix?: Record<string, unknown> };
	steps?: Step[];
	permissions?: Record<string, string>;
}
interface Workflow {
	name?: string;
	on?: Record<string, { tags?: string[]; branches?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs?: Record<string, Job>;
}

const read = (...parts: string[]) => fs.readFileSync(path.join(repoRoot, ...parts), 'utf8');

function loadWorkflow(file: string): Workflow {
	const doc: unknown = YAML.parse(read('.github', 'workflows', file));
	expect(doc).toEqual(expect.any(Object));
	return doc as Workflow;
}

function onlyJob(workflow: Workflow): Job {
	const jobs = Object.values(workflow.jobs ?? {});
	expect(jobs).toHaveLength(1);
	return jobs[0];
}

/** Index of the first step whose `run` has a line starting with `command` (as a whole word), or -1. */
function stepIndex(steps: Step[], command: string): number {
	const escaped = command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const line = new RegExp(`^\\s*${escaped}(\\s|$)`, 'm');
	return steps.findIndex((step) => typeof step.run === 'string' && line.test(step.run));
}

const CHECKS = ['npm ci', 'npm run build', 'npm run lint', 'npm test'];

describe('.github/workflows/ci.yml', () => {
	const ci = loadWorkflow('ci.yml');
	const job = onlyJob(ci);
	const steps = job.steps ?? [];

	it('runs on push and on pull requests, with read-only contents', () => {
		expect(Object.keys(ci.on ?? {})).toEqual(expect.arrayContaining(['push', 'pull_request']));
		expect(ci.permissions).toEqual({ contents: 'read' });
	});

	it('has a matrix over Node 20 and Node 24, set up with the npm cache', () => {
		const versions = (job.strategy?.matrix?.['node-version'] ?? []) as unknown[];
		expect(versions.map(String).sort()).toEqual(['20', '24']);
		const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		expect(setup?.with?.['node-version']).toBe('${{ matrix.node-version }}');
		expect(setup?.with?.cache).toBe('npm');
		expect(steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'))).toBe(0);
	});

	it('runs npm ci, build, lint and test, in that order', () => {
		const order = CHECKS.map((command) => stepIndex(steps, command));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});
});

describe('.github/workflows/publish.yml', () => {
	const publish = loadWorkflow('publish.yml');
	const job = onlyJob(publish);
	const steps = job.steps ?? [];
	const publishAt = stepIndex(steps, 'npm publish');

	it('is triggered by version tags only', () => {
		expect(Object.keys(publish.on ?? {})).toEqual(['push']);
		expect(publish.on?.push?.tags).toEqual(['v*.*.*']);
		expect(publish.on?.push?.branches).toBeUndefined();
	});

	it('may mint an OIDC token for provenance, and only read the repository', () => {
		expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
	});

	it('sets up Node 24 with the npm registry, then npm 11.5.1 or later, before installing', () => {
		const setupAt = steps.findIndex((step) => step.uses?.startsWith('actions/setup-node@'));
		const setup = steps[setupAt];
		// Trusted publishing needs npm >= 11.5.1 (docs.npmjs.com/trusted-publishers); Node 24 ships npm 11.
		expect(String(setup?.with?.['node-version'])).toBe('24');
		expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
		const npmAt = stepIndex(steps, 'npm install -g npm@^11.5.1');
		expect(npmAt).toBeGreaterThan(setupAt);
		expect(npmAt).toBeLessThan(stepIndex(steps, 'npm ci'));
	});

	it("refuses an npm older than 11.5.1 (the step's own version check)", () => {
		const run = steps[stepIndex(steps, 'npm install -g npm@^11.5.1')]?.run ?? '';
		const check = /^\s*node -e "(.+)" "\$\(npm --version\)"$/m.exec(run);
		expect(check).not.toBeNull();
		const code = (check?.[1] ?? '').replace(/\\"/g, '"');
		const refuses = (version: string) =>
			childProcess.spawnSync('node', ['-e', code, version]).status !== 0;
		expect(['10.9.2', '11.5.0', '11.5.1', '11.6.2', '12.0.0'].map(refuses)).toEqual([
			true,
			true,
			false,
			false,
			false,
		]);
	});

	it('installs, builds, lints and tests before publishing', () => {
		expect(publishAt).toBeGreaterThan(0);
		for (const command of CHECKS) {
			const at = stepIndex(steps, command);
			expect({ command, before: at >= 0 && at < publishAt }).toEqual({ command, before: true });
		}
	});

	it('refuses a tag that is not v + package.json version, before publishing', () => {
		const check = steps.findIndex(
			(step) =>
				(step.run ?? '').includes("require('./package.json').version") &&
				/exit 1/.test(step.run ?? ''),
		);
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(publishAt);
		expect(steps[check].run).toContain('"v$(node -p');
		expect(steps[check].env?.TAG).toBe('${{ github.ref_name }}');
	});

	it('publishes with provenance through trusted publishing: no npm token anywhere', () => {
		const step = steps[publishAt];
		expect(step.run?.trim()).toBe('npm publish --provenance --access public');
		expect(step.env?.NODE_AUTH_TOKEN).toBeUndefined();
		expect(publishAt).toBe(steps.length - 1);
		const text = read('.github', 'workflows', 'publish.yml');
		expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\./);
		expect(job.permissions).toBeUndefined();
	});
});

describe("package.json's prepublishOnly", () => {
	it("runs n8n's verification gate (npm run lint) and the build before any publish", () => {
		const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
		const commands = (pkg.scripts.prepublishOnly ?? '').split('&&').map((c) => c.trim());
		expect(commands).toEqual(['npm run lint', 'npm run build']);
	});
});

describe('CHANGELOG.md', () => {
	const changelog = read('CHANGELOG.md');
	const pkg = JSON.parse(read('package.json')) as { version: string };
	const versionHeading = (version: string) =>
		new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm');

	it('follows Keep a Changelog and Semantic Versioning', () => {
		expect(changelog.startsWith('# Changelog\n')).toBe(true);
		expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/');
		expect(changelog).toContain('https://semver.org/');
		expect(changelog).toMatch(/^## \[Unreleased\]$/m);
		expect(changelog).toMatch(versionHeading('0.1.0'));
		const sections = changelog.match(/^### (.+)$/gm) ?? [];
		const allowed = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
		expect(sections.map((s) => s.slice(4)).filter((s) => !allowed.includes(s))).toEqual([]);
		expect(changelog).toMatch(/^\[Unreleased\]: \S+$/m);
		expect(changelog).toMatch(/^\[0\.1\.0\]: \S+$/m);
	});

	it("has an entry for package.json's version", () => {
		expect(changelog).toMatch(versionHeading(pkg.version));
	});

	it('lists versions newest first, below Unreleased', () => {
		const headings = (changelog.match(/^## \[[^\]]+\]/gm) ?? []).map((h) => h.slice(4, -1));
		expect(headings[0]).toBe('Unreleased');
		const versions = headings.slice(1).map((v) => v.split('.').map(Number));
		const sorted = [...versions].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
		expect(versions).toEqual(sorted);
	});
});
