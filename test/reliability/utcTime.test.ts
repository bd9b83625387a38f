import { createdAtMs, pinterestTimeMs, serverClockOffsetMs } from '../../nodes/Pinterest/time/utc';

// The suite also runs under TZ=America/New_York in CI (.ci/run): these must not move with it.
describe("Pinterest's times are UTC whatever the machine's time zone", () => {
	it.each([
		['2026-07-09T10:43:44', Date.UTC(2026, 6, 9, 10, 43, 44)],
		['2026-07-09T10:43:44.123456', Date.UTC(2026, 6, 9, 10, 43, 44, 123)],
		['2026-07-09T10:43:44.5', Date.UTC(2026, 6, 9, 10, 43, 44, 500)],
		['2026-07-09T10:43:44Z', Date.UTC(2026, 6, 9, 10, 43, 44)],
		['2026-07-09T10:43:44+02:00', Date.UTC(2026, 6, 9, 8, 43, 44)],
		['2026-07-09T10:43:44-0500', Date.UTC(2026, 6, 9, 15, 43, 44)],
		['2026-07-09', Date.UTC(2026, 6, 9)],
		// The hour that does not exist in New York (spring forward) and the one that exists twice.
		['2026-03-08T02:30:00', Date.UTC(2026, 2, 8, 2, 30)],
		['2026-11-01T01:30:00', Date.UTC(2026, 10, 1, 1, 30)],
		[1783594424, 1783594424000],
		[1783594424123, 1783594424123],
	])('%s', (text, expected) => {
		expect(pinterestTimeMs(text)).toBe(expected);
	});

	it.each([
		'',
		'yesterday',
		'2026-13-01T00:00:00',
		'2026-02-30T00:00:00',
		'2026-07-09T24:00:00',
		'2026-07-09T10:43:44+25:00',
		{},
		null,
		Number.NaN,
		-5,
	])('refuses %p', (value) => {
		expect(pinterestTimeMs(value)).toBeUndefined();
	});

	it('reads created_at of an object', () => {
		expect(createdAtMs({ created_at: '2022-10-13T01:40:29' })).toBe(
			Date.UTC(2022, 9, 13, 1, 40, 29),
		);
		expect(createdAtMs({})).toBeUndefined();
	});

	it("tells Pinterest's clock from its Date header", () => {
		const received = Date.UTC(2026, 6, 9, 10, 43, 40);
		expect(serverClockOffsetMs('Thu, 09 Jul 2026 10:43:44 GMT', received)).toBe(4000);
		expect(serverClockOffsetMs('not a date', received)).toBeUndefined();
		expect(serverClockOffsetMs(undefined, received)).toBeUndefined();
	});
});
