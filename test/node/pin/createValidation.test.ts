import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';
import { BASE, PIN, rl, apiPin, simplified, credentials, create, capture } from './fixtures';

describe('Pin resource through RoutingNode', () => {
	useStrictNock();

	it.each([
		['title 101', { title: 'x'.repeat(101) }, 'Title is too long (101 characters)'],
		[
			'description 801',
			{ additionalFields: { description: 'x'.repeat(801) } },
			'Description is too long (801 characters)',
		],
		[
			'alt text 501',
			{ additionalFields: { altText: 'x'.repeat(501) } },
			'Alt Text is too long (501 characters)',
		],
		[
			'link 2054',
			{ additionalFields: { link: `https://e.com/${'x'.repeat(2040)}` } },
			'Link is too long (2054 characters)',
		],
		[
			'ftp link',
			{ additionalFields: { link: 'ftp://example.com/file' } },
			'Link is not a valid web address',
		],
		[
			'link without scheme',
			{ additionalFields: { link: 'example.com' } },
			'Link is not a valid web address',
		],
		[
			'color name',
			{ additionalFields: { dominantColor: 'red' } },
			'Dominant Color is not a hex color',
		],
		['bad image URL', { imageUrl: 'not a url' }, 'Image URL is not a valid web address'],
		['board ID', { board: rl("={{ 'my-board' }}") }, 'Board must contain digits only'],
		['section ID', { section: rl("={{ 'abc' }}") }, 'Board Section must contain digits only'],
	])('Create checks the %s before any request', async (_label, extra, message) => {
		const { error, items } = await runNode(
			create({ mediaSource: 'imageUrl', imageUrl: 'https://example.com/a.jpg', ...extra }),
			{ credentials: await credentials() },
		);
		expect(error?.message).toBe(message);
		expect(items).toEqual([]);
	});

	it('Create accepts the limits exactly (100/800/500 characters)', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		const { error } = await runNode(
			create({
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: 't'.repeat(100),
				additionalFields: { description: 'd'.repeat(800), altText: 'a'.repeat(500) },
			}),
			{ credentials: await credentials() },
		);
		expect(error).toBeUndefined();
		expect((seen[0].body as Record<string, string>).title).toHaveLength(100);
	});

	it('Continue On Fail: 3 items, the middle title too long → paired error, no request for it', async () => {
		const seen = capture('post', '/pins', 201, apiPin(PIN));
		nock.cleanAll();
		const bodies: unknown[] = [];
		nock(BASE)
			.post('/pins')
			.times(2)
			.reply(201, (_uri, body) => {
				bodies.push(body);
				const title = (body as { title: string }).title;
				return apiPin(title === 'first' ? '1001' : '1003', { title });
			});
		const { items, error } = await runNode(
			create({
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/a.jpg',
				title: '={{ $json.title }}',
			}),
			{
				credentials: await credentials(),
				continueOnFail: true,
				input: [
					{ json: { title: 'first' } },
					{ json: { title: 'y'.repeat(150) } },
					{ json: { title: 'third' } },
				],
			},
		);
		expect(seen).toEqual([]);
		expect(error).toBeUndefined();
		expect(bodies.map((b) => (b as { title: string }).title)).toEqual(['first', 'third']);
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual({
			json: simplified('1001', { title: 'first' }),
			pairedItem: { item: 0 },
		});
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json).toEqual({ error: 'Title is too long (150 characters)' });
		expect((items[1].error as unknown as { description: string }).description).toBe(
			'Pinterest allows at most 100 characters for Title. Shorten it, e.g. with {{ $json.text.slice(0, 100) }}.',
		);
		expect(items[2]).toEqual({
			json: simplified('1003', { title: 'third' }),
			pairedItem: { item: 2 },
		});
	});
});
