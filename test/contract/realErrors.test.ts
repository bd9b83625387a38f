/*
 * Error answers and report files of the realistic simulator against what the live API was seen
 * answering (test/fixtures/realApi.json, `errors` and `reports`; tools/simulator/REAL-API.md,
 * "Errors" and "Reports", says where each was seen): which bodies carry `"status": "failure"`,
 * compact JSON, the message texts that integrations match on, an ad account id longer than 18
 * digits, and the report file when no `report_format` is asked for.
 *
 * SIM_REAL_SHAPES_OFF=1 runs the same checks on the default simulator.
 */
import type { ApiResponse, Sim } from '../simulator/helpers';
import { call, must, startSim } from '../simulator/helpers';
import facts from '../fixtures/realApi.json';
import { installAds } from '../../tools/simulator';
import { realShapesOff } from '../../tools/simulator/realistic';

const realistic = !realShapesOff();

type Obj = Record<string, unknown>;
const keysOf = (o: unknown): string[] => Object.keys(o as Obj).sort();
const sorted = (k: string[]): string[] => [...k].sort();
const messages = facts.errors.messages;

function expectMessage(res: ApiResponse<Obj>, status: number, pattern: string): void {
	expect([res.status, res.body.message]).toEqual([status, expect.stringMatching(pattern)]);
}

describe('realistic simulator: error bodies and report files as the live API answers them', () => {
	let started: Sim | undefined;
	const sim = (): Sim => must(started, 'simulator');
	let board = '';
	let adAccount = '';

	beforeAll(async () => {
		started = await startSim({ realistic });
		const ads = installAds(sim());
		board = sim().addBoard({ name: 'Errors' }).id;
		const account = ads.addAdAccount({ name: 'Reports' });
		adAccount = account.id;
		ads.addCampaign(account.id, { name: 'Spring', status: 'ACTIVE' });
		ads.addCampaign(account.id, { name: 'Fall', status: 'ACTIVE' });
	});
	afterAll(async () => {
		await started?.stop();
	});

	test('"status": "failure" only on a 401; other errors carry code and message only', async () => {
		const auth = await call<Obj>(sim(), 'GET', '/boards', { token: 'not-a-token' });
		expect(facts.errors.statusFailureOnlyOn).toContain(auth.status);
		expect(auth.body).toEqual(facts.errors.authBody);
		const notFound = await call<Obj>(sim(), 'GET', '/pins/1234567890123456789');
		expect(notFound.status).toBe(404);
		expect(keysOf(notFound.body)).toEqual(sorted(facts.errors.otherKeys));
		const badRequest = await call<Obj>(sim(), 'GET', '/boards', { query: { page_size: 'x' } });
		expect(badRequest.status).toBe(400);
		expect(keysOf(badRequest.body)).toEqual(sorted(facts.errors.otherKeys));
	});

	test('error bodies are compact JSON (no spaces between keys and values)', async () => {
		const res = await call<Obj>(sim(), 'GET', '/pins/1234567890123456789');
		expect(facts.errors.compactJson).toBe(true);
		expect(res.text).toBe(JSON.stringify(res.body));
	});

	test('a board_id that is not digits: the message says it does not match ^\\d+$', async () => {
		const res = await call<Obj>(sim(), 'POST', '/pins', {
			body: {
				board_id: 'my-board',
				media_source: { source_type: 'image_url', url: 'https://images.example.com/a.jpg' },
			},
		});
		expectMessage(res, 400, messages.digitsPattern);
	});

	test('a carousel of six images: the message names the maxItems=5 constraint', async () => {
		const items = Array.from({ length: 6 }, (_, i) => ({
			url: `https://images.example.com/${i}.jpg`,
		}));
		const res = await call<Obj>(sim(), 'POST', '/pins', {
			body: { board_id: board, media_source: { source_type: 'multiple_image_urls', items } },
		});
		expectMessage(res, 400, messages.carouselTooMany);
	});

	test('a video pin without a cover image is refused, naming cover_image_url or cover_image_content_type', async () => {
		const mediaId = sim().addMedia({ status: 'succeeded' }).media_id;
		const res = await call<Obj>(sim(), 'POST', '/pins', {
			body: { board_id: board, media_source: { source_type: 'video_id', media_id: mediaId } },
		});
		expectMessage(res, 400, messages.videoWithoutCover);
	});

	test('an image Pinterest cannot download: the message says it could not fetch the image', async () => {
		const res = await call<Obj>(sim(), 'POST', '/pins', {
			body: {
				board_id: board,
				media_source: {
					source_type: 'image_url',
					url: 'https://images.example.com/unreachable/a.jpg',
				},
			},
		});
		expectMessage(res, 400, messages.imageNotFetched);
	});

	test('an ad account id longer than 18 digits: 400, too long', async () => {
		const res = await call<Obj>(sim(), 'GET', '/ad_accounts/1234567890123456789');
		expectMessage(res, facts.errors.adAccountIdTooLong.status, messages.adAccountIdTooLong);
	});

	test('a report asked for without report_format is a JSON file keyed by entity id', async () => {
		expect(facts.reports.defaultFormat).toBe('JSON');
		const created = await call<Obj>(sim(), 'POST', `/ad_accounts/${adAccount}/reports`, {
			body: {
				start_date: '2026-01-01',
				end_date: '2026-01-07',
				granularity: 'DAY',
				level: 'CAMPAIGN',
				columns: ['SPEND_IN_DOLLAR', 'PAID_IMPRESSION'],
			},
		});
		let url = '';
		for (let i = 0; i < 10 && !url; i++) {
			const polled = await call<Obj>(sim(), 'GET', `/ad_accounts/${adAccount}/reports`, {
				query: { token: String(created.body.token) },
			});
			expect(facts.reports.statuses).toContain(polled.body.report_status);
			url = typeof polled.body.url === 'string' ? polled.body.url : '';
		}
		const file = await fetch(url);
		expect(file.headers.get('content-type')).toMatch(/^application\/json/);
		const byId = (await file.json()) as Record<string, Obj[]>;
		expect(Object.keys(byId).length).toBe(2);
		for (const [id, rows] of Object.entries(byId)) {
			expect(id).toMatch(/^\d+$/);
			expect(Array.isArray(rows)).toBe(true);
			for (const row of rows) expect(String(row.DATE)).toMatch(new RegExp(facts.reports.rowDate));
		}
	});
});
