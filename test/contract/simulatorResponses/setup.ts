/*
 * Shared setup of the simulator contract test (test/contract/simulatorResponses.test.ts; not a test file):
 * the skip decision and its message, one simulator with the contract fixtures, and `check`, which sends a
 * request, validates request and response against the OpenAPI file and records which operations were
 * exercised with success and error statuses.
 */
import type { ApiResponse, CallOptions, Sim } from '../../simulator/helpers';
import { ROOMY_BUDGET, call, isoDay, must, startSim } from '../../simulator/helpers';
import * as oa from '../../../tools/simulator/openapi';
import { warn } from '../../../tools/simulator/report';
import { openapiSkipNote } from '../../helpers/openapiNote';

const available: boolean = oa.specAvailable();
if (!available) {
	warn(openapiSkipNote("the simulator's answers"));
}
export const describeIfSpec = available ? describe : describe.skip;

export const MISSING = '1234567890123456789';

export const dates = () => ({ start_date: isoDay(-7), end_date: isoDay(0) });

/** requestValid: true = the request must be spec-valid, false = it must be spec-invalid, undefined = not checked */
export type Check = <T = unknown>(
	operationId: string,
	method: string,
	path: string,
	opts: CallOptions,
	expected: number,
	requestValid?: boolean,
) => Promise<ApiResponse<T>>;

export interface ContractContext {
	/** The simulator (started in beforeAll). */
	readonly sim: Sim;
	/** IDs of the fixtures created in beforeAll. */
	readonly ids: Record<string, string>;
	/** operationId -> the kinds of statuses ('success', 'error') `check` saw for it. */
	readonly coverage: Map<string, Set<string>>;
	readonly check: Check;
}

/** Registers beforeAll/afterAll (start and seed the simulator, stop it) in the calling describe block. */
export function useContractSim(): ContractContext {
	let started: Sim | undefined;
	const current = (): Sim => must(started, 'simulator (started in beforeAll)');
	const ids: Record<string, string> = {};
	const coverage = new Map<string, Set<string>>();

	beforeAll(async () => {
		oa.loadSpec();
		const sim = await startSim({ rateLimits: ROOMY_BUDGET });
		started = sim;
		sim.seedDemo();
		const board = sim.addBoard({ name: 'Contract board', description: 'contract' });
		const section = sim.addSection(board.id, { name: 'Contract section' });
		ids.board = board.id;
		ids.section = section.id;
		ids.pin = sim.addPin({
			board_id: board.id,
			board_section_id: section.id,
			title: 'contract pin',
			description: 'zebra',
		}).id;
		ids.pin2 = sim.addPin({ board_id: board.id, title: 'second' }).id;
		ids.media = sim.addMedia({ status: 'succeeded' }).media_id;
		ids.deleteMe = sim.addPin({ board_id: board.id }).id;
		ids.deleteBoard = sim.addBoard({ name: 'to delete' }).id;
		ids.deleteSection = sim.addSection(board.id, { name: 'to delete' }).id;
	}, 30000);
	afterAll(async () => {
		if (started) await started.stop();
	});

	async function check<T = unknown>(
		operationId: string,
		method: string,
		path: string,
		opts: CallOptions,
		expected: number,
		requestValid: boolean | undefined = expected < 300 ? true : undefined,
	): Promise<ApiResponse<T>> {
		const res = await call<T>(current(), method, path, opts);
		expect([operationId, res.status, res.status >= 300 ? res.body : 'ok']).toEqual([
			operationId,
			expected,
			res.status >= 300 ? res.body : 'ok',
		]);
		const v = oa.validateResponse(
			operationId,
			res.status,
			res.status === 204 ? undefined : res.body,
		);
		expect([operationId, expected, v.errors]).toEqual([operationId, expected, []]);
		expect(v.valid).toBe(true);
		// the requests sent here are themselves checked against the spec (valid ones succeed, invalid ones give 400)
		const rq = oa.validateRequest({
			method,
			path: `/v5${path}`,
			query: opts.query,
			body: opts.form ?? opts.body,
		});
		if (requestValid === true)
			expect([operationId, 'request', rq.errors]).toEqual([operationId, 'request', []]);
		if (requestValid === false)
			expect([operationId, 'request-invalid', rq.valid]).toEqual([
				operationId,
				'request-invalid',
				false,
			]);
		const set = coverage.get(operationId) || new Set<string>();
		set.add(res.status < 300 ? 'success' : 'error');
		coverage.set(operationId, set);
		return res;
	}

	return {
		get sim() {
			return current();
		},
		ids,
		coverage,
		check,
	};
}
