/* Shared helpers for the simulator's own tests (not a test file). */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createSimulator } = require('./server');

export type Sim = any;

export interface ApiResponse {
	status: number;
	headers: Headers;
	body: any;
	text: string;
}

export async function startSim(options: Record<string, unknown> = {}): Promise<Sim> {
	const sim = createSimulator({ accessTokens: ['tok-1'], clientId: 'app-id', clientSecret: 'app-secret', seed: 42, ...options });
	await sim.start(0);
	return sim;
}

export interface CallOptions {
	token?: string | null;
	query?: Record<string, string | number | boolean | Array<string | number>>;
	body?: unknown;
	form?: Record<string, string>;
	headers?: Record<string, string>;
}

export function buildQuery(query: CallOptions['query'] = {}): string {
	const sp = new URLSearchParams();
	for (const [k, v] of Object.entries(query)) {
		if (Array.isArray(v)) v.forEach((x) => sp.append(k, String(x)));
		else sp.append(k, String(v));
	}
	const s = sp.toString();
	return s ? `?${s}` : '';
}

export async function call(sim: Sim, method: string, path: string, opts: CallOptions = {}): Promise<ApiResponse> {
	const headers: Record<string, string> = { ...(opts.headers || {}) };
	const token = opts.token === undefined ? 'tok-1' : opts.token;
	if (token) headers.authorization = `Bearer ${token}`;
	let body: string | undefined;
	if (opts.form) {
		body = new URLSearchParams(opts.form).toString();
		headers['content-type'] = 'application/x-www-form-urlencoded';
	} else if (opts.body !== undefined) {
		body = JSON.stringify(opts.body);
		headers['content-type'] = 'application/json';
	}
	const res = await fetch(`${sim.baseUrl}${path}${buildQuery(opts.query)}`, { method, headers, body });
	const text = await res.text();
	let parsed: any;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = text;
	}
	return { status: res.status, headers: res.headers, body: parsed, text };
}

export function basic(id: string, secret: string): string {
	return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export function isoDay(offsetDays = 0): string {
	const d = new Date();
	d.setUTCHours(0, 0, 0, 0);
	d.setUTCDate(d.getUTCDate() + offsetDays);
	return d.toISOString().slice(0, 10);
}

/** Follow bookmarks until null; returns all items and the number of pages. */
export async function collectAll(sim: Sim, path: string, query: Record<string, any> = {}, between?: (page: number) => void | Promise<void>) {
	const items: any[] = [];
	let bookmark: string | null | undefined;
	let pages = 0;
	do {
		const res = await call(sim, 'GET', path, { query: { ...query, ...(bookmark ? { bookmark } : {}) } });
		if (res.status !== 200) throw new Error(`${path} -> ${res.status} ${res.text}`);
		items.push(...res.body.items);
		bookmark = res.body.bookmark;
		pages += 1;
		if (between) await between(pages);
	} while (bookmark);
	return { items, pages };
}
