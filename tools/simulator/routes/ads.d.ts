// Types of ads.js: the advertising extension of the simulator (installAds), for the .ts tests.
// Records carry the fields below plus whatever a spec passed to an add* helper adds.
import type { Simulator } from '../index';

export type EntityStatus = 'ACTIVE' | 'PAUSED' | 'ARCHIVED' | 'DRAFT' | 'DELETED_DRAFT';

export interface AdsOptions {
	/** Tokens accepted when the simulator passes no token check of its own (it always does). */
	accessTokens?: string[];
	/** The poll at which a report is FINISHED (2). */
	reportPolls?: number;
	/** The rows of every report file (default: one row per campaign of the account). */
	reportRows?: Array<Record<string, string | number>> | null;
	/** Serve report files gzip-compressed; 'corrupt' cuts the gzip stream short. */
	reportGzip?: boolean | 'corrupt';
	/** The processing_results read at which a feed's run is COMPLETED (2). */
	feedProcessingPolls?: number;
	/** Tokens with only these scopes (a route needing another answers 401 code 3); others have all. */
	tokenScopes?: Record<string, string[]>;
	/** Delays between lead delivery retries (429, 5xx, network errors): one retry per entry ([200, 500, 1000]). */
	leadDeliveryDelaysMs?: number[];
	/** false: leads are not sent; lead.envelopes holds what would be (for tests that replay it). */
	deliverLeads?: boolean;
}

export interface LeadFormQuestion {
	question_type: string;
	custom_question_field_type?: string | null;
	custom_question_label?: string | null;
	custom_question_options?: string[];
}

export interface LeadForm {
	id: string;
	ad_account_id: string;
	name: string;
	status: 'ACTIVE' | 'DRAFT';
	questions: LeadFormQuestion[];
	created_time: number;
	updated_time: number;
}

export interface LeadSubscriptionRecord {
	id: string;
	ad_account_id: string;
	lead_form_id: string | null;
	webhook_url: string;
	/** The base64 AES-256 key (shown once, in the create's answer). */
	key: string;
	deleted: boolean;
}

/** One delivery body: the JSON array of encrypted leads POSTed to a webhook URL. */
export type LeadDeliveryBody = Array<Record<string, unknown>>;

export interface SubmittedLead {
	id: string;
	ad_account_id: string;
	lead_form_id: string;
	is_test: boolean;
	answers: Array<{ question_type: string; custom_question_label: string | null; answer: string }>;
	/** What each covering subscription gets. */
	envelopes: Array<{ subscription_id: string; body: LeadDeliveryBody }>;
	/** Settles when every delivery (with its retries) is over. */
	delivered: Promise<unknown>;
}

export interface LeadDeliveryAttempt {
	lead_id: string;
	subscription_id: string;
	url: string;
	attempt: number;
	/** The webhook's answer; 0 for a network error. */
	status: number;
	at: number;
}

export interface AdAccount {
	id: string;
	name: string;
	currency: string;
	country: string;
	owner: { username: string };
	permissions: string[];
	created_time: number;
	updated_time: number;
	[field: string]: unknown;
}

export interface Campaign {
	id: string;
	ad_account_id: string;
	name: string;
	status: EntityStatus;
	objective_type: string;
	created_time: number;
	updated_time: number;
	type: 'campaign';
	[field: string]: unknown;
}

export interface AdGroup {
	id: string;
	ad_account_id: string;
	campaign_id: string;
	name: string;
	status: EntityStatus;
	type: 'adgroup';
	[field: string]: unknown;
}

export interface Ad {
	id: string;
	ad_account_id: string;
	ad_group_id: string;
	/** The campaign of the ad group, undefined when the ad group is not known. */
	campaign_id: string | undefined;
	name: string;
	status: EntityStatus;
	type: 'pinpromotion';
	[field: string]: unknown;
}

export interface Catalog {
	id: string;
	name: string;
	catalog_type: string;
	created_at: string;
	updated_at: string;
	[field: string]: unknown;
}

export interface CatalogFeed {
	id: string;
	catalog_id: string;
	catalog_type: string;
	name: string;
	format: string;
	status: string;
	location: string;
	created_at: string;
	updated_at: string;
	[field: string]: unknown;
}

export interface ProductGroup {
	id: string;
	feed_id: string;
	catalog_id: string;
	catalog_type: string;
	name: string;
	status: string;
	type: string;
	filters: unknown;
	created_at: number;
	updated_at: number;
}

/** A processing run of a feed (behind processing_results); `reads` counts the reads so far. */
export interface ProcessingRun {
	id: string;
	feed_id: string;
	created_at: string;
	updated_at: string;
	status: 'PROCESSING' | 'COMPLETED' | 'FAILED';
	reads: number;
}

