// Types of index.js (the in-memory Pinterest API v5 simulator), for the .ts tests that drive it.
// Views (BoardView, PinView, ...) are what the API returns and records (BoardRecord, ...) are what
// `sim.state` holds: both are in types.d.ts. The ads extension (installAds) is in routes/ads.d.ts.
import type {
	AccountView,
	BoardView,
	InterestView,
	LinkedBusinessView,
	MediaStatus,
	MediaView,
	PinView,
	Privacy,
	SectionView,
	SimulatorState,
	UserView,
	WebsiteView,
} from './types';

type IncomingHttpHeaders = import('http').IncomingHttpHeaders;

export type * from './types';

/** A query string as the simulator parses it: repeated keys become arrays. */
export type ParsedQuery = Record<string, string | string[]>;

export interface SimulatorFaults {
	rate429: number;
	rate500: number;
	rate503: number;
	retryAfterSeconds: number;
	slowRate: number;
	slowMs: number;
	rate500AfterWrite: number;
	/** Writes applied, then the connection closed without an answer. */
	rateDropAfterWrite: number;
	/** Writes answered 400 with Pinterest's code 2787, not applied. */
	rate2787: number;
	/** Writes applied, then answered 400 with code 2787. */
	rate2787AfterWrite: number;
	includeOAuth: boolean;
}

export interface SimulatorOptions {
	accessTokens?: string[];
	refreshTokens?: string[];
	clientId?: string;
	clientSecret?: string;
	seed?: number;
	username?: string;
	mediaProcessingPolls?: number;
	mediaFailIds?: string[];
	accessTokenTtlSeconds?: number;
	refreshTokenTtlSeconds?: number;
	maxBodyBytes?: number;
	logLimit?: number;
	/** Every API and upload request waits this long before it is answered. */
	latencyMs?: number;
	/** The app name the OAuth consent page shows. */
	appName?: string;
	/** Keep each answer's body in its log entry as `response` (off by default). */
	logResponses?: boolean;
	/** Answer in the live API's recorded shapes (realistic.js, REAL-API.md). Default false. */
	realistic?: boolean;
	/** Realistic mode: the order of GET /boards. Default 'alphabetical' (the recorded one). */
	boardOrder?: 'alphabetical' | 'last_saved' | 'newest' | 'custom';
	/** Realistic mode: lists giving a bookmark on their last page. Default 'recorded'. */
	trailingBookmark?: 'recorded' | 'all' | 'none';
	/**
	 * Realistic mode: the account as recorded, a business account made today without billing or data
	 * (monthly_views -1, analytics days BEFORE_BUSINESS_CREATED, no top pins, ads analytics []). Default false.
	 */
	newAccount?: boolean;
	faults?: Partial<SimulatorFaults>;
	/** Per-token rate-limit budgets and x-ratelimit-* headers (rateLimit.js): the Standard budgets by default in realistic mode, none with realistic: false; false turns them off. */
	rateLimits?: boolean | SimulatorRateLimits | null;
}

/** Budgets per window; true means Pinterest's documented Standard access budgets. */
export interface SimulatorRateLimits {
	/** Requests per safety-net window for every request of a token (Standard: 100 per 1 s). */
	safetyNet?: number;
	safetyNetWindowSeconds?: number;
	/** The category windows' length (Standard: 60 s). */
	windowSeconds?: number;
	/** Requests per window by x-ratelimit-category (org_write, org_read, ...). */
	categories?: Record<string, number>;
}

/** A scripted response for the next API requests (failNext). */
export interface FailSpec {
	status?: number;
	headers?: Record<string, string>;
	body?: unknown;
	includeOAuth?: boolean;
	afterWrite?: boolean;
	/** Close the connection without an answer (with afterWrite: after applying the write). */
	drop?: boolean;
}

export interface Operation {
	operationId: string;
	method: string;
	path: string;
}

export interface RequestLogEntry {
	method: string;
	path: string;
	query: ParsedQuery;
	headers: IncomingHttpHeaders;
	body: unknown;
	status: number | undefined;
	time: string;
	operationId?: string;
	/** The connection was closed without an answer (a drop fault); status is then 0. */
	dropped?: boolean;
	/** The answer's body, with the logResponses option. */
	response?: unknown;
}

export interface SimulatorStats {
	requests: number;
	byStatus: Record<number, number>;
	faulted: number;
	/** API and upload requests being answered right now, and the most there were at once. */
	inFlight: number;
	peakInFlight: number;
	/** Requests answered 429 because a rate-limit budget was spent (rateLimits on). */
	rateLimited?: number;
}

export interface UploadRecord {
	fields: Record<string, string>;
	fileBytes: number;
	sha256: string | null;
	filename: string | null;
	contentType: string | null;
	authorizationHeaderSeen: boolean;
	fileWasLast: boolean;
	partNames: string[];
	ok: boolean;
}

// ---------------------------------------------------------------------------------------------
// helper specs

export interface BoardSpec {
	name?: string;
	description?: string | null;
	privacy?: Privacy;
	is_ads_only?: boolean;
	collaborator_count?: number;
	follower_count?: number;
	created_at?: string;
}

export interface SectionSpec {
	name?: string;
	created_at?: string;
}

/** A pin's media_source as the API takes it (source_type decides the other fields). */
export interface MediaSource {
	source_type: string;
	[field: string]: unknown;
}

