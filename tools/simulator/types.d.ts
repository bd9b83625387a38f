// Types shared by index.d.ts: the views the API returns (BoardView, PinView, ...) and the records
// `sim.state` holds (BoardRecord, ...). Types only; import them from index.d.ts.

export type Privacy = 'PUBLIC' | 'PROTECTED' | 'SECRET';
export type MediaStatus = 'registered' | 'processing' | 'succeeded' | 'failed';

// ---------------------------------------------------------------------------------------------
// views (API response shapes)

export interface ImageSize {
	width: number;
	height: number;
	url: string;
}
export type ImageSizes = Record<'150x150' | '400x300' | '600x' | '1200x', ImageSize>;

export interface ImageMedia {
	media_type: 'image';
	images: ImageSizes;
}
export interface VideoMedia {
	media_type: 'video';
	cover_image_url: string | null;
	video_url: string | null;
	duration: number;
	height: number;
	width: number;
	images: ImageSizes;
}
export interface CarouselItem {
	item_type: 'image';
	title: string | null;
	description: string | null;
	link: string | null;
	images: ImageSizes;
}
export interface CarouselMedia {
	media_type: 'multiple_images';
	items: CarouselItem[];
}
export type PinMedia = ImageMedia | VideoMedia | CarouselMedia;

export interface PinMetrics {
	'90d': { pin_click: number; impression: number; clickthrough: number };
	lifetime_metrics: {
		pin_click: number;
		impression: number;
		clickthrough: number;
		reaction: number;
		comment: number;
	};
}

export interface PinView {
	id: string;
	created_at: string;
	link: string | null;
	title: string | null;
	description: string | null;
	dominant_color: string | null;
	alt_text: string | null;
	creative_type: string;
	board_id: string;
	board_section_id: string | null;
	board_owner: { username: string };
	is_owner: boolean;
	media: PinMedia;
	parent_pin_id: string | null;
	is_standard: boolean;
	has_been_promoted: boolean;
	pin_metrics?: PinMetrics;
}

export interface BoardView {
	id: string;
	created_at: string;
	board_pins_modified_at: string;
	name: string;
	description: string | null;
	collaborator_count: number;
	follower_count: number;
	pin_count: number;
	is_ads_only: boolean;
	media: { image_cover_url: string | null; pin_thumbnail_urls: string[] };
	owner: { username: string };
	privacy: Privacy;
}

export interface SectionView {
	id: string;
	name: string;
}

export interface UserView {
	type: 'user';
	username: string;
}

export interface InterestView {
	id: string;
	key: string;
	name: string;
	canonical_url: string;
}

export interface MediaView {
	media_id: string;
	media_type: string;
	status: MediaStatus;
}

export interface AccountView {
	account_type: string;
	id: string;
	username: string;
	profile_image: string;
	website_url: string;
	about: string;
	business_name: string;
	board_count: number;
	pin_count: number;
	follower_count: number;
	following_count: number;
	monthly_views: number;
}

// ---------------------------------------------------------------------------------------------
// records (sim.state)

export interface BoardRecord {
	id: string;
	created_at: string;
	board_pins_modified_at: string;
	name: string;
	description: string | null;
	privacy: Privacy;
	is_ads_only: boolean;
	collaborator_count: number;
	follower_count: number;
	owner_username: string;
}

export interface FollowingBoardRecord extends BoardRecord {
	pin_count: number;
	explicit: boolean;
	_foreign: true;
}

export interface SectionRecord {
	id: string;
	board_id: string;
	name: string;
	created_at: string;
}

export interface PinRecord {
	id: string;
	created_at: string;
	link: string | null;
	title: string | null;
	description: string | null;
	dominant_color: string | null;
	alt_text: string | null;
	creative_type: string;
	board_id: string;
	board_section_id: string | null;
	parent_pin_id: string | null;
	is_standard: boolean;
	has_been_promoted: boolean;
	/** The simulator's internal media description (rendered as PinView.media). */
	_media: unknown;
}

export interface UserRecord {
	id: string;
	username: string;
	created_at: string;
	creator?: boolean;
	explicit?: boolean;
}

export interface InterestRecord {
	id: string;
	key: string;
	name: string;
	canonical_url: string;
	created_at: string;
}

export interface MediaRecord {
	id: string;
	media_id: string;
	media_type: string;
	status: MediaStatus;
	created_at: string;
	_uploaded: boolean;
	_polls: number;
	_duration: number;
	_params: Record<string, string>;
}

export interface SimulatorState {
	user: {
		id: string;
		username: string;
		account_type: string;
		business_name: string;
		about: string;
		profile_image: string;
		website_url: string;
	};
	boards: Record<string, BoardRecord>;
	sections: Record<string, SectionRecord>;
	pins: Record<string, PinRecord>;
	media: Record<string, MediaRecord>;
	followers: Record<string, UserRecord>;
	following: Record<string, UserRecord>;
	followingBoards: Record<string, FollowingBoardRecord>;
	interests: Record<string, InterestRecord>;
	websites: Record<string, WebsiteRecord>;
	linkedBusinesses: LinkedBusinessView[];
}

/** A website of the account (user_account/websites). */
export interface WebsiteView {
	website: string;
	status: string;
	verified_at?: string;
}

export interface WebsiteRecord extends WebsiteView {
	id: string;
	created_at: string;
}

export interface LinkedBusinessView {
	username: string;
	image_small_url: string;
	image_medium_url: string;
	image_large_url: string;
	image_xlarge_url: string;
}
