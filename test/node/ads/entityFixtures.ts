/** Shared fixtures of the ads entity tests (adAccount.test.ts, entities.test.ts). */
import { makeCredentials, tokenCredential } from '../../helpers/harness';

export const BASE = 'http://pinterest.test/v5';
export const TOKEN = 'pina_ads_test_token';
export const ACCOUNT = '549755885175';
const DAY = 86_400_000;
export const utcDay = (offset: number) =>
	new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export const token = () => makeCredentials({ pinterestApi: tokenCredential(BASE, TOKEN) });
export const params = (
	resource: string,
	operation: string,
	extra: Record<string, unknown> = {},
) => ({
	authentication: 'accessToken',
	resource,
	operation,
	...extra,
});
