/**
 * The simulator's OAuth consent page (GET /oauth/, POST /oauth/decide) and the token endpoint's
 * one-time codes, driven as a browser and n8n's OAuth2 client would: plain HTTP, no n8n.
 */
import type { Simulator } from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

const CLIENT = { id: 'app-id', secret: 'app-secret-value' };
const REDIRECT = 'http://localhost:5678/rest/oauth2-credential/callback';
const SCOPE = 'boards:read,pins:read,pins:write';

describe('simulator: OAuth consent page', () => {
	let sim: Simulator;
	beforeAll(async () => {
		sim = createSimulator({ clientId: CLIENT.id, clientSecret: CLIENT.secret, seed: 3 });
		await sim.start(0);
	});
	afterAll(async () => sim?.stop());
	beforeEach(() => sim.reset());

	const authorize = (extra: Record<string, string> = {}) => {
		const query = new URLSearchParams({
			client_id: CLIENT.id,
			redirect_uri: REDIRECT,
			response_type: 'code',
			scope: SCOPE,
			state: 'state-123',
			...extra,
		});
		return fetch(`${sim.origin}/oauth/?${query}`);
	};
	const decide = async (page: string, decision: 'allow' | 'deny') => {
		const consent = /name="consent" value="([^"]+)"/.exec(page)?.[1] ?? '';
		const response = await fetch(`${sim.origin}/oauth/decide`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ consent, decision }).toString(),
			redirect: 'manual',
		});
		expect(response.status).toBe(302);
		return new URL(String(response.headers.get('location')));
	};
	const exchange = (code: string, redirectUri = REDIRECT) =>
		fetch(`${sim.baseUrl}/oauth/token`, {
			method: 'POST',
			headers: {
				authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
				'content-type': 'application/x-www-form-urlencoded',
			},
			body: new URLSearchParams({
				grant_type: 'authorization_code',
				code,
				redirect_uri: redirectUri,
			}).toString(),
		});

	it('shows the app and the scopes; Allow redirects with a code and the state; the code works once', async () => {
		const response = await authorize();
		expect(response.status).toBe(200);
		const page = await response.text();
		expect(page).toContain('n8n Pinterest node (simulator)');
		for (const scope of SCOPE.split(',')) expect(page).toContain(`<li>${scope}</li>`);
		expect(page).toMatch(/<button id="allow"[^>]*>Allow<\/button>/);
		expect(page).toMatch(/<button id="deny"[^>]*>Deny<\/button>/);

		const back = await decide(page, 'allow');
		expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
		expect(back.searchParams.get('state')).toBe('state-123');
		const code = String(back.searchParams.get('code'));
		expect(code).toMatch(/^code_/);

		// Another redirect_uri is refused; the right one gets tokens with the granted scopes.
		expect((await exchange(code, 'http://localhost:1/elsewhere')).status).toBe(400);
		const tokens = await exchange(code);
		expect(tokens.status).toBe(200);
		const body = (await tokens.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ token_type: 'bearer', scope: SCOPE });
		expect(sim.isAccessTokenValid(String(body.access_token))).toBe(true);
		// Used once.
		expect((await exchange(code)).status).toBe(400);
	});

	it('Deny redirects with error=access_denied and the state, and no code', async () => {
		const back = await decide(await (await authorize()).text(), 'deny');
		expect(back.searchParams.get('error')).toBe('access_denied');
		expect(back.searchParams.get('state')).toBe('state-123');
		expect(back.searchParams.get('code')).toBeNull();
	});

	it.each([
		[{ client_id: 'someone-else' }, /Unknown client_id/],
		[{ response_type: 'token' }, /response_type must be &quot;code&quot;/],
		[{ redirect_uri: 'not a url' }, /redirect_uri is missing or not a URL/],
		[{ scope: 'boards:read pins:read' }, /Unknown scope/],
		[{ scope: '' }, /scope is missing/],
	])('refuses a bad authorization request: %p', async (extra, message) => {
		const response = await authorize(extra);
		expect(response.status).toBe(400);
		expect(await response.text()).toMatch(message);
	});

	it('a consent form is good for one decision only', async () => {
		const page = await (await authorize()).text();
		await decide(page, 'allow');
		const consent = /name="consent" value="([^"]+)"/.exec(page)?.[1] ?? '';
		const again = await fetch(`${sim.origin}/oauth/decide`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ consent, decision: 'allow' }).toString(),
			redirect: 'manual',
		});
		expect(again.status).toBe(400);
	});

	it('serves the tab icon the browser asks for (/favicon.ico) and the one the page links to', async () => {
		for (const path of ['/favicon.ico', '/favicon.svg']) {
			const icon = await fetch(`${sim.origin}${path}`);
			expect([path, icon.status, icon.headers.get('content-type')]).toEqual([
				path,
				200,
				'image/svg+xml',
			]);
			expect(await icon.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		}
		const page = await (await authorize()).text();
		expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
	});

	it('styles the page: a centred card, the mark, round Allow and Deny buttons', async () => {
		const page = await (await authorize()).text();
		expect(page).toContain('<meta name="viewport"');
		expect(page).toMatch(/<main>\s*<img class="mark" src="\/favicon\.svg"/);
		expect(page).toMatch(/main\{[^}]*border-radius:1\.5rem/);
		expect(page).toMatch(/#allow\{background:#e60023;color:#fff\}/);
	});
});
