/* Simulator: boards and board sections (CRUD, validation, privacy filter, error codes). */
import type { ErrorBody, Page, Sim } from './helpers';
import { call, startSim } from './helpers';
import type { BoardView, PinView, SectionView } from '../../tools/simulator';

const img = (url = 'https://example.com/a.jpg') => ({ source_type: 'image_url', url });

describe('simulator: boards and sections', () => {
	let sim: Sim;
	beforeAll(async () => {
		sim = await startSim();
	});
	afterAll(async () => {
		await sim.stop();
	});
	beforeEach(() => sim.reset());

	test('board CRUD, validation and privacy filter', async () => {
		expect((await call(sim, 'POST', '/boards', { body: {} })).body).toMatchObject({ code: 1 });
		expect(
			(await call(sim, 'POST', '/boards', { body: { name: 'x', privacy: 'HIDDEN' } })).status,
		).toBe(400);
		const created = await call<BoardView>(sim, 'POST', '/boards', {
			body: { name: 'Recipes', description: 'food', privacy: 'SECRET' },
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			name: 'Recipes',
			description: 'food',
			privacy: 'SECRET',
			pin_count: 0,
			owner: { username: 'demo_user' },
		});
		expect(created.body.id).toMatch(/^\d{18,19}$/);
		expect(Number(created.body.id)).toBeGreaterThan(2 ** 53);
		const id = created.body.id;
		await call(sim, 'POST', '/boards', { body: { name: 'Public one' } });
		await call(sim, 'POST', '/boards', { body: { name: 'ads', is_ads_only: true } });
		const names = async (privacy?: string) =>
			(
				await call<Page<BoardView>>(sim, 'GET', '/boards', { query: privacy ? { privacy } : {} })
			).body.items.map((b) => b.name);
		expect(await names()).toEqual(['Ad-only Pins', 'Public one', 'Recipes']);
		expect(await names('SECRET')).toEqual(['Recipes']);
		expect(await names('PROTECTED')).toEqual(['Ad-only Pins']);
		expect(await names('PUBLIC_AND_SECRET')).toEqual(['Public one', 'Recipes']);
		expect((await call(sim, 'GET', '/boards', { query: { privacy: 'secret' } })).status).toBe(400);

		expect(
			(await call(sim, 'PATCH', `/boards/${id}`, { body: { privacy: 'PROTECTED' } })).status,
		).toBe(400);
		const upd = await call(sim, 'PATCH', `/boards/${id}`, {
			body: { name: 'Dinners', privacy: 'PUBLIC', description: null },
		});
		// Pinterest answers "" for a board without a description (REAL-API.md).
		expect(upd.body).toMatchObject({ name: 'Dinners', privacy: 'PUBLIC', description: '' });
		expect((await call<BoardView>(sim, 'GET', `/boards/${id}`)).body.name).toBe('Dinners');
		const missing = await call(sim, 'GET', '/boards/1234567890123456789');
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({ code: 40, message: 'Board not found.' });
		expect((await call(sim, 'GET', '/boards/abc')).status).toBe(400);
	});

	test('delete board removes its pins and sections', async () => {
		const b = sim.addBoard({ name: 'b' });
		const s = sim.addSection(b.id, { name: 's' });
		const p = sim.addPin({ board_id: b.id, board_section_id: s.id });
		const del = await call(sim, 'DELETE', `/boards/${b.id}`);
		expect(del.status).toBe(204);
		expect(del.text).toBe('');
		expect(sim.state.pins[p.id]).toBeUndefined();
		expect(sim.state.sections[s.id]).toBeUndefined();
		expect((await call<ErrorBody>(sim, 'DELETE', `/boards/${b.id}`)).body.code).toBe(40);
		expect((await call<ErrorBody>(sim, 'GET', `/pins/${p.id}`)).body.code).toBe(50);
	});

	test('sections CRUD and error codes', async () => {
		const b = sim.addBoard({ name: 'b' });
		const other = sim.addBoard({ name: 'o' });
		expect(
			(await call(sim, 'POST', `/boards/${b.id}/sections`, { body: { name: '' } })).status,
		).toBe(400);
		expect(
			(await call(sim, 'POST', `/boards/${b.id}/sections`, { body: { name: 'x'.repeat(181) } }))
				.status,
		).toBe(400);
		const c = await call<SectionView>(sim, 'POST', `/boards/${b.id}/sections`, {
			body: { name: 'x'.repeat(180) },
		});
		expect(c.status).toBe(201);
		expect(Object.keys(c.body).sort()).toEqual(['id', 'name']);
		const sid = c.body.id;
		expect(
			(
				await call<ErrorBody>(sim, 'POST', '/boards/1111111111111111111/sections', {
					body: { name: 'a' },
				})
			).body.code,
		).toBe(40);
		const upd = await call(sim, 'PATCH', `/boards/${b.id}/sections/${sid}`, {
			body: { name: 'Europe' },
		});
		expect(upd.body).toEqual({ id: sid, name: 'Europe' });
		const wrongBoard = await call(sim, 'PATCH', `/boards/${other.id}/sections/${sid}`, {
			body: { name: 'x' },
		});
		expect(wrongBoard.status).toBe(404);
		expect(wrongBoard.body).toEqual({
			code: 2031,
			message: "Sorry! We couldn't find this board section.",
		});
		const pin = await call<PinView>(sim, 'POST', '/pins', {
			body: { board_id: b.id, board_section_id: sid, media_source: img() },
		});
		expect(pin.status).toBe(201);
		sim.addPin({ board_id: b.id });
		const sectionPins = await call<Page<PinView>>(
			sim,
			'GET',
			`/boards/${b.id}/sections/${sid}/pins`,
		);
		expect(sectionPins.body.items.map((p) => p.id)).toEqual([pin.body.id]);
		expect(
			(await call<Page<SectionView>>(sim, 'GET', `/boards/${b.id}/sections`)).body.items,
		).toEqual([{ id: sid, name: 'Europe' }]);
		expect((await call(sim, 'DELETE', `/boards/${b.id}/sections/${sid}`)).status).toBe(204);
		expect(
			(await call<ErrorBody>(sim, 'DELETE', `/boards/${b.id}/sections/${sid}`)).body.code,
		).toBe(2031);
		expect(
			(await call<ErrorBody>(sim, 'GET', `/boards/${b.id}/sections/${sid}/pins`)).body.code,
		).toBe(2031);
	});
});
