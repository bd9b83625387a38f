/**
 * Report files that Pinterest sends gzip-compressed are decoded with the platform's
 * DecompressionStream (n8n's verification allows no zlib at run time): a real gzip file
 * from the simulator, end to end through RoutingNode.
 */
import { makeCredentials, runNode, tokenCredential } from '../../helpers/harness';
import { createSimulator, installAds } from '../../../tools/simulator';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

function reportParameters(accountId: string, extra: Record<string, unknown> = {}) {
	return {
		authentication: 'accessToken',
		resource: 'report',
		operation: 'create',
		adAccount: rl(accountId),
		level: 'CAMPAIGN',
		dateRange: 'yesterday',
		granularity: 'DAY',
		columns: 'CAMPAIGN_ID,CAMPAIGN_NAME,SPEND_IN_DOLLAR',
		waitOptions: { pollInterval: 0.01 },
		...extra,
	};
}

describe.each([true, 'corrupt'] as const)(
	'gzip report files (simulator reportGzip: %s)',
	(reportGzip) => {
		const sim = createSimulator({ accessTokens: ['sim-gzip-token'] });
		const ads = installAds(sim, { accessTokens: ['sim-gzip-token'], reportPolls: 1, reportGzip });
		let baseUrl = '';

		beforeAll(async () => {
			({ url: baseUrl } = await sim.start(0));
		});
		afterAll(async () => {
			await sim.stop();
		});
		beforeEach(() => ads.reset());

		const credentials = () =>
			makeCredentials({ pinterestApi: tokenCredential(baseUrl, 'sim-gzip-token') });

		/** The bytes the simulator serves for the report: really gzip (magic bytes 1f 8b). */
		async function servedBytes(): Promise<Buffer> {
			const token = Object.keys(ads.state.reports)[0];
			const response = await fetch(`${sim.origin}/__ads_reports/${token}`);
			return Buffer.from(await response.arrayBuffer());
		}

		if (reportGzip === true) {
			it('rows from a gzip CSV report, and Output File gives the decompressed CSV', async () => {
				const seeded = ads.seed();
				const rows = await runNode(reportParameters(seeded.account.id), {
					credentials: await credentials(),
				});
				expect(rows.error).toBeUndefined();
				expect([...(await servedBytes()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
				expect(
					rows.items.map((item) => [
						item.json.CAMPAIGN_NAME,
						item.json.SPEND_IN_DOLLAR,
						item.pairedItem,
					]),
				).toEqual([
					['Spring sale', 10, { item: 0 }],
					['Fall sale', 11, { item: 0 }],
					['Old', 12, { item: 0 }],
				]);

				ads.reset();
				const again = ads.seed();
				const file = await runNode(
					reportParameters(again.account.id, { output: 'file', binaryPropertyName: 'report' }),
					{
						credentials: await credentials(),
					},
				);
				expect(file.error).toBeUndefined();
				const csv = Buffer.from(file.items[0].binary?.report.data ?? '', 'base64').toString('utf8');
				expect(csv.split('\n')[0]).toBe(
					'CAMPAIGN_ID,CAMPAIGN_NAME,DATE,SPEND_IN_DOLLAR,PAID_IMPRESSION',
				);
				expect(csv).toContain(',Spring sale,');
			});
		} else {
			it('a cut-off gzip file is a clear error, paired with its item under Continue On Fail', async () => {
				const seeded = ads.seed();
				const { items, error } = await runNode(reportParameters(seeded.account.id), {
					credentials: await credentials(),
					continueOnFail: true,
				});
				expect(error).toBeUndefined();
				expect([...(await servedBytes()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
				expect(items).toHaveLength(1);
				expect(items[0].pairedItem).toEqual({ item: 0 });
				expect(String(items[0].json.error)).toMatch(/^The report file could not be decompressed: /);
				expect(items[0].error?.description).toBe(
					'Pinterest sent a gzip file that is damaged or cut off. Create the report again.',
				);
			});
		}
	},
);
