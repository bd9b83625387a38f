import nock from 'nock';

import type { FileChunks, StreamedBlob } from '../../../nodes/Pinterest/media/multipart';
import { encodeMultipart } from '../../../nodes/Pinterest/media/multipart';
import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { useStrictNock } from '../../helpers/nock';

const BASE = 'http://pinterest.test/v5';
const UPLOAD = 'http://uploads.test';

/** The bytes n8n's HTTP helper sends for a Blob body: the chunks of its stream(). */
async function read(body: StreamedBlob): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	for await (const chunk of body.stream()) chunks.push(chunk);
	return Buffer.concat(chunks);
}

/** A file given in several chunks, opened only when the body is read (counted). */
function chunkedFile(parts: Buffer[]) {
	const file = {
		opened: 0,
		open: async (): Promise<FileChunks> => {
			file.opened++;
			return parts;
		},
	};
	return file;
}

describe('multipart encoder', () => {
	it('writes every field, then the file last, with an exact Content-Length', async () => {
		const bytes = Buffer.from('0123456789');
		const file = chunkedFile([bytes.subarray(0, 4), bytes.subarray(4)]);
		const encoded = encodeMultipart(
			{ key: 'uploads/1', 'Content-Type': 'multipart/form-data' },
			{ field: 'file', open: file.open, size: 10, fileName: 'a "b".mp4', contentType: 'video/mp4' },
		);
		const b = encoded.boundary;
		expect(encoded.contentType).toBe(`multipart/form-data; boundary=${b}`);
		// A Blob to n8n's HTTP helper: its type and size become Content-Type and Content-Length.
		expect(Object.prototype.toString.call(encoded.body)).toBe('[object Blob]');
		expect(encoded.body.type).toBe(encoded.contentType);
		expect(file.opened).toBe(0);
		const body = await read(encoded.body);
		expect(file.opened).toBe(1);
		expect(body.toString()).toBe(
			`--${b}\r\nContent-Disposition: form-data; name="key"\r\n\r\nuploads/1\r\n` +
				`--${b}\r\nContent-Disposition: form-data; name="Content-Type"\r\n\r\nmultipart/form-data\r\n` +
				`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a %22b%22.mp4"\r\nContent-Type: video/mp4\r\n\r\n` +
				`0123456789\r\n--${b}--\r\n`,
		);
		expect(encoded.contentLength).toBe(body.length);
		expect(encoded.body.size).toBe(body.length);
	});

	it('fails the stream when the file is shorter than announced', async () => {
		const file = chunkedFile([Buffer.from('abc')]);
		const encoded = encodeMultipart(
			{},
			{ field: 'file', open: file.open, size: 5, fileName: 'f', contentType: 'video/mp4' },
		);
		await expect(read(encoded.body)).rejects.toThrow('The file has 3 bytes, but 5 were announced');
	});

	it('closes the file when the request stops reading half-way', async () => {
		let destroyed = 0;
		async function* chunks() {
			yield Buffer.from('first');
			yield Buffer.from('second');
		}
		const source = Object.assign(chunks(), { destroy: () => destroyed++ });
		const encoded = encodeMultipart(
			{},
			{
				field: 'file',
				open: async () => source,
				size: 11,
				fileName: 'f',
				contentType: 'video/mp4',
			},
		);
		const reader = encoded.body.stream().getReader();
		await reader.read(); // the head
		await reader.read(); // the first chunk of the file
		await reader.cancel();
		expect(destroyed).toBe(1);
	});
});

describe('Video upload errors', () => {
	useStrictNock();

	it('an upload refused by the storage server fails with its message; no polling, no pin', async () => {
		nock(BASE)
			.post('/media', { media_type: 'video' })
			.reply(201, {
				media_id: '77',
				media_type: 'video',
				upload_url: `${UPLOAD}/`,
				upload_parameters: { key: 'k', policy: 'p' },
			});
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
				input: [
					{
						json: {},
						binary: {
							data: { data: Buffer.from('video').toString('base64'), mimeType: 'video/mp4' },
						},
					},
				],
			},
		);
		expect(uploadAuth).toBeUndefined();
		expect(error?.message).toBe("Pinterest's upload server refused the video (HTTP 403)");
		expect(error?.description).toBe(
			'Media 77: Policy expired. The upload URL is valid for a limited time only; run the node again to get a new one.',
		);
	});
});
