/**
 * Board → Get Pins and Board Section → Get Pins have Pin → Get Many's Simplify toggle: on by
 * default from node version 1.1, off by default in version 1 (saved workflows keep their raw
 * pins), the same flat fields either way, through the same hook.
 */
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const TOKEN = 'pina_getpins1';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const FLAT_FIELDS = [
	'id',
	'title',
	'description',
	'link',
	'alt_text',
	'board_id',
	'board_section_id',
	'created_at',
	'creative_type',
	'dominant_color',
	'media_type',
	'image_url',
	'video_cover_url',
	'pin_url',
];

describe('Simplify on Board → Get Pins and Board Section → Get Pins', () => {
	let sim: Simulator;
	let board: string;
	let section: string;
	let pinIds: string[];

	beforeAll(async () => {
		sim = createSimulator({ accessTokens: [TOKEN], seed: 21 });
		await sim.start(0);
		board = sim.addBoard({ name: 'Simplify board' }).id;
		section = sim.addSection(board, { name: 'Simplify section' }).id;
		pinIds = [
			sim.addPin({ board_id: board, board_section_id: section, title: 'in the section' }).id,
			sim.addPin({ board_id: board, title: 'on the board', link: 'https://example.com/a' }).id,
		];
	});
	afterAll(async () => {
		await sim.stop();
	});

	const run = async (parameters: IDataObject, typeVersion?: number) => {
		const credentials = await makeCredentials({
			pinterestApi: tokenCredential(sim.baseUrl, TOKEN),
		});
		const result = await runNode(
			{ authentication: 'accessToken', returnAll: true, ...parameters },
			{ credentials, typeVersion },
		);
		expect(result.error).toBeUndefined();
		return result.items;
	};
	const boardPins = { resource: 'board', operation: 'getPins', board: rl('') };
	const sectionPins = { resource: 'boardSection', operation: 'getPins', board: rl('') };
	const params = (base: IDataObject, extra: IDataObject = {}) => ({
		...base,
		board: rl(board),
		...(base.resource === 'boardSection' ? { section: rl(section) } : {}),
		...extra,
	});

	it.each([
		['Board → Get Pins', boardPins],
		['Board Section → Get Pins', sectionPins],
	])(
		'%s in version 1.1: simplified by default, exactly as Pin → Get Many simplifies the same pins',
		async (_name, base) => {
			const simplified = await run(params(base), 1.1);
			expect(simplified.length).toBeGreaterThan(0);
			for (const item of simplified) {
				expect(Object.keys(item.json)).toEqual(FLAT_FIELDS);
				expect(item.json.pin_url).toBe(`https://www.pinterest.com/pin/${String(item.json.id)}/`);
				expect(item.pairedItem).toEqual({ item: 0 });
			}
			const all = await run({ resource: 'pin', operation: 'getAll' }, 1.1);
			const byId = new Map(all.map((item) => [item.json.id, item.json]));
			expect(simplified.map((item) => item.json)).toEqual(
				simplified.map((item) => byId.get(item.json.id)),
			);
		},
	);

	it.each([
		['Board → Get Pins', boardPins],
		['Board Section → Get Pins', sectionPins],
	])(
		'%s: Simplify off gives the raw pins, the same as version 1 by default',
		async (_name, base) => {
			const raw = await run(params(base, { simplify: false }), 1.1);
			const v1 = await run(params(base));
			expect(raw).toEqual(v1);
			expect(raw.map((item) => item.json.id)).toEqual(
				base === boardPins ? [...pinIds].reverse() : [pinIds[0]],
			);
			for (const item of raw) {
				expect(item.json.media).toEqual(expect.objectContaining({ media_type: 'image' }));
				expect(item.json.pin_url).toBeUndefined();
			}
		},
	);

	it('version 1 with Simplify turned on gives the simplified pins', async () => {
		const v1 = await run(params(boardPins, { simplify: true }));
		const v11 = await run(params(boardPins), 1.1);
		expect(v1).toEqual(v11);
		expect(Object.keys(v1[0].json)).toEqual(FLAT_FIELDS);
	});
});
