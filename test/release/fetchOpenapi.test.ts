/*
 * `npm run fetch:openapi` (scripts/fetch-openapi.js), run as a child process against a local HTTP server on
 * 127.0.0.1: it stores the file under the cache root only when the SHA-256 matches, says so when the file is
 * already there, follows redirects, and leaves nothing behind on a mismatch. Nothing leaves the loopback
 * interface. The served bytes are ../shared/pinterest/openapi-v5.yaml when it exists (checked against the
 * pinned hash); otherwise the test makes its own and passes their hash in PINTEREST_OPENAPI_SHA256.
 */
import { createHash } from 'crypto';

import { fs, makeTempDir, path, removeDir, repoRoot } from '../helpers/system';
import { runScript, startServer, type LocalServer, type Route } from './localServer';

const PINNED_SHA256 = '1dffcde3f84fe75df00b8f39ab1b8bd1751a09b12b9e3a8463cd4d5f8b84a41d';
const PINNED_URL =
	'https://raw.githubusercontent.com/pinterest/api-description/c05b18971472342ebdf4bafc15fea8a91c78bf79/v5/openapi.yaml';
const SCRIPT = 'scripts/fetch-openapi.js';
const sharedSpec = path.resolve(repoRoot, '..', 'shared', 'pinterest', 'openapi-v5.yaml');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function specBytes(): Uint8Array {
	if (fs.existsSync(sharedSpec)) return fs.readFileSync(sharedSpec);
	const text = 'openapi: 3.0.3\ninfo:\n  title: test bytes\n  version: 5.23.0\npaths: {}\n'.repeat(
		2000,
	);
	return new TextEncoder().encode(text);
}

const bytes = specBytes();
const actualHash = sha256(bytes);
// The pinned hash when the bytes are Pinterest's own file; otherwise the test's override.
const hashOverride = actualHash === PINNED_SHA256 ? undefined : actualHash;
const tampered = Uint8Array.from(bytes);
tampered[Math.floor(tampered.length / 2)] ^= 0x01;
const tamperedHash = sha256(tampered);

const destIn = (cacheDir: string) => path.join(cacheDir, 'openapi', 'openapi-v5-5.23.0.yaml');

