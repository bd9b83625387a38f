/*
 * Contract test: the validator itself accepts what the spec allows and rejects what it forbids.
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import * as oa from '../../../tools/simulator/openapi';
import type { ContractContext } from './setup';
import { dates } from './setup';

export function validatorTests(ctx: ContractContext): void {
	const { ids } = ctx;

	test('the validator is not vacuous', () => {
		const { sim } = ctx;
		const pin = sim.getPinView(ids.pin);
		expect(oa.validateResponse('pins/get', 200, pin).valid).toBe(true);
		expect(oa.validateResponse('pins/get', 200, { ...pin, id: 123 }).valid).toBe(false);
		expect(oa.validateResponse('pins/get', 200, { ...pin, creative_type: 'GIF' }).valid).toBe(
			false,
		);
		expect(oa.validateResponse('pins/get', 200, { ...pin, title: null }).valid).toBe(true); // nullable
		// date-time: RFC 3339, or the live API's UTC without a zone (REAL-API.md); nothing else.
		for (const [created_at, valid] of [
			['2026-07-09T10:43:44', true],
			['2026-07-09T10:43:44.382000', true],
			['2026-07-09T10:43:44.123Z', true],
			['2026-07-09 10:43:44', false],
			['2026-13-09T10:43:44', false],
			['yesterday', false],
		] as const) {
			expect([
				created_at,
				oa.validateResponse('pins/get', 200, { ...pin, created_at }).valid,
			]).toEqual([created_at, valid]);
		}
		const brokenMedia = {
			...pin,
			media: { media_type: 'image', images: { '150x150': { width: 1, height: 1 } } },
		};
		expect(oa.validateResponse('pins/get', 200, brokenMedia).valid).toBe(false);
		expect(
			oa.validateResponse('boards/list', 200, { items: [{ id: '1' }], bookmark: null }).valid,
		).toBe(false); // name required
		expect(oa.validateResponse('boards/list', 200, { items: [], bookmark: 5 }).valid).toBe(false);
		expect(oa.validateResponse('boards/get', 404, { code: '40', message: 'x' }).valid).toBe(false);
		expect(oa.validateResponse('boards/delete', 204, { x: 1 }).valid).toBe(false);
		expect(
			oa.validateResponse({ method: 'GET', path: '/v5/pins/analytics' }, 200, {}).operationId,
		).toBe('multi_pins/analytics');
		expect(
			oa.validateResponse({ method: 'GET', path: `/v5/pins/${ids.pin}` }, 200, pin).operationId,
		).toBe('pins/get');
		expect(
			oa.validateRequest({ method: 'GET', path: '/v5/boards', query: { page_size: '251' } }).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/boards',
				query: { page_size: '25', privacy: 'SECRET' },
			}).valid,
		).toBe(true);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/pins',
				query: { creative_types: 'VIDEO,REGULAR' },
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: '/v5/pins',
				query: { creative_types: ['VIDEO', 'REGULAR'] },
			}).valid,
		).toBe(true);
		expect(
			oa.validateRequest({
				method: 'GET',
				path: `/v5/pins/${ids.pin}/analytics`,
				query: { ...dates(), metric_types: ['IMPRESSION', 'SAVE'] },
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'POST',
				path: '/v5/pins',
				body: {
					board_id: '1',
					media_source: { source_type: 'image_base64', content_type: 'image/gif', data: 'AA' },
				},
			}).valid,
		).toBe(false);
		expect(
			oa.validateRequest({
				method: 'POST',
				path: '/v5/pins',
				body: {
					board_id: '1',
					title: 'x'.repeat(101),
					media_source: { source_type: 'image_url', url: 'https://a' },
				},
			}).valid,
		).toBe(false);
	});
}
