import type { INodeTypeDescription, UsableAsToolDescription } from 'n8n-workflow';

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

/**
 * `usableAsTool` as an object (n8n-workflow 2.8.0 and 2.41.0 `UsableAsToolDescription`): n8n makes
 * the tool variant (`<name>Tool`, for AI Agents) from a copy of the description with
 * `replacements` spread over it (n8n `tool-generation/ai-tools.js` `createAiTools`, 2.8.4 and
 * 2.41.1; 2.41.1 `node-types.js` too). Only the editor's and the builder's copy: the tool that
 * runs is made from the plain description, so nothing the run reads may be replaced.
 */
export interface UsableAsTool {
	replacements?: NonNullable<UsableAsToolDescription['replacements']> & {
		builderHint?: BuilderHint;
	};
}

export type DescriptionWithBuilderHint = Omit<INodeTypeDescription, 'usableAsTool'> & {
	builderHint?: BuilderHint;
	usableAsTool?: true | UsableAsTool;
};

const PACKAGE = 'n8n-nodes-pinterest-api';
export const NODE_TYPE = `${PACKAGE}.pinterest`;
export const TRIGGER_TYPE = `${PACKAGE}.pinterestTrigger`;
/** n8n's AI Agent (2.x), which takes tools on its Tool input. */
export const AGENT_TYPE = '@n8n/n8n-nodes-langchain.agent';

/** What the node does, for both hints: resources, scopes, Sandbox, the deprecated operation. */
const PINTEREST_ACTIONS =
	'Pinterest API v5 actions: create, get, update, save and delete pins (image URL, binary image or video, carousel), boards and board sections; media uploads; follows; search (own pins and boards, partner pins); trends (trending keywords, featured topics, trending product categories, product category details); keyword ideas (Keyword → Get Related Terms / Get Suggested Terms); account and pin analytics; and advertising: ad accounts, campaigns, ad groups, ads, keywords, audiences, customer lists, conversion tags, conversion events (Conversion → Send Events: one item per event, user data hashed with SHA-256 by the node, Test Mode for trials), reports, catalogs with their feeds and product groups, lead forms (with test leads) and lead subscriptions (lead ads beta; the Pinterest Lead Ads Trigger receives the leads). Boards, sections and pins are resource locators: from a list, by URL or by ID. Advertising operations and keyword ideas need the ads scopes ("Include Ads and Catalogs Scopes" in the OAuth2 credential). Featured topics and product category trends are not available in the Sandbox environment. Follow → Get Followed Interests, deprecated by Pinterest, is only in node versions 1 and 1.1 (saved workflows): a new node (version 1.2) does not have it.';

export const pinterestBuilderHint: BuilderHint = {
	searchHint: `${PINTEREST_ACTIONS} List operations take Return All or Limit; each Pinterest object becomes one item.`,
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

/**
 * The hint of the tool variant (Pinterest Tool, for an AI Agent's Tool input), which n8n 2.41.1's
 * builder finds as a node of its own: how a tool is used, and the agent as its related node
 * instead of the trigger (a tool does not start a workflow).
 */
export const pinterestToolBuilderHint: BuilderHint = {
	searchHint: `A tool for an AI Agent: connect it to the agent's Tool input. Each Pinterest Tool node runs the one resource and operation set in it; let the agent fill the fields it should decide (a search query, a pin's title or description) with $fromAI() and set the others in the node. Returns one item per Pinterest object, at most Limit for lists. ${PINTEREST_ACTIONS}`,
	relatedNodes: [
		{
			nodeType: AGENT_TYPE,
			relationHint:
				'Give the agent Pinterest actions: one Pinterest Tool per operation on its Tool input',
		},
	],
};