describe('npm run fetch:openapi', () => {
	let server: LocalServer;
	const dirs: string[] = [];
	const newCacheDir = () => {
		const dir = makeTempDir('pinterest-fetch-openapi-');
		dirs.push(dir);
		return dir;
	};
	const fetchInto = async (cacheDir: string, urlPath: string) =>
		await runScript(SCRIPT, {
			N8N_CACHE_DIR: cacheDir,
			PINTEREST_OPENAPI_URL: server.url(urlPath),
			PINTEREST_OPENAPI_SHA256: hashOverride,
			PINTEREST_OPENAPI: undefined,
		});

	beforeAll(async () => {
		const routes: Record<string, Route> = {
			'/v5/openapi.yaml': { body: bytes, headers: { 'content-type': 'application/yaml' } },
			'/tampered/openapi.yaml': { body: tampered },
			'/old/openapi.yaml': { status: 302, headers: { location: '/moved/openapi.yaml' } },
			'/loop': { status: 302, headers: { location: '/loop' } },
		};
		server = await startServer(routes);
		// The second hop is an absolute URL to this server (routes are read at each request).
		routes['/moved/openapi.yaml'] = {
			status: 301,
			headers: { location: server.url('/v5/openapi.yaml') },
		};
	});

	afterAll(async () => {
		await server.close();
		for (const dir of dirs) removeDir(dir);
	});

	it('downloads, checks the SHA-256 and stores the file; a second run finds it already there', async () => {
		const cacheDir = newCacheDir();
		const first = await fetchInto(cacheDir, '/v5/openapi.yaml');
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		const dest = destIn(cacheDir);
		expect(sha256(fs.readFileSync(dest))).toBe(actualHash);
		expect(fs.readdirSync(path.dirname(dest))).toEqual([path.basename(dest)]);
		expect(first.stdout).toContain(server.url('/v5/openapi.yaml'));
		expect(first.stdout).toContain(dest);
		expect(first.stdout).toContain(actualHash);

		const before = server.requests.length;
		const second = await fetchInto(cacheDir, '/v5/openapi.yaml');
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('already present');
		expect(server.requests.length).toBe(before);
	});

	it('refuses tampered bytes: exit 1, names both hashes, stores nothing', async () => {
		const cacheDir = newCacheDir();
		const result = await fetchInto(cacheDir, '/tampered/openapi.yaml');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			`SHA-256 mismatch: expected ${actualHash}, got ${tamperedHash}`,
		);
		expect(fs.existsSync(destIn(cacheDir))).toBe(false);
		expect(fs.readdirSync(path.join(cacheDir, 'openapi'))).toEqual([]);
	});

	it('replaces a stored file whose hash is wrong, and removes it when the new download is wrong too', async () => {
		const cacheDir = newCacheDir();
		const dest = destIn(cacheDir);
		fs.mkdirSync(path.dirname(dest), { recursive: true });
		fs.writeFileSync(dest, tampered);
		const result = await fetchInto(cacheDir, '/v5/openapi.yaml');
		expect(result.code).toBe(0);
		expect(sha256(fs.readFileSync(dest))).toBe(actualHash);

		// A wrong file is not left for the contract tests even when the new download fails too.
		fs.writeFileSync(dest, tampered);
		const failed = await fetchInto(cacheDir, '/tampered/openapi.yaml');
		expect(failed.code).toBe(1);
		expect(fs.readdirSync(path.dirname(dest))).toEqual([]);
	});

	it('follows redirects (302 with a relative Location, then 301 with an absolute one)', async () => {
		const cacheDir = newCacheDir();
		const from = server.requests.length;
		const result = await fetchInto(cacheDir, '/old/openapi.yaml');
		expect(result.code).toBe(0);
		expect(server.requests.slice(from)).toEqual([
			'/old/openapi.yaml',
			'/moved/openapi.yaml',
			'/v5/openapi.yaml',
		]);
		expect(sha256(fs.readFileSync(destIn(cacheDir)))).toBe(actualHash);
	});

	it('gives up on a redirect loop and on an HTTP error, storing nothing', async () => {
		const loopDir = newCacheDir();
		const loop = await fetchInto(loopDir, '/loop');
		expect(loop.code).toBe(1);
		expect(loop.stderr).toContain('too many redirects');
		expect(fs.existsSync(destIn(loopDir))).toBe(false);

		const missingDir = newCacheDir();
		const missing = await fetchInto(missingDir, '/nothing-here.yaml');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('HTTP 404');
		expect(fs.existsSync(destIn(missingDir))).toBe(false);
	});

	it('uses the pinned URL and hash when nothing is overridden', () => {
		const source = fs.readFileSync(
			path.join(repoRoot, 'scripts', 'lib', 'openapi-source.js'),
			'utf8',
		);
		expect(source).toContain(PINNED_URL);
		expect(source).toContain(PINNED_SHA256);
		expect(source).toContain('c05b18971472342ebdf4bafc15fea8a91c78bf79');
	});
});

describe('the contract tests find the spec: env, then ../shared, then the download', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) removeDir(dir);
	});

	interface Lookup {
		specPath: string;
		downloadedSpecPath: string;
		available: boolean;
		loadError: string | null;
	}
	const lookup = async (env: Record<string, string | undefined>): Promise<Lookup> => {
		const result = await runScript('test/release/printSpecPath.js', env);
		expect(result.code).toBe(0);
		return JSON.parse(result.stdout) as Lookup;
	};

	it('PINTEREST_OPENAPI comes first; a missing file says to run npm run fetch:openapi', async () => {
		const cacheDir = makeTempDir('pinterest-spec-lookup-');
		dirs.push(cacheDir);
		const missing = path.join(cacheDir, 'missing.yaml');
		const found = await lookup({ PINTEREST_OPENAPI: missing, N8N_CACHE_DIR: cacheDir });
		expect(found.specPath).toBe(missing);
		expect(found.available).toBe(false);
		expect(found.loadError).toContain('run npm run fetch:openapi');
	});

	it('without PINTEREST_OPENAPI: ../shared/pinterest/openapi-v5.yaml, else the downloaded file', async () => {
		const cacheDir = makeTempDir('pinterest-spec-lookup-');
		dirs.push(cacheDir);
		const dest = destIn(cacheDir);
		fs.mkdirSync(path.dirname(dest), { recursive: true });
		fs.writeFileSync(dest, bytes);
		const found = await lookup({ PINTEREST_OPENAPI: undefined, N8N_CACHE_DIR: cacheDir });
		expect(found.downloadedSpecPath).toBe(dest);
		expect(found.specPath).toBe(fs.existsSync(sharedSpec) ? sharedSpec : dest);
		expect(found.available).toBe(true);
	});
});
