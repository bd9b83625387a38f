/**
 * Exactly-once without blind spots, through n8n-core with nock playing Pinterest:
 * - a list that shows the new pin a moment late: the node looks again before resending;
 * - a pin someone else made (earlier, or as a collaborator) is never claimed as recovered;
 * - Pinterest's clock (its Date header) decides "made after the request", not ours;
 * - Board → Create's look reads every page of GET /boards, whatever their order (A→Z by name on
 *   real accounts, as the public recordings show).
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { imagePinCreate } from '../../helpers/params';

const BASE = 'http://pinterest.test/v5';
const TOKEN = 'pina_blindspots_token';
const BOARD = '4242';
const PINS = `/boards/${BOARD}/pins`;

/** Pinterest's created_at: UTC without a zone, whole seconds. */
const pinterestTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);
/** An HTTP Date header for our clock shifted by `offsetMs` (Pinterest's clock). */
const dateHeader = (offsetMs = 0) => ({ date: new Date(Date.now() + offsetMs).toUTCString() });
const fail500 = { code: 500, message: 'Internal server error.' };

const ours = {
	board_id: BOARD,
	board_section_id: null,
	title: 'Lemon tart',
	description: 'Zesty',
	alt_text: null,
	link: 'https://shop.example.com/tart',
	media: { media_type: 'image' },
	parent_pin_id: null,
	is_owner: true,
};
const pin = (id: string, createdAtMs: number, extra: IDataObject = {}): IDataObject => ({
	...ours,
	id,
	created_at: pinterestTime(createdAtMs),
	...extra,
});
const page = (items: IDataObject[], bookmark: string | null = null) => ({ items, bookmark });

describe('exactly-once creates: no blind spots (nock)', () => {
	useStrictNock();
	jest.setTimeout(30_000);

	const credentials = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
	const createPin = imagePinCreate(BOARD, {
		additionalFields: { link: 'https://shop.example.com/tart', description: 'Zesty' },
	});

	it('a list that shows the new pin late: looks again, recovers it, sends the create once', async () => {
		let made: IDataObject | undefined;
		nock(BASE)
			.post('/pins')
			.once()
			.reply(() => {
				// Applied, then answered 500.
				made = pin('9001', Date.now());
				return [500, fail500, dateHeader()];
			});
		let reads = 0;
		nock(BASE)
			.get(PINS)
			.query(true)
			.times(2)
			.reply(() => {
				reads++;
				// The first read does not show it yet.
				return [200, page(reads === 1 ? [] : [made as IDataObject]), dateHeader()];
			});
		const { items, error } = await runNode(createPin, { credentials: await credentials() });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: '9001', recovered: true });
		expect(reads).toBe(2);
	});

	it('pins someone else made are not claimed: one made minutes earlier, one by a collaborator', async () => {
		const posts: number[] = [];
		nock(BASE)
			.post('/pins')
			.times(2)
			.reply(() => {
				posts.push(Date.now());
				// Not applied the first time; created the second.
				return posts.length === 1
					? [500, fail500, dateHeader()]
					: [201, pin('9100', Date.now()), dateHeader()];
			});
		// Same title, description, link and kind: made 3 minutes before the run by the same
		// account, and just now by a collaborator of the board.
		const stranger = pin('8001', Date.now() - 3 * 60_000);
		const collaborator = pin('8002', Date.now(), { is_owner: false });
		let reads = 0;
		nock(BASE)
			.get(PINS)
			.query(true)
			.times(3)
			.reply(() => {
				reads++;
				return [200, page([collaborator, stranger]), dateHeader()];
			});
		const { items, error } = await runNode(createPin, { credentials: await credentials() });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('9100');
		expect(items[0].json.recovered).toBeUndefined();
		expect(posts).toHaveLength(2);
		// The look, then two more reads (1 s and 3 s after the answer) before the create is resent.
		expect(reads).toBe(3);
	});

	it("Pinterest's clock 10 minutes behind ours: its Date header makes the pin recognisable", async () => {
		const behind = -10 * 60_000;
		let made: IDataObject | undefined;
		nock(BASE)
			.post('/pins')
			.once()
			.reply(() => {
				made = pin('9200', Date.now() + behind);
				return [500, fail500, dateHeader(behind)];
			});
		nock(BASE)
			.get(PINS)
			.query(true)
			.once()
			.reply(() => [200, page([made as IDataObject]), dateHeader(behind)]);
		const { items, error } = await runNode(createPin, { credentials: await credentials() });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: '9200', recovered: true });
	});

	it('Board → Create: the new board on page 2 of an A→Z board list is found, not created twice', async () => {
		const old = Date.parse('2024-03-01T10:00:00Z');
		const board = (id: string, name: string, createdAt: number) => ({
			id,
			name,
			privacy: 'PUBLIC',
			created_at: pinterestTime(createdAt),
		});
		let made: IDataObject | undefined;
		nock(BASE)
			.post('/boards', { name: 'Zucchini recipes' })
			.once()
			.reply(() => {
				made = board('7003', 'Zucchini recipes', Date.now());
				return [500, fail500, dateHeader()];
			});
		nock(BASE)
			.get('/boards')
			.query((q) => !q.bookmark)
			.once()
			.reply(() => [
				200,
				page([board('7001', 'Apple pies', old), board('7002', 'Bread', old + 1000)], 'page-2'),
				dateHeader(),
			]);
		nock(BASE)
			.get('/boards')
			.query((q) => q.bookmark === 'page-2')
			.once()
			.reply(() => [200, page([made as IDataObject]), dateHeader()]);
		const { items, error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'board',
				operation: 'create',
				name: 'Zucchini recipes',
			},
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: '7003', recovered: true });
	});
});
