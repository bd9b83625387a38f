/**
 * Every request the Pinterest node sends, checked against Pinterest's official OpenAPI file:
 * a broad set of operations runs through real n8n-core against the simulator, and each request
 * in the simulator's log is validated (path, query parameter types, enums, patterns and bounds,
 * and the JSON body). The simulator's answers are validated by test/contract/simulatorResponses.test.ts.
 */
import type { IBinaryKeyData } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { log, warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import type { Simulator } from '../../tools/simulator';
import { createSimulator, installAds } from '../../tools/simulator';
import type { ContractRun } from './nodeRequests/runs';
import { contractRuns, seedLeads } from './nodeRequests/runs';
import { openapiSkipNote } from '../helpers/openapiNote';

// A fake test value: long enough for the secrets check (8+ characters), not shaped like a real token.
const TOKEN = 'pina_contract1';
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const available = openapi.specAvailable();
if (!available) {
	warn(openapiSkipNote('every request the node sends'));
}

(available ? describe : describe.skip)('the node sends only what the OpenAPI file allows', () => {
	const sim: Simulator = createSimulator({
		accessTokens: [TOKEN],
		seed: 11,
		username: 'demo_user',
		mediaProcessingPolls: 1,
	});
	const ads = installAds(sim, { accessTokens: [TOKEN], reportPolls: 1, deliverLeads: false });

	beforeAll(async () => {
		await sim.start(0);
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('across every organic and advertising resource', async () => {
		const board = sim.addBoard({ name: 'Contract board' });
		const other = sim.addBoard({ name: 'Second board' });
		const section = sim.addSection(board.id, { name: 'Contract section' });
		const pin = sim.addPin({
			board_id: board.id,
			title: 'contract recipe',
			description: 'a recipe',
		});
		sim.addFollower('follower_one');
		const seeded = ads.seed();
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const binary: IBinaryKeyData = {
			data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' },
		};

		const other2 = sim.addPin({ board_id: board.id, title: 'second recipe' });
		const runs: ContractRun[] = contractRuns({
			sim,
			board,
			other,
			section,
			pin,
			other2,
			seeded,
			binary,
			leads: seedLeads(ads, seeded.account.id),
		});

		const failures: string[] = [];
		for (const [parameters, item] of runs) {
			const { error, items } = await runNode(
				{ authentication: 'accessToken', ...parameters },
				{
					credentials,
					input: item?.inputs
						? item.inputs.map((json) => ({ json }))
						: [{ json: {}, ...(item?.binary ? { binary: item.binary } : {}) }],
					typeVersion: item?.typeVersion,
				},
			);
			const failed = error ?? items.find((i) => i.error)?.error;
			if (failed)
				failures.push(
					`${String(parameters.resource)}.${String(parameters.operation)}: ${failed.message}`,
				);
		}
		expect(failures).toEqual([]);

		const apiRequests = sim.requests.filter(
			(r) => r.path.startsWith('/v5/') && r.path !== '/v5/oauth/token',
		);
		const invalid: string[] = [];
		const operations = new Set<string>();
		for (const request of apiRequests) {
			const result = openapi.validateRequest({
				method: request.method,
				path: request.path.slice(3),
				query: request.query,
				body: request.body,
			});
			operations.add(result.operationId);
			if (!result.valid)
				invalid.push(`${request.method} ${request.path}: ${result.errors.join('; ')}`);
		}
		expect(invalid).toEqual([]);
		log(
			`node request contract: ${apiRequests.length} requests, ${operations.size} operations, all valid`,
		);
		expect(operations.size).toBeGreaterThanOrEqual(40);
	});
});
