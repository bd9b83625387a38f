/**
 * Simplify of the Pinterest Trigger: under Options in version 1 (saved workflows keep reading it
 * there), a top-level toggle from 1.1, like the Pinterest node's.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { loadPackage, makeCredentials, tokenCredential, TRIGGER_TYPE } from '../helpers/harness';
import { poll, triggerWorkflow } from './pollHarness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const TOKEN = 'tok-trigger-simplify';

describe('Pinterest Trigger: Simplify by version', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 3 });
		await sim.start(0);
	});
	afterAll(async () => sim.stop());
	beforeEach(() => sim.reset());

	const propsOf = async (version: number) => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(TRIGGER_TYPE, version);
		return type.description;
	};

	it('1.1 is the default version; its Simplify is top-level, version 1 keeps it under Options', async () => {
		const latest = await propsOf(1.1);
		expect(latest.defaultVersion).toBe(1.1);
		const at = (version: number) => (p: INodeProperties) => {
			const shown = p.displayOptions?.show?.['@version'] as unknown[] | undefined;
			if (!shown) return true;
			return JSON.stringify(shown) === (version === 1 ? '[1]' : '[{"_cnd":{"gte":1.1}}]');
		};
		for (const version of [1, 1.1]) {
			const props = latest.properties.filter(at(version));
			const options = props.find((p) => p.name === 'options')!;
			const nested = (options.options as INodeProperties[]).map((o) => o.name);
			const topLevel = props.some((p) => p.name === 'simplify');
			expect([version, topLevel, nested.includes('simplify')]).toEqual(
				version === 1 ? [1, false, true] : [1.1, true, false],
			);
		}
	});

	const newBoards = async (parameters: IDataObject, version: number) => {
		sim.addBoard({ name: 'First' });
		const creds = await makeCredentials({ pinterestApi: tokenCredential(sim.baseUrl, TOKEN) });
		const workflow = await triggerWorkflow(
			{ authentication: 'accessToken', event: 'newBoard', ...parameters },
			undefined,
			version,
		);
		expect(await poll(workflow, creds)).toBeNull();
		const created = sim.addBoard({ name: 'Second' });
		const items = await poll(workflow, creds);
		return { created, json: items!.map((i) => i.json)[0] };
	};

	it.each([
		['1, Options → Simplify off', { options: { simplify: false } }, 1, true],
		['1, default', {}, 1, false],
		['1.1, Simplify off', { simplify: false }, 1.1, true],
		['1.1, default', {}, 1.1, false],
	] as const)('%s', async (_label, parameters, version, raw) => {
		const { created, json } = await newBoards(parameters, version);
		if (raw) expect(json).toEqual(created);
		else
			expect(json).toMatchObject({ id: created.id, name: 'Second', board_url: expect.any(String) });
		expect(json).not.toEqual(raw ? {} : created);
	});
});
