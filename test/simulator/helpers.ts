/* Shared helpers for the simulator's own tests (not a test file). */
import type {
	CarouselMedia,
	ImageMedia,
	PinMedia,
	Simulator,
	SimulatorOptions,
	VideoMedia,
} from '../../tools/simulator';
import { createSimulator } from '../../tools/simulator';

export type Sim = Simulator;

/** A response of the simulator; `T` is the body shape the caller expects (unchecked, like res.json()). */
export interface ApiResponse<T = unknown> {
	status: number;
	headers: Headers;
	body: T;
	text: string;
}

// Response bodies of the Pinterest API (the parts the tests read).
export interface ErrorBody {
	code: number;
	message: string;
}

export interface Page<T> {
	items: T[];
	bookmark: string | null;
}

export interface TokenResponse {
	access_token: string;
	refresh_token: string;
	response_type: string;
	token_type: string;
	expires_in: number;
	refresh_token_expires_in: number;
	refresh_token_expires_at: number;
	scope: string;
}

export interface DailyMetrics {
	date: string;
	data_status: string;
	metrics: Record<string, number>;
}

export interface MetricsBlock {
	daily_metrics: DailyMetrics[];
	summary_metrics: Record<string, number>;
}

/** Pin analytics also carry lifetime metrics (TOTAL_COMMENTS, TOTAL_REACTIONS). */
export interface PinAnalyticsBlock extends MetricsBlock {
	lifetime_metrics: Record<string, number>;
}

/** Analytics keyed by split value ('all' without a split, or pin IDs for multi-pin analytics). */
export type Analytics<B extends MetricsBlock = MetricsBlock> = Record<string, B>;

export interface TopPins {
	date_availability: { is_realtime: boolean; latest_available_timestamp: number };
	pins: Array<{
		pin_id: string;
		metrics: Record<string, number>;
		data_status: Record<string, string>;
	}>;
	sort_by: string;
}

export interface MediaRegistration {
	media_id: string;
	media_type: string;
	upload_url: string;
	upload_parameters: Record<string, string>;
}

/**
 * Rate limits for tests that fire hundreds of unpaced requests a second at one token and are not
 * about budgets: the live headers stay on every answer, with a safety net no such burst spends.
 */
export const ROOMY_BUDGET = { safetyNet: 1_000_000 };

export async function startSim(options: SimulatorOptions = {}): Promise<Sim> {
	const sim = createSimulator({
		accessTokens: ['tok-1'],
		clientId: 'app-id',
		clientSecret: 'app-secret',
		seed: 42,
		...options,
	});
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

export async function call<T = unknown>(
	sim: Sim,
	method: string,
	path: string,
	opts: CallOptions = {},
): Promise<ApiResponse<T>> {
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
	const res = await fetch(`${sim.baseUrl}${path}${buildQuery(opts.query)}`, {
		method,
		headers,
		body,
	});
	const text = await res.text();
	let parsed: unknown;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = text;
	}
	return { status: res.status, headers: res.headers, body: parsed as T, text };
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

/** The value, or an error naming what was missing (instead of a TypeError further on). */
export function must<T>(value: T | null | undefined, what: string): T {
	if (value === null || value === undefined) throw new Error(`${what}: missing`);
	return value;
}

function mediaOf<M extends PinMedia>(media: PinMedia, type: M['media_type']): M {
	if (media.media_type !== type) throw new Error(`expected ${type} media, got ${media.media_type}`);
	return media as M;
}
export const imageMedia = (media: PinMedia) => mediaOf<ImageMedia>(media, 'image');
export const videoMedia = (media: PinMedia) => mediaOf<VideoMedia>(media, 'video');
export const carouselMedia = (media: PinMedia) => mediaOf<CarouselMedia>(media, 'multiple_images');

/** Follow bookmarks until null; returns all items and the number of pages. */
export async function collectAll<T>(
	sim: Sim,
	path: string,
	query: NonNullable<CallOptions['query']> = {},
	between?: (page: number) => void | Promise<void>,
) {
	const items: T[] = [];
	let bookmark: string | null | undefined;
	let pages = 0;
	do {
		const res = await call<Page<T>>(sim, 'GET', path, {
			query: { ...query, ...(bookmark ? { bookmark } : {}) },
		});
		if (res.status !== 200) throw new Error(`${path} -> ${res.status} ${res.text}`);
		items.push(...res.body.items);
		bookmark = res.body.bookmark;
		pages += 1;
		if (between) await between(pages);
	} while (bookmark);
	return { items, pages };
}
