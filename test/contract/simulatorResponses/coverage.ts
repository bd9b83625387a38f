/*
 * Contract test: fault responses, and that every implemented operation was exercised.
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import * as oa from '../../../tools/simulator/openapi';
import type { SpecOperation } from '../../../tools/simulator/openapi';
import { report } from '../../../tools/simulator/report';
import type { ContractContext } from './setup';

export function faultAndCoverageTests(ctx: ContractContext): void {
	const { check, coverage } = ctx;

	test('fault responses (429/500/503) match the documented error schema', async () => {
		const { sim } = ctx;
		sim.failNext(1, { status: 429 });
		await check('boards/list', 'GET', '/boards', {}, 429, true);
		sim.failNext(1, { status: 500 });
		await check('pins/list', 'GET', '/pins', {}, 500, true);
		sim.failNext(1, { status: 503 });
		await check('boards/create', 'POST', '/boards', { body: { name: 'x' } }, 503, true);
	});

	test('every implemented operation exists in the spec and was exercised with success and error statuses', () => {
		const { sim } = ctx;
		const specOps = new Map(
			oa.listOperations().map((o): [string, SpecOperation] => [o.operationId, o]),
		);
		for (const op of sim.operations) {
			expect([op.operationId, specOps.get(op.operationId)]).toEqual([
				op.operationId,
				{ operationId: op.operationId, method: op.method, path: op.path },
			]);
			expect([op.operationId, [...(coverage.get(op.operationId) || [])].sort()]).toEqual([
				op.operationId,
				['error', 'success'],
			]);
		}
		expect(sim.operations.length).toBe(46);
		report(
			`[simulator contract test] ${sim.operations.length} operations validated against ${oa.specPath()}`,
		);
	});
}
