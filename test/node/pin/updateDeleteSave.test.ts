import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, AUTH, PIN, rl, apiPin, simplified, credentials, capture } from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

	it('Update: PATCH with the changed texts and a move to another board and section', async () => {
		const seen = capture(
			'patch',
			`/pins/${PIN}`,
			200,
			apiPin(PIN, { title: 'New', board_id: '42', board_section_id: '43' }),
		);
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'update',
				pin: rl(PIN),
				updateFields: {
					title: 'New',
					description: 'Desc',
					link: 'https://example.com/new',
					altText: 'Alt',
				},
				moveToBoard: true,
				board: rl('42'),
				section: rl('43'),
			},
			{ credentials: await credentials() },
		);
		expect(seen).toEqual([
			{
				auth: AUTH,
				query: '',
				body: {
					title: 'New',
					description: 'Desc',
					link: 'https://example.com/new',
					alt_text: 'Alt',
					board_id: '42',
					board_section_id: '43',
				},
			},
		]);
		expect(items).toEqual([
			{
				json: simplified(PIN, { title: 'New', board_id: '42', board_section_id: '43' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Update with nothing to change, or a bad link, fails before any request', async () => {
		const c = await credentials();
		const base = {
			authentication: 'accessToken',
			resource: 'pin',
			operation: 'update',
			pin: rl(PIN),
		};
		const nothing = await runNode({ ...base, updateFields: {} }, { credentials: c });
		expect(nothing.error?.message).toBe('Nothing to update');
		const badLink = await runNode(
			{ ...base, updateFields: { link: 'javascript:alert(1)' } },
			{ credentials: c },
		);
		expect(badLink.error?.message).toBe('Link is not a valid web address');
	});

	it('Delete answers {deleted: true, id}', async () => {
		nock(BASE).delete(`/pins/${PIN}`).matchHeader('authorization', AUTH).reply(204);
		const { items } = await runNode(
			{ authentication: 'accessToken', resource: 'pin', operation: 'delete', pin: rl(PIN) },
			{ credentials: await credentials() },
		);
		expect(items).toEqual([{ json: { deleted: true, id: PIN }, pairedItem: { item: 0 } }]);
	});

	it('Save: POST /pins/{id}/save with board and section', async () => {
		const seen = capture(
			'post',
			`/pins/${PIN}/save`,
			201,
			apiPin('999', { board_id: '42', board_section_id: '43' }),
		);
		const { items } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'save',
				pin: rl(PIN),
				board: rl('42'),
				section: rl('43'),
			},
			{ credentials: await credentials() },
		);
		expect(seen).toEqual([
			{ auth: AUTH, query: '', body: { board_id: '42', board_section_id: '43' } },
		]);
		expect(items).toEqual([
			{
				json: simplified('999', { board_id: '42', board_section_id: '43' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Save without a section sends only the board', async () => {
		const seen = capture('post', `/pins/${PIN}/save`, 201, apiPin('999'));
		await runNode(
			{
				authentication: 'accessToken',
				resource: 'pin',
				operation: 'save',
				pin: rl(PIN),
				board: rl('42'),
			},
			{ credentials: await credentials() },
		);
		expect(seen[0].body).toEqual({ board_id: '42' });
	});
});