export interface FeedIngestion {
	id: string;
	feed_id: string;
	created_at: string;
	status: string;
}

export interface AdsReport {
	accountId: string;
	/** The body of the POST that created the report. */
	body: Record<string, unknown>;
	polls: number;
	/** The Authorization header of the last download (null when none was sent). */
	downloadAuthorization?: string | null;
}

export interface AdsState {
	adAccounts: AdAccount[];
	campaigns: Campaign[];
	adGroups: AdGroup[];
	ads: Ad[];
	/** Records of routes/adsTargeting.js (served in realistic mode). */
	audiences: Record<string, unknown>[];
	conversionTags: Record<string, unknown>[];
	customerLists: Record<string, unknown>[];
	keywords: Record<string, unknown>[];
	reports: Record<string, AdsReport>;
	catalogs: Catalog[];
	feeds: CatalogFeed[];
	productGroups: ProductGroup[];
	ingestions: FeedIngestion[];
	processingRuns: ProcessingRun[];
	/** IDs of deleted feeds and product groups (their records stay in the lists above). */
	deleted: Set<string>;
	leadForms: LeadForm[];
	/** Deleted ones stay, marked deleted (lists page by position). */
	leadSubscriptions: LeadSubscriptionRecord[];
	leads: SubmittedLead[];
	deliveries: LeadDeliveryAttempt[];
	/** Events recorded by POST /ad_accounts/{id}/events (without test=true), hashed as received. */
	conversionEvents: ConversionEventRecord[];
	/** How many events/create requests came with test=true (their events are not recorded). */
	conversionTestRequests: number;
}

export interface ConversionEventRecord {
	ad_account_id: string;
	event_name: string;
	action_source: string;
	event_time: number;
	event_id: string;
	user_data: Record<string, unknown>;
	custom_data?: Record<string, unknown>;
	[field: string]: unknown;
}

export interface CatalogSeed {
	catalog: Catalog;
	feed: CatalogFeed;
	productGroup: ProductGroup;
}

/** What ads.seed() adds: the campaigns are the active and the paused one (an archived one exists). */
export interface AdsSeed extends CatalogSeed {
	account: AdAccount;
	campaigns: Campaign[];
	adGroup: AdGroup;
	ad: Ad;
}

export interface AdsSimulator {
	/** The current records (replaced by reset() and by the simulator's reset). */
	readonly state: AdsState;
	counters: { reportPolls: number; downloads: number };
	reset(): void;
	addAdAccount(spec?: Partial<AdAccount>): AdAccount;
	addCampaign(accountId: string, spec?: Partial<Campaign>): Campaign;
	addAdGroup(accountId: string, campaignId: string, spec?: Partial<AdGroup>): AdGroup;
	addAd(accountId: string, adGroupId: string, spec?: Partial<Ad>): Ad;
	/** A catalog alone, as POST /catalogs makes it. */
	addCatalogRecord(spec?: Partial<Catalog>): Catalog;
	addCatalog(spec?: Partial<Catalog>): CatalogSeed;
	seed(): AdsSeed;
	/** A lead form (FIRST_NAME, EMAIL, a custom "What is your budget?" radio list by default). */
	addLeadForm(accountId: string, spec?: Partial<LeadForm>): LeadForm;
	/**
	 * A person submits a lead form: answers in question order (or by name: first_name, email,
	 * the custom label); extra.lead_id fixes its ID, extra.corrupt encrypts it under a wrong key.
	 */
	submitLead(
		accountId: string,
		formId: string,
		answers: string[] | Record<string, string>,
		extra?: { lead_id?: string; corrupt?: boolean; is_test?: boolean },
	): SubmittedLead;
	/** Realistic mode serves these (routes/adsTargeting.js); the answers are their recorded views. */
	addAudience(accountId: string, spec?: Record<string, unknown>): AdsTargetingView;
	addConversionTag(accountId: string, spec?: Record<string, unknown>): AdsTargetingView;
	addCustomerList(accountId: string, spec?: Record<string, unknown>): AdsTargetingView;
	/** A keyword of an ad group (parent_type AD_GROUP) unless spec.parent_id / parent_type say otherwise. */
	addKeyword(
		accountId: string,
		adGroupId: string,
		spec?: Record<string, unknown>,
	): AdsTargetingView;
}

/** An audience, conversion tag, customer list or keyword as the realistic simulator answers it. */
export interface AdsTargetingView {
	id: string;
	[key: string]: unknown;
}

/** Adds the ads routes to `sim` (through sim.extend) and returns their state and helpers. */
export declare function installAds(sim: Simulator, options?: AdsOptions): AdsSimulator;
