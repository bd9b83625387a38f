import nock from 'nock';

import { runListSearch } from '../../helpers/harness';
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
		const result = await runListSearch(
			'searchPins',
			{ authentication: 'accessToken' },
			await credentials(),
			'LEMON',
			'bm0',
		);
		expect(result).toEqual({
			results: [
				{ name: 'Lemon tart', value: '1', url: 'https://www.pinterest.com/pin/1/' },
				{ name: 'lemon cake', value: '3', url: 'https://www.pinterest.com/pin/3/' },
			],
			paginationToken: 'bm1',
		});
	});
});
