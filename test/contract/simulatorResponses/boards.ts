/*
 * Contract test: boards and board sections.
 * Registered by ../simulatorResponses.test.ts (not a test file).
 */
import type { ContractContext } from './setup';
import { MISSING } from './setup';

export function boardTests(ctx: ContractContext): void {
	const { check, ids } = ctx;

	test('boards and sections', async () => {
		await check(
			'boards/list',
			'GET',
			'/boards',
			{ query: { privacy: 'PUBLIC_AND_SECRET', page_size: 2 } },
			200,
		);
		await check('boards/list', 'GET', '/boards', { query: { page_size: 'abc' } }, 400, false);
		await check(
			'boards/create',
			'POST',
			'/boards',
			{ body: { name: 'New', description: null, privacy: 'SECRET' } },
			201,
		);
		await check(
			'boards/create',
			'POST',
			'/boards',
			{ body: { description: 'no name' } },
			400,
			false,
		);
		await check('boards/get', 'GET', `/boards/${ids.board}`, {}, 200);
		await check('boards/get', 'GET', `/boards/${MISSING}`, {}, 404);
		await check(
			'boards/update',
			'PATCH',
			`/boards/${ids.board}`,
			{ body: { privacy: 'SECRET', description: 'upd' } },
			200,
		);
		await check(
			'boards/update',
			'PATCH',
			`/boards/${ids.board}`,
			{ body: { privacy: 'PROTECTED' } },
			400,
			false,
		);
		await check('boards/delete', 'DELETE', `/boards/${ids.deleteBoard}`, {}, 204);
		await check('boards/delete', 'DELETE', `/boards/${ids.deleteBoard}`, {}, 404);
		await check(
			'boards/list_pins',
			'GET',
			`/boards/${ids.board}/pins`,
			{ query: { pin_metrics: true, creative_types: ['REGULAR'] } },
			200,
		);
		await check('boards/list_pins', 'GET', `/boards/${MISSING}/pins`, {}, 404);
		await check(
			'board_sections/list',
			'GET',
			`/boards/${ids.board}/sections`,
			{ query: { page_size: 1 } },
			200,
		);
		await check('board_sections/list', 'GET', `/boards/${MISSING}/sections`, {}, 404);
		await check(
			'board_sections/create',
			'POST',
			`/boards/${ids.board}/sections`,
			{ body: { name: 'Another' } },
			201,
		);
		await check(
			'board_sections/create',
			'POST',
			`/boards/${ids.board}/sections`,
			{ body: { name: '' } },
			400,
			false,
		);
		await check(
			'board_sections/update',
			'PATCH',
			`/boards/${ids.board}/sections/${ids.section}`,
			{ body: { name: 'Renamed' } },
			200,
		);
		await check(
			'board_sections/update',
			'PATCH',
			`/boards/${ids.board}/sections/${MISSING}`,
			{ body: { name: 'x' } },
			404,
		);
		await check(
			'board_sections/delete',
			'DELETE',
			`/boards/${ids.board}/sections/${ids.deleteSection}`,
			{},
			204,
		);
		await check(
			'board_sections/delete',
			'DELETE',
			`/boards/${ids.board}/sections/${ids.deleteSection}`,
			{},
			404,
		);
		await check(
			'board_sections/list_pins',
			'GET',
			`/boards/${ids.board}/sections/${ids.section}/pins`,
			{},
			200,
		);
		await check(
			'board_sections/list_pins',
			'GET',
			`/boards/${ids.board}/sections/${MISSING}/pins`,
			{},
			404,
		);
	});
}
