/*
 * The realistic mode's ads, analytics, targeting and trends answers (realistic.js, routes/adsAnalytics.js,
 * routes/adsTargeting.js) still validate against Pinterest's OpenAPI file: the recorded shapes add
 * only what the schema allows. Skipped without the OpenAPI file, as simulatorResponses.test.ts is.
 */
import type { Sim } from '../simulator/helpers';
import { call, isoDay, must, startSim } from '../simulator/helpers';
import { installAds } from '../../tools/simulator';
import { specAvailable, validateResponse } from '../../tools/simulator/openapi';
import { openapiSkipNote } from '../helpers/openapiNote';
import { warn } from '../helpers/system';

if (!specAvailable())
	warn(openapiSkipNote("the realistic simulator's ads, analytics and trends answers"));
const describeIfSpec = specAvailable() ? describe : describe.skip;

describeIfSpec.each([false, true])(
	'realistic answers vs. the OpenAPI file (newAccount %s)',
	(newAccount) => {
		let started: Sim | undefined;
		const paths: string[] = [];
		beforeAll(async () => {
			started = await startSim({ realistic: true, newAccount });
			const ads = installAds(started);
			const seeded = ads.seed();
			const a = seeded.account.id;
			ads.addAudience(a);
			ads.addConversionTag(a);
			ads.addCustomerList(a);
			ads.addKeyword(a, seeded.adGroup.id);
			const days = `start_date=${isoDay(-3)}&end_date=${isoDay(-1)}`;
			const sync = `${days}&granularity=DAY&columns=SPEND_IN_DOLLAR,IMPRESSION_1`;
			paths.push(
				'/trends/keywords/US/top/monthly',
				'/trends/keywords/US/top/growing?include_prediction=true&include_demographics=true',
				'/trends/topics/featured?region=US',
				'/trends/topics/featured?region=CA&interest=TRAVEL',
				`/user_account/analytics?start_date=${isoDay(-3)}&end_date=${isoDay(1)}`,
				`/user_account/analytics/top_pins?${days}&sort_by=SAVE`,
				`/user_account/analytics/top_video_pins?${days}&sort_by=SAVE`,
				'/user_account',
				'/ad_accounts',
				`/ad_accounts/${a}`,
				`/ad_accounts/${a}/campaigns`,
				`/ad_accounts/${a}/campaigns/${seeded.campaigns[0].id}`,
				`/ad_accounts/${a}/ad_groups`,
				`/ad_accounts/${a}/ad_groups/${seeded.adGroup.id}`,
				`/ad_accounts/${a}/analytics?${sync}`,
				`/ad_accounts/${a}/campaigns/analytics?campaign_ids=${seeded.campaigns[0].id}&${sync}`,
				`/ad_accounts/${a}/ad_groups/analytics?ad_group_ids=${seeded.adGroup.id}&${sync}`,
				`/ad_accounts/${a}/ads/analytics?ad_ids=${seeded.ad.id}&${sync}`,
				`/ad_accounts/${a}/audiences`,
				`/ad_accounts/${a}/conversion_tags`,
				`/ad_accounts/${a}/customer_lists`,
				`/ad_accounts/${a}/keywords?ad_group_id=${seeded.adGroup.id}`,
			);
		});
		afterAll(async () => {
			if (started) await started.stop();
		});

		test('every answer is 200 and valid', async () => {
			const sim = must(started, 'simulator');
			for (const path of paths) {
				const [pathname, search] = path.split('?');
				const query = Object.fromEntries(new URLSearchParams(search ?? ''));
				const res = await call(sim, 'GET', pathname, { query });
				const v = validateResponse({ method: 'GET', path: `/v5${pathname}` }, res.status, res.body);
				expect([path, res.status, v.errors]).toEqual([path, 200, []]);
			}
		});

		test('an updated ad group ({data} alone) is valid', async () => {
			const sim = must(started, 'simulator');
			const account = String(
				(await call<{ items: Array<{ id: string }> }>(sim, 'GET', '/ad_accounts')).body.items[0].id,
			);
			const groups = await call<{ items: Array<{ id: string }> }>(
				sim,
				'GET',
				`/ad_accounts/${account}/ad_groups`,
			);
			const res = await call(sim, 'PATCH', `/ad_accounts/${account}/ad_groups`, {
				body: [{ id: groups.body.items[0].id, status: 'PAUSED' }],
			});
			const v = validateResponse(
				{ method: 'PATCH', path: `/v5/ad_accounts/${account}/ad_groups` },
				res.status,
				res.body,
			);
			expect([res.status, v.errors]).toEqual([200, []]);
		});
	},
);
