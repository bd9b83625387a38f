/*
 * Side by side: the realistic simulator (createSimulator({ realistic: true })) against the facts recorded
 * from the live API (test/fixtures/realApi.json; tools/simulator/REAL-API.md says where each was seen):
 * key sets, time and id formats, headers, error bodies, list orders and pagination, for every endpoint
 * the simulator serves that the recordings cover.
 *
 * SIM_REAL_SHAPES_OFF=1 runs the same checks on the default simulator, where they fail (the simulator's
 * defaults are not the live API's shapes yet).
 */
import type { ApiResponse, Page, Sim } from '../simulator/helpers';
import { call, must, startSim } from '../simulator/helpers';
import facts from '../fixtures/realApi.json';
import { installAds } from '../../tools/simulator';
import { realShapesOff } from '../../tools/simulator/realistic';

const realistic = !realShapesOff();

type Obj = Record<string, unknown>;
const keysOf = (o: unknown): string[] => Object.keys(o as Obj).sort();
const sorted = (k: string[]): string[] => [...k].sort();
const re = (s: string): RegExp => new RegExp(s);

function expectHeaders(res: ApiResponse, kind: 'success' | 'error'): void {
	for (const [name, pattern] of Object.entries(facts.headers)) {
		expect([name, res.headers.get(name)]).toEqual([name, expect.stringMatching(re(pattern))]);
	}
	expect(res.headers.get('content-type')).toBe(facts.contentType[kind]);
}

function expectBoard(b: unknown): void {
	const board = b as Obj;
	expect(keysOf(board)).toEqual(sorted(facts.keys.board));
	expect(keysOf(board.media)).toEqual(sorted(facts.keys.boardMedia));
	expect(board.created_at).toMatch(re(facts.formats.createdAt));
	expect(board.board_pins_modified_at).toMatch(re(facts.formats.boardPinsModifiedAt));
	expect(board.id).toMatch(re(facts.formats.coreId));
	expect(typeof board.description).toBe('string');
}

function expectPin(p: unknown): void {
	const pin = p as Obj;
	expect(keysOf(pin)).toEqual(sorted(facts.keys.pin));
	expect(pin.created_at).toMatch(re(facts.formats.createdAt));
	expect(pin.id).toMatch(re(facts.formats.coreId));
	expect(pin).toMatchObject(facts.pinDefaults);
	const media = pin.media as { images: Obj };
	expect(keysOf(media.images)).toEqual(sorted(facts.keys.pinImageSizes));
}

