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
