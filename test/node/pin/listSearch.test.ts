import nock from 'nock';

import { NODE_TYPE, loadOptionsContext, loadPackage } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, apiPin, credentials } from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

	it('searchPins lists one page of my pins, filtered by title, with the bookmark as pagination token', async () => {
		nock(BASE)
			.get('/pins')
			.query({ page_size: 250, bookmark: 'bm0' })
			.reply(200, {
				items: [
					apiPin('1', { title: 'Lemon tart' }),
					apiPin('2', { title: 'Apple pie' }),
					apiPin('3', { title: null, description: 'lemon cake' }),
				],
				bookmark: 'bm1',
			});
		const pkg = await loadPackage();
		const nodeType = pkg.nodeTypes.getByName(NODE_TYPE) as unknown as {
			methods: {
				listSearch: Record<
					string,
					(this: unknown, filter?: string, token?: string) => Promise<unknown>
				>;
			};
		};
		const context = await loadOptionsContext(
			{ authentication: 'accessToken' },
			await credentials(),
		);
		const result = await nodeType.methods.listSearch.searchPins.call(context, 'LEMON', 'bm0');
		expect(result).toEqual({
			results: [
				{ name: 'Lemon tart', value: '1', url: 'https://www.pinterest.com/pin/1/' },
				{ name: 'lemon cake', value: '3', url: 'https://www.pinterest.com/pin/3/' },
			],
			paginationToken: 'bm1',
		});
	});
});