describe('realistic simulator vs. recordings of the live API (test/fixtures/realApi.json)', () => {
	let started: Sim | undefined;
	const sim = (): Sim => must(started, 'simulator');
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		started = await startSim({ realistic });
		const s = sim();
		installAds(s); // not seeded: the account has no catalog
		// Created in an order that is neither A→Z nor Z→A, with pins on one board.
		const names = ['Seed board M', 'Archive', 'zebra ideas', 'Kitchen'];
		for (const name of names) ids[name] = s.addBoard({ name, description: undefined }).id;
		ids.section = s.addSection(ids.Kitchen, { name: 'Shelves' }).id;
		for (let i = 0; i < 3; i++) {
			ids[`pin${i}`] = s.addPin({ board_id: ids.Kitchen, title: `Pin ${i}` }).id;
		}
	});
	afterAll(async () => {
		if (started) await started.stop();
	});

	test('GET /boards: recorded key set and formats, A→Z by name, no bookmark on the last page', async () => {
		const res = await call<Page<Obj>>(sim(), 'GET', '/boards');
		expect(res.status).toBe(200);
		expectHeaders(res, 'success');
		expect(keysOf(res.body)).toEqual(sorted(facts.keys.list));
		res.body.items.forEach(expectBoard);
		const names = res.body.items.map((b) => String(b.name));
		expect(names).toEqual(
			[...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
		);
		expect(res.body.bookmark).toBeNull();
	});

	test('POST /boards: a new board at its place by name', async () => {
		const created = await call<Obj>(sim(), 'POST', '/boards', { body: { name: 'Garden' } });
		expectBoard(created.body);
		expectHeaders(created, 'success');
		const res = await call<Page<Obj>>(sim(), 'GET', '/boards');
		const names = res.body.items.map((b) => String(b.name));
		expect(names.indexOf('Garden')).toBe(names.indexOf('Archive') + 1);
	});

	test('GET /boards/{id}: board_pins_modified_at has microseconds once pins were added', async () => {
		const res = await call<Obj>(sim(), 'GET', `/boards/${ids.Kitchen}`);
		expectBoard(res.body);
		expect(res.body.board_pins_modified_at).toMatch(re(facts.formats.boardPinsModifiedAtAfterPins));
		const untouched = await call<Obj>(sim(), 'GET', `/boards/${ids.Archive}`);
		expect(untouched.body.board_pins_modified_at).toBe(untouched.body.created_at);
	});

	test('GET /pins: recorded pin fields, newest first, a bookmark on the last page, then an empty page', async () => {
		const res = await call<Page<Obj>>(sim(), 'GET', '/pins', { query: { page_size: 100 } });
		expectHeaders(res, 'success');
		res.body.items.forEach(expectPin);
		const times = res.body.items.map((p) => String(p.created_at));
		expect(times).toEqual([...times].sort().reverse());
		const bookmark = res.body.bookmark;
		expect(bookmark).toMatch(re(facts.formats.bookmark));
		expect(String(bookmark).length % 4).toBe(0);
		const next = await call<Page<Obj>>(sim(), 'GET', '/pins', {
			query: { page_size: 100, bookmark: String(bookmark) },
		});
		expect(next.status).toBe(200);
		expect(next.body.items.length).toBe(facts.pagination.pageAfterTrailingBookmark.items);
		expect(next.body.bookmark).toBe(facts.pagination.pageAfterTrailingBookmark.bookmark);
	});

	test('GET /pins/{id}, GET /boards/{id}/pins: the recorded pin fields', async () => {
		const one = await call<Obj>(sim(), 'GET', `/pins/${ids.pin0}`);
		expectPin(one.body);
		expectHeaders(one, 'success');
		const list = await call<Page<Obj>>(sim(), 'GET', `/boards/${ids.Kitchen}/pins`);
		list.body.items.forEach(expectPin);
		expect(list.body.bookmark).toBeNull();
	});

	test('search: pins and boards give a bookmark on their last page', async () => {
		const pins = await call<Page<Obj>>(sim(), 'GET', '/search/pins', { query: { query: 'Pin' } });
		pins.body.items.forEach(expectPin);
		expect(pins.body.bookmark).toMatch(re(facts.formats.bookmark));
		const boards = await call<Page<Obj>>(sim(), 'GET', '/search/boards', {
			query: { query: 'Kitchen' },
		});
		boards.body.items.forEach(expectBoard);
		expect(boards.body.bookmark).toMatch(re(facts.formats.bookmark));
	});

	test('sections: id and name only; no bookmark on the last page', async () => {
		const res = await call<Page<Obj>>(sim(), 'GET', `/boards/${ids.Kitchen}/sections`);
		for (const s of res.body.items) {
			expect(keysOf(s)).toEqual(sorted(facts.keys.section));
			expect(s.id).toMatch(re(facts.formats.coreId));
		}
		expect(res.body.bookmark).toBeNull();
	});

	test('GET /user_account: the recorded key set', async () => {
		const res = await call<Obj>(sim(), 'GET', '/user_account');
		expect(keysOf(res.body)).toEqual(sorted(facts.keys.userAccount));
		expectHeaders(res, 'success');
	});

	test('POST /media, GET /media/{id}: the recorded key sets', async () => {
		const reg = await call<Obj>(sim(), 'POST', '/media', { body: { media_type: 'video' } });
		expect(keysOf(reg.body)).toEqual(sorted(facts.keys.mediaRegister));
		const got = await call<Obj>(sim(), 'GET', `/media/${String(reg.body.media_id)}`);
		expect(keysOf(got.body)).toEqual(sorted(facts.keys.mediaGet));
	});

	test('errors: "status": "failure" beside code and message on a 401 only, content type with charset', async () => {
		const res = await call<Obj>(sim(), 'GET', '/boards', { token: 'not-a-token' });
		expect(res.status).toBe(401);
		expect(res.body).toEqual(facts.errors.authBody);
		expectHeaders(res, 'error');
		const missing = await call<Obj>(sim(), 'GET', '/pins/1234567890123456789');
		expect(missing.status).toBe(404);
		expect(keysOf(missing.body)).toEqual(sorted(facts.errors.otherKeys));
	});

	test('GET /catalogs/product_groups without a catalog: 409 code 4182, code and message only', async () => {
		const res = await call<Obj>(sim(), 'GET', '/catalogs/product_groups');
		expect(res.status).toBe(facts.errors.catalogWithoutCatalog.status);
		expect(res.body.code).toBe(facts.errors.catalogWithoutCatalog.code);
		expect(keysOf(res.body)).toEqual(sorted(facts.errors.catalogWithoutCatalog.keys));
	});
});
