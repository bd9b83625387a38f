import nock from 'nock';
import { Readable } from 'stream';

import { makeCredentials, runNode, tokenCredential } from '../helpers/harness';
import { useStrictNock } from '../helpers/nock';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { encodeMultipart } = require('../../dist/nodes/Pinterest/helpers/multipart');

const BASE = 'http://pinterest.test/v5';
const UPLOAD = 'http://uploads.test';

async function read(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

describe('multipart encoder', () => {
	it('writes every field, then the file last, with an exact Content-Length', async () => {
		const file = Buffer.from('0123456789');
		const encoded = encodeMultipart(
			{ key: 'uploads/1', 'Content-Type': 'multipart/form-data' },
			{ field: 'file', stream: Readable.from([file.subarray(0, 4), file.subarray(4)]), size: 10, fileName: 'a "b".mp4', contentType: 'video/mp4' },
		);
		const b = encoded.boundary;
		expect(encoded.contentType).toBe(`multipart/form-data; boundary=${b}`);
		const body = await read(encoded.body);
		expect(body.toString()).toBe(
			`--${b}\r\nContent-Disposition: form-data; name="key"\r\n\r\nuploads/1\r\n` +
				`--${b}\r\nContent-Disposition: form-data; name="Content-Type"\r\n\r\nmultipart/form-data\r\n` +
				`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a %22b%22.mp4"\r\nContent-Type: video/mp4\r\n\r\n` +
				`0123456789\r\n--${b}--\r\n`,
		);
		expect(encoded.contentLength).toBe(body.length);
	});

	it('fails the stream when the file is shorter than announced', async () => {
		const encoded = encodeMultipart({}, { field: 'file', stream: Readable.from([Buffer.from('abc')]), size: 5, fileName: 'f', contentType: 'video/mp4' });
		await expect(read(encoded.body)).rejects.toThrow('The file has 3 bytes, but 5 were announced');
	});
});

describe('Video upload errors', () => {
	useStrictNock();

	it('an upload refused by the storage server fails with its message; no polling, no pin', async () => {
		nock(BASE)
			.post('/media', { media_type: 'video' })
			.reply(201, { media_id: '77', media_type: 'video', upload_url: `${UPLOAD}/`, upload_parameters: { key: 'k', policy: 'p' } });
		let uploadAuth: unknown = 'not seen';
		nock(UPLOAD)
			.post('/')
			.reply(403, function () {
				uploadAuth = this.req.headers.authorization;
				return '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>';
			});
		const { error } = await runNode(
			{
				authentication: 'accessToken',
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'data',
			},
			{
				credentials: await makeCredentials({ pinterestApi: tokenCredential(BASE, 'pina_x') }),
				input: [{ json: {}, binary: { data: { data: Buffer.from('video').toString('base64'), mimeType: 'video/mp4' } } }],
			},
		);
		expect(uploadAuth).toBeUndefined();
		expect(error?.message).toBe("Pinterest's upload server refused the video (HTTP 403)");
		expect(error?.description).toBe(
			'Media 77: Policy expired. The upload URL is valid for a limited time only; run the node again to get a new one.',
		);
	});
});
