/*
 * Without Pinterest's OpenAPI file the contract suites are skipped. Jest hides what a wholly skipped
 * suite prints, so the run ends with one note (test/openapiSkips.js) that names every skipped suite and
 * the command that fetches the file. Checked here in a real jest run of one such suite.
 */
import { note } from '../openapiSkips';
import { env, fs, path, repoRoot, spawnNode } from '../helpers/system';

function listTs(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return listTs(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

async function jest(args: string[], extraEnv: Record<string, string>): Promise<string> {
	const child = spawnNode('node_modules/jest/bin/jest.js', args, {
		cwd: repoRoot,
		env: { ...env, ...extraEnv },
	});
	let out = '';
	child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
	await new Promise((resolve) => child.on('close', resolve));
	return out;
}

describe('the note for suites skipped without the OpenAPI file', () => {
	it('names each skipped suite once, what it checks, and npm run fetch:openapi', () => {
		const specPath = '/nowhere/openapi.yaml';
		const text = note([
			{ suite: 'test/contract/b.test.ts', what: 'b', specPath },
			{ suite: 'test/contract/a.test.ts', what: 'a', specPath },
			{ suite: 'test/contract/a.test.ts', what: 'a', specPath },
		]);
		expect(text.split('\n')).toEqual([
			"OpenAPI contract checks skipped: Pinterest's OpenAPI file is not at /nowhere/openapi.yaml, so these did not run:",
			'  - test/contract/a.test.ts (a)',
			'  - test/contract/b.test.ts (b)',
			"To run them, run npm run fetch:openapi (or set PINTEREST_OPENAPI to the path of Pinterest's v5 openapi.yaml), then run the tests again.",
		]);
		expect(note([])).toBe('');
	});

	it('is printed at the end of a jest run whose contract suite was skipped', async () => {
		const missing = path.join(repoRoot, 'no-such-dir', 'openapi.yaml');
		const out = await jest(['--ci', 'test/contract/deprecated.test.ts'], {
			PINTEREST_OPENAPI: missing,
		});
		expect(out).toContain('1 skipped');
		expect(out).toContain(
			`OpenAPI contract checks skipped: Pinterest's OpenAPI file is not at ${missing}, so these did not run:\n` +
				'  - test/contract/deprecated.test.ts (operations marked deprecated)\n' +
				'To run them, run npm run fetch:openapi',
		);
	}, 120000);

	it('is recorded by every suite that skips without the file', () => {
		const callers = listTs(path.join(repoRoot, 'test')).filter((file) =>
			fs.readFileSync(file, 'utf8').includes('specAvailable()'),
		);
		expect(callers.length).toBeGreaterThan(5);
		const silent = callers
			.filter((file) => !fs.readFileSync(file, 'utf8').includes('openapiSkipNote('))
			.map((file) => path.relative(repoRoot, file));
		expect(silent).toEqual([]);
	});
});
