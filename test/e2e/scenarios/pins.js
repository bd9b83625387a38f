'use strict';
/* e2e scenarios: pin creation (image URL, binary image, carousel, binary video). */
const assert = require('assert/strict');
const {
	chain,
	pinterestNode,
	byId,
	reqs,
	authOf,
	logSummary,
	needOps,
	needParams,
	execOk,
	bodyOf,
	first,
	binaryNodes,
	TINY_JPEG_B64,
	FAKE_MP4_B64,
} = require('./common');

function pinScenarios() {
	return [
		{
			name: 'pin: create from an image URL',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') ||
				needParams(ctx, 'pin', 'create', 'board', 'mediaSource', 'imageUrl', 'title'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinImageUrl01', 'e2e pin from image URL', [
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'imageUrl',
						imageUrl: 'https://example.com/e2e/image.jpg',
						title: 'E2E image pin',
						additionalFields: {
							description: 'from e2e',
							link: 'https://example.com/article',
							altText: 'an e2e image',
						},
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinImageUrl01');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				assert.ok(out[0].id, 'pin id');
				assert.equal(out[0].title, 'E2E image pin');
				assert.equal(out[0].board_id, ctx.pinBoard.id);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				assert.deepEqual(bodyOf(posts[0]), {
					board_id: ctx.pinBoard.id,
					title: 'E2E image pin',
					description: 'from e2e',
					link: 'https://example.com/article',
					alt_text: 'an e2e image',
					media_source: { source_type: 'image_url', url: 'https://example.com/e2e/image.jpg' },
				});
				const view = ctx.sim.getPinView(out[0].id);
				assert.ok(view, 'pin exists in the simulator');
				assert.equal(view.creative_type, 'REGULAR');
			},
		},
		{
			name: 'pin: create from a binary image (Convert to File -> Pinterest)',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'binaryPropertyName'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinBinary0001', 'e2e pin from binary image', [
					...binaryNodes('Make image', TINY_JPEG_B64, 'image/jpeg', 'photo.jpg'),
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'imageBinary',
						binaryPropertyName: 'data',
						title: 'E2E binary pin',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinBinary0001');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				const ms = bodyOf(posts[0]).media_source;
				assert.equal(ms.source_type, 'image_base64');
				assert.equal(ms.content_type, 'image/jpeg');
				assert.equal(ms.data, TINY_JPEG_B64, 'the file bytes, base64, unchanged');
			},
		},
		{
			name: 'pin: create a carousel from 2 image URLs',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') || needParams(ctx, 'pin', 'create', 'carouselImages'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinCarousel01', 'e2e carousel pin', [
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'carousel',
						carouselImages: {
							images: [
								{ source: 'url', url: 'https://example.com/c1.jpg', title: 'one' },
								{
									source: 'url',
									url: 'https://example.com/c2.jpg',
									title: 'two',
									link: 'https://example.com/two',
								},
							],
						},
						title: 'E2E carousel',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinCarousel01');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const posts = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(posts.length, 1, `one POST /pins, saw:\n${logSummary(ctx.sim)}`);
				assert.deepEqual(bodyOf(posts[0]).media_source, {
					source_type: 'multiple_image_urls',
					items: [
						{ url: 'https://example.com/c1.jpg', title: 'one' },
						{ url: 'https://example.com/c2.jpg', title: 'two', link: 'https://example.com/two' },
					],
				});
				assert.equal(ctx.sim.getPinView(out[0].id).creative_type, 'CAROUSEL');
				assert.equal(out[0].media_type, 'multiple_images');
			},
		},
		{
			name: 'pin: create from a binary video (register, upload, wait, create)',
			requires: (ctx) =>
				needOps(ctx, 'pin:create') ||
				needParams(ctx, 'pin', 'create', 'coverImageUrl', 'binaryPropertyName'),
			prepare(ctx) {
				ctx.pinBoard = ctx.pinBoard || ctx.sim.addBoard({ name: 'E2E pins' });
				return chain('e2ePinVideo00001', 'e2e video pin', [
					...binaryNodes('Make video', FAKE_MP4_B64, 'video/mp4', 'clip.mp4'),
					pinterestNode('Create pin', {
						resource: 'pin',
						operation: 'create',
						board: byId(ctx.pinBoard.id),
						mediaSource: 'videoBinary',
						binaryPropertyName: 'data',
						coverImageSource: 'url',
						coverImageUrl: 'https://example.com/cover.jpg',
						maxWaitSeconds: 60,
						title: 'E2E video pin',
					}),
				]);
			},
			async run(ctx) {
				const r = await execOk(ctx, 'e2ePinVideo00001');
				const out = first(r, 'Create pin');
				assert.equal(out.length, 1);
				const reg = reqs(ctx.sim, { method: 'POST', path: '/v5/media' });
				assert.equal(reg.length, 1, `one POST /media (register), saw:\n${logSummary(ctx.sim, 20)}`);
				const up = ctx.sim.requests.filter((q) => q.path.startsWith('/__upload/'));
				assert.equal(up.length, 1, `one upload, saw:\n${logSummary(ctx.sim, 20)}`);
				assert.equal(authOf(up[0]), undefined, 'no Pinterest token sent to the upload URL');
				assert.equal(
					up[0].body && up[0].body.fileBytes,
					Buffer.from(FAKE_MP4_B64, 'base64').length,
					'all file bytes uploaded',
				);
				assert.ok(
					reqs(ctx.sim, { method: 'GET', path: /^\/v5\/media\/\d+$/ }).length >= 1,
					'polled the media status',
				);
				const pin = reqs(ctx.sim, { method: 'POST', path: '/v5/pins' });
				assert.equal(pin.length, 1);
				const ms = bodyOf(pin[0]).media_source;
				assert.equal(ms.source_type, 'video_id');
				assert.equal(ms.cover_image_url, 'https://example.com/cover.jpg');
				assert.equal(ctx.sim.getPinView(out[0].id).creative_type, 'VIDEO');
			},
		},
	];
}

module.exports = { pinScenarios };
