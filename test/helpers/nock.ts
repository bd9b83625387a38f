import nock from 'nock';

/**
 * Every suite that intercepts HTTP: no real network, and a test fails if a mock it set up was
 * not used. Mocks are cleared before the check, so one failing test cannot leak into the next.
 */
export function useStrictNock(): void {
	beforeAll(() => nock.disableNetConnect());
	afterEach(() => {
		const pending = nock.pendingMocks();
		nock.cleanAll();
		expect(pending).toEqual([]);
	});
	afterAll(() => nock.enableNetConnect());
}

/**
 * Requests that reached no mock, as "METHOD path", cleared before each test: a test that must
 * prove nothing more was sent (after a cancel, during a wait) checks this stays empty, since a
 * request nock cannot match fails inside the node and could otherwise pass unseen.
 */
export function recordUnmatchedRequests(): () => string[] {
	let unmatched: string[] = [];
	const record = (req: { method?: string; path?: string }) =>
		unmatched.push(`${String(req.method)} ${String(req.path)}`);
	beforeEach(() => {
		unmatched = [];
		nock.emitter.on('no match', record);
	});
	afterEach(() => {
		nock.emitter.removeListener('no match', record);
	});
	return () => unmatched;
}

/**
 * A nock reply body for a Pinterest list served with offset bookmarks, at whatever page_size the
 * request asks; each request's URI goes into `calls`. `rows` is read at each request, so a test
 * can add to it between polls.
 */
export function offsetPages(rows: readonly unknown[], calls: string[]) {
	return (uri: string) => {
		calls.push(uri);
		const url = new URL(uri, 'http://x');
		const start = Number(url.searchParams.get('bookmark') ?? 0);
		const size = Number(url.searchParams.get('page_size'));
		return {
			items: rows.slice(start, start + size),
			bookmark: start + size < rows.length ? String(start + size) : null,
		};
	};
}