export interface PinSpec {
	board_id?: string;
	board_section_id?: string | null;
	title?: string | null;
	description?: string | null;
	link?: string | null;
	alt_text?: string | null;
	dominant_color?: string | null;
	creative_type?: string;
	parent_pin_id?: string | null;
	has_been_promoted?: boolean;
	image_url?: string;
	media_source?: MediaSource;
	created_at?: string;
}

export interface FollowingBoardSpec {
	name?: string;
	description?: string | null;
	owner?: string;
	follower_count?: number;
	pin_count?: number;
	explicit?: boolean;
	created_at?: string;
}

export interface InterestSpec {
	name?: string;
	key?: string;
	canonical_url?: string;
	created_at?: string;
}

export interface SeedSpec {
	boards?: number;
	sectionsPerBoard?: number;
	pinsPerBoard?: number;
	followers?: number;
	following?: number;
	followingBoards?: number;
	interests?: number;
}

/** What an extension's handle() returns for a request it serves. */
export interface ExtensionResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	operationId?: string;
}

export interface SimulatorExtension {
	handle(
		method: string,
		apiPath: string,
		query: ParsedQuery,
		headers: IncomingHttpHeaders,
		body: unknown,
		checkBearer: (headers: IncomingHttpHeaders) => unknown,
	): ExtensionResponse | null | undefined | false;
	serve?(
		req: import('http').IncomingMessage,
		res: import('http').ServerResponse,
		path: string,
	): boolean;
	reset?(): void;
}

export interface Simulator {
	state: SimulatorState;
	requests: RequestLogEntry[];
	uploads: Record<string, UploadRecord>;
	stats: SimulatorStats;
	faults: SimulatorFaults;
	/** `http://127.0.0.1:<port>/v5`, set by start(). */
	baseUrl: string;
	/** `http://127.0.0.1:<port>`, set by start(). */
	origin: string;
	/** The listening port, set by start(). */
	port: number;
	server: import('http').Server | null;
	operations: Operation[];

	extend(extension: SimulatorExtension): void;
	start(port?: number): Promise<{ url: string }>;
	stop(): Promise<void>;
	reset(): void;
	setFaults(faults?: Partial<SimulatorFaults>): SimulatorFaults;
	failNext(n?: number, spec?: FailSpec): void;
	issueTokens(): { access_token: string; refresh_token: string };
	issueAuthCode(options?: { redirectUri?: string; redirect_uri?: string }): string;
	expireAccessToken(token: string): boolean;
	expireRefreshToken(token: string): boolean;
	isAccessTokenValid(token: string): boolean;
	isRefreshTokenValid(token: string): boolean;
	failMedia(id: string): void;
	addBoard(spec?: BoardSpec): BoardView;
	addSection(boardId: string, spec?: SectionSpec): SectionView;
	addPin(spec?: PinSpec): PinView;
	addFollower(username: string): UserView;
	removeFollower(username: string): boolean;
	addFollowing(username: string, options?: { creator?: boolean; explicit?: boolean }): UserView;
	addFollowingBoard(spec?: FollowingBoardSpec): BoardView;
	addInterest(spec?: InterestSpec): InterestView;
	addMedia(spec?: { status?: MediaStatus; created_at?: string }): MediaView;
	/** A website of the account; verified ("success") unless spec.status says otherwise. */
	addWebsite(website: string, spec?: { status?: string; created_at?: string }): WebsiteView;
	addLinkedBusiness(username: string): LinkedBusinessView;
	/** Realistic mode, 'custom' board order: these boards first, in this order. */
	arrangeBoards(ids: string[]): void;
	removePin(id: string): boolean;
	removeBoard(id: string): boolean;
	removeSection(id: string): boolean;
	getPinView(id: string): PinView | null;
	getBoardView(id: string): BoardView | null;
	account(): AccountView;
	uploadParameters(mediaId: string): Record<string, string> | null;
	seed(spec?: SeedSpec): { boards: string[]; pins: string[]; followers: string[] };
	seedDemo(): { boards: string[]; sections: string[] };
}

export interface MultipartHandlers {
	onPartBegin(headers: Record<string, string>): void;
	onPartData(data: Buffer): void;
	onPartEnd(): void;
	onError(error: Error): void;
}

export declare function createSimulator(options?: SimulatorOptions): Simulator;
/** The fault mix of the exactly-once proof: ambiguous answers to writes, besides 429 and 503. */
export declare const AMBIGUOUS_FAULTS: Partial<SimulatorFaults>;
export declare function createMultipartParser(
	boundary: string,
	handlers: MultipartHandlers,
): { readonly done: boolean; write(chunk: Buffer): void; end(): void };
export declare const OPERATIONS: Operation[];
export declare const TINY_JPEG: Buffer;
export { installAds } from './routes/ads';
export type {
	Ad,
	AdAccount,
	AdGroup,
	AdsOptions,
	AdsReport,
	AdsSeed,
	AdsSimulator,
	AdsState,
	Campaign,
	Catalog,
	CatalogFeed,
	CatalogSeed,
	ConversionEventRecord,
	EntityStatus,
	FeedIngestion,
	LeadDeliveryAttempt,
	LeadDeliveryBody,
	LeadForm,
	SubmittedLead,
	ProductGroup,
} from './routes/ads';
