/** Bad-input catalogue rows: Pin (Create, Get, Update, Save, Get Analytics) and Media. */
import type { IDataObject } from 'n8n-workflow';

import type { Ids, Row } from './row';
import { fromItem, id } from './row';

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

const pinCreate = (ids: Ids, extra: IDataObject = {}): IDataObject => ({
	resource: 'pin',
	operation: 'create',
	board: id(ids.board),
	mediaSource: 'imageUrl',
	imageUrl: 'https://example.com/a.jpg',
	title: 'A pin',
	...extra,
});
const binaryOf = (mimeType: string, bytes: Buffer) => () => ({
	data: { data: bytes.toString('base64'), mimeType, fileName: 'f' },
});

export const pinRows: Row[] = [
	// Pin → Create
	{
		name: 'pin title of 101 characters',
		params: (i) => pinCreate(i, { title: '={{ $json.v }}' }),
		good: () => 'T',
		bad: 't'.repeat(101),
		error: /Title/,
		request: ['POST', '/v5/pins'],
	},
	// Type, not only presence (issue 22): these used to become "[object Object]", "x,y" and blanks.
	{
		name: 'pin title from an expression resolving to an object',
		params: (i) => pinCreate(i, { title: '={{ $json.v }}' }),
		good: () => 'T1',
		bad: { en: 'Title' },
		error: /^Title is an object, not a text$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin title from an expression resolving to a list',
		params: (i) => pinCreate(i, { title: '={{ $json.v }}' }),
		good: () => 'T2',
		bad: ['x', 'y'],
		error: /^Title is a list, not a text$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin title of blanks',
		params: (i) => pinCreate(i, { title: '={{ $json.v }}' }),
		good: () => 'T3',
		bad: '   ',
		error: /^Title contains only spaces$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin description from an expression resolving to an object',
		params: (i) => pinCreate(i, { additionalFields: { description: '={{ $json.v }}' } }),
		good: () => 'd1',
		bad: { text: 'd' },
		error: /^Description is an object, not a text$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin description of 801 characters',
		params: (i) => pinCreate(i, { additionalFields: { description: '={{ $json.v }}' } }),
		good: () => 'd',
		bad: 'd'.repeat(801),
		error: /Description/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin alt text of 501 characters',
		params: (i) => pinCreate(i, { additionalFields: { altText: '={{ $json.v }}' } }),
		good: () => 'alt',
		bad: 'a'.repeat(501),
		error: /Alt Text/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link of 2,049 characters',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'https://example.com/x',
		bad: 'https://example.com/' + 'p'.repeat(2029),
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link with an ftp scheme',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'https://example.com/y',
		bad: 'ftp://example.com/file',
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin link that is not a URL',
		params: (i) => pinCreate(i, { additionalFields: { link: '={{ $json.v }}' } }),
		good: () => 'http://example.com/z',
		bad: 'see my blog',
		error: /Link/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'dominant color by name',
		params: (i) => pinCreate(i, { additionalFields: { dominantColor: '={{ $json.v }}' } }),
		good: () => '#6E7874',
		bad: 'red',
		error: /Dominant Color/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'image URL that is not a URL',
		params: (i) => pinCreate(i, { imageUrl: '={{ $json.v }}' }),
		good: () => 'https://example.com/b.png',
		bad: 'image.png',
		error: /Image URL/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'image URL that is empty',
		params: (i) => pinCreate(i, { imageUrl: '={{ $json.v }}' }),
		good: () => 'https://example.com/c.png',
		bad: '',
		error: /Image URL/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin board ID with letters',
		params: (i) => pinCreate(i, { board: fromItem }),
		good: (i) => i.board,
		bad: 'board-1',
		error: /^Board must contain digits only$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'pin section ID with letters',
		params: (i) => pinCreate(i, { section: fromItem }),
		good: (i) => i.section,
		bad: 's-1',
		error: /Section/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'binary property that the item lacks',
		params: (i) =>
			pinCreate(i, { mediaSource: 'imageBinary', binaryPropertyName: '={{ $json.v }}' }),
		good: () => 'data',
		bad: 'photo',
		binary: binaryOf('image/png', PNG),
		error: /photo/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'binary property name empty',
		params: (i) =>
			pinCreate(i, { mediaSource: 'imageBinary', binaryPropertyName: '={{ $json.v }}' }),
		good: () => 'data',
		bad: '',
		binary: binaryOf('image/png', PNG),
		error: /^Input Binary Field is empty$/,
		request: ['POST', '/v5/pins'],
	},
	{
		name: 'video URL that is not a URL',
		params: () => ({
			resource: 'media',
			operation: 'upload',
			source: 'url',
			videoUrl: '={{ $json.v }}',
		}),
		good: (i) => `${i.origin}/__video/2048.mp4`,
		bad: 'clip.mp4',
		error: /Video URL/,
		request: ['POST', '/v5/media'],
	},
	{
		name: 'video URL that cannot be reached',
		params: () => ({
			resource: 'media',
			operation: 'upload',
			source: 'url',
			videoUrl: '={{ $json.v }}',
		}),
		good: (i) => `${i.origin}/__video/2048.mp4`,
		bad: 'http://127.0.0.1:9/__video/1.html',
		error: /^Video URL: the video could not be downloaded$/,
		request: ['POST', '/v5/media'],
	},
	{
		name: 'video cover from a binary property the item lacks',
		params: (i) =>
			pinCreate(i, {
				mediaSource: 'videoMediaId',
				mediaId: i.media,
				coverImageSource: 'binary',
				coverBinaryPropertyName: '={{ $json.v }}',
			}),
		good: () => 'data',
		bad: 'cover',
		binary: binaryOf('image/png', PNG),
		error: /"cover" \(Cover Image Binary Field\)/,
		request: ['POST', '/v5/pins'],
	},
	// Pin → Get / Update / Delete / Save / Get Analytics
	{
		name: 'pin ID with letters',
		params: () => ({ resource: 'pin', operation: 'get', pin: fromItem }),
		good: (i) => i.pin,
		bad: 'abc',
		error: /^Pin must contain digits only$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin ID as a number beyond 2^53',
		params: () => ({ resource: 'pin', operation: 'get', pin: fromItem }),
		good: (i) => i.pin,
		bad: Number('98765432109876543210'),
		error: /^Pin must be a string of digits$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin URL without a pin ID',
		params: () => ({
			resource: 'pin',
			operation: 'get',
			pin: { __rl: true, mode: 'url', value: '={{ $json.v }}' },
		}),
		good: (i) => `https://www.pinterest.com/pin/${i.pin}/`,
		bad: 'https://www.pinterest.com/pin/abc/',
		error: /^Pin is not a Pinterest pin URL$/,
		request: ['GET', '/v5/pins/'],
	},
	{
		name: 'pin update with a title of 101 characters',
		params: (i) => ({
			resource: 'pin',
			operation: 'update',
			pin: id(i.pin),
			updateFields: { title: '={{ $json.v }}' },
		}),
		good: () => 'New title',
		bad: 'u'.repeat(101),
		error: /Title/,
		request: ['PATCH', '/v5/pins/'],
	},
	{
		name: 'pin update with a bad link',
		params: (i) => ({
			resource: 'pin',
			operation: 'update',
			pin: id(i.pin),
			updateFields: { link: '={{ $json.v }}' },
		}),
		good: () => 'https://example.com/new',
		bad: 'javascript:alert(1)',
		error: /Link/,
		request: ['PATCH', '/v5/pins/'],
	},
	{
		name: 'pin save to a board ID with letters',
		params: (i) => ({ resource: 'pin', operation: 'save', pin: id(i.pin), board: fromItem }),
		good: (i) => i.board,
		bad: 'my-board',
		error: /^Board must contain digits only$/,
		request: ['POST', '/v5/pins/'],
	},
	{
		name: 'pin analytics with no metric types',
		params: (i) => ({
			resource: 'pin',
			operation: 'getAnalytics',
			pin: id(i.pin),
			metricTypes: '={{ $json.v }}',
		}),
		good: () => ['IMPRESSION'],
		bad: [],
		error: /Metric Types/,
		request: ['GET', '/v5/pins/'],
		// The two good items ask for the same pin: the run's analytics go together, one request.
		count: 1,
	},
	// Media
	{
		name: 'media ID with letters',
		params: () => ({ resource: 'media', operation: 'get', mediaId: '={{ $json.v }}' }),
		good: (i) => i.media,
		bad: 'm-1',
		error: /Media ID/,
		request: ['GET', '/v5/media/'],
	},
];
