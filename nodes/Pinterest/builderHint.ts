import type { INodeTypeDescription } from 'n8n-workflow';

// Hints for n8n's AI workflow builder (n8n 2.x: `builderHint` of INodeTypeDescription, read when
// the builder searches nodes and writes workflows). The n8n-workflow this package is built
// against predates the field, so it is typed here; n8n versions without it ignore it. n8n-core
// refuses a builderHint on the resource, operation or mode property, so these are node-level only,
// and they hold no expression.

export interface BuilderHint {
	/** General hint for the builder, shown with the node in its search results. */
	searchHint?: string;
	/** Nodes that work together with this one, each with why. */
	relatedNodes?: Array<{ nodeType: string; relationHint: string }>;
}

export type DescriptionWithBuilderHint = INodeTypeDescription & { builderHint?: BuilderHint };

const PACKAGE = 'n8n-nodes-pinterest-api';
export const NODE_TYPE = `${PACKAGE}.pinterest`;
export const TRIGGER_TYPE = `${PACKAGE}.pinterestTrigger`;

export const pinterestBuilderHint: BuilderHint = {
	searchHint:
		'Pinterest API v5 actions: create, get, update, save and delete pins (image URL, binary image or video, carousel), boards and board sections; media uploads; follows; search (own pins and boards, partner pins); trends (trending keywords, featured topics, trending product categories, product category details); keyword ideas (Keyword → Get Related Terms / Get Suggested Terms); account and pin analytics; and advertising: ad accounts, campaigns, ad groups, ads, keywords, audiences, customer lists, conversion tags, conversion events (Conversion → Send Events: one item per event, user data hashed with SHA-256 by the node, Test Mode for trials), reports, catalogs with their feeds and product groups, lead forms (with test leads) and lead subscriptions (lead ads beta; the Pinterest Lead Ads Trigger receives the leads). Boards, sections and pins are resource locators: from a list, by URL or by ID. Advertising operations and keyword ideas need the ads scopes ("Include Ads and Catalogs Scopes" in the OAuth2 credential). Featured topics and product category trends are not available in the Sandbox environment. Follow → Get Followed Interests, deprecated by Pinterest, is only in node versions 1 and 1.1 (saved workflows): a new node (version 1.2) does not have it. List operations take Return All or Limit; each Pinterest object becomes one item.',
	relatedNodes: [
		{
			nodeType: TRIGGER_TYPE,
			relationHint:
				'Start a workflow on a new pin, follower or board instead of polling with this node',
		},
	],
};

export const pinterestTriggerBuilderHint: BuilderHint = {
	searchHint:
		'Polls Pinterest for a new pin (on the account, a board or a board section), a new follower or a new board, one item per new object. The first activation only records where it starts and emits nothing; manual "Fetch Test Event" returns the newest existing item. Each object triggers once, without duplicates across restarts. For a board, pick it from the list, by URL or by ID.',
	relatedNodes: [
		{
			nodeType: NODE_TYPE,
			relationHint:
				'Act on the new pin, follower or board: save or update the pin, get its analytics, follow the user',
		},
	],
};
