'use strict';
/*
 * The workflows the editor cases open, imported before n8n starts. Each is what a user would have
 * built by then; the cases do the clicking that matters (lists, Execute step, credentials, Fetch Test
 * Event, activation). Node builders come from the e2e scenarios so both suites build nodes alike.
 * Each case opens its own workflow: n8n 2.41 opens a workflow read-only for a while after another
 * browser session had it open (its collaboration lock), and every case is a new session.
 */
const {
	chain,
	pinterestNode,
	binaryNodes,
	byId,
	boardPinTrigger,
	TINY_JPEG_B64,
	CREDS,
} = require('../../e2e/scenarios/common');

const IDS = {
	panel: 'uiPanelWorkflow1',
	sections: 'uiSectionsWorkfl',
	binary: 'uiBinaryWorkflow',
	oauthAllow: 'uiOAuthAllowWork',
	oauthDeny: 'uiOAuthDenyWorkf',
	triggerTest: 'uiTriggerTestWor',
	triggerLive: 'uiTriggerLiveWor',
	schemaV1: 'uiSchemaV1Workfl',
	leadAds: 'uiLeadAdsWorkflo',
	firstLook: 'uiFirstLookWorkf',
	keywords: 'uiKeywordsWorkfl',
	firstInput: 'uiFirstHourInput',
	firstApi: 'uiFirstHourApiEr',
	firstOAuth: 'uiFirstHourOAuth',
	firstOldLink: 'uiFirstHourLink1',
};

// n8n 2.8 takes a cron list of seconds (a poll every 10 s); later versions refuse sub-minute polls
const POLL_TIMES = {
	fast: { item: [{ mode: 'custom', cronExpression: '0,10,20,30,40,50 * * * * *' }] },
	minute: { item: [{ mode: 'everyMinute' }] },
};

const emptyList = () => ({ __rl: true, mode: 'list', value: '' });

function workflows(demo, { fastPolls = true } = {}) {
	const panel = chain(IDS.panel, 'UI: board pins', [
		pinterestNode('Pinterest', {
			resource: 'board',
			operation: 'getPins',
			board: emptyList(),
			simplify: true,
		}),
	]);
	const sections = chain(IDS.sections, 'UI: section pins', [
		pinterestNode('Section pins', {
			resource: 'boardSection',
			operation: 'getPins',
			board: emptyList(),
			section: emptyList(),
		}),
	]);
	const binary = chain(IDS.binary, 'UI: pin from a file', [
		...binaryNodes('Make image', TINY_JPEG_B64, 'image/jpeg', 'photo.jpg'),
		pinterestNode('Create pin', {
			resource: 'pin',
			operation: 'create',
			board: byId(demo.boards[0]),
			mediaSource: 'imageBinary',
			binaryPropertyName: 'data',
			title: 'UI binary pin',
		}),
	]);
	const oauth = (id, name) => {
		const node = pinterestNode('Pinterest', { resource: 'account', operation: 'get' }, 'oAuth2');
		delete node.credentials;
		return chain(id, name, [node]);
	};
	// a version-1 Pinterest node (as saved before 1.1) that has not run, an Edit Fields node after it
	const schemaV1 = chain(IDS.schemaV1, 'UI: schema preview of a version 1 node', [
		pinterestNode('Board v1', { resource: 'board', operation: 'get', board: byId(demo.boards[0]) }),
		{ name: 'Edit Fields', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: {} },
	]);
	// a new Lead Ads Trigger with the demo token: the case picks the ad account and form from lists
	const leadAds = {
		id: IDS.leadAds,
		name: 'UI: new leads',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: '0e1ead00-0000-4000-8000-000000000001',
				name: 'Pinterest Lead Ads Trigger',
				type: 'n8n-nodes-pinterest-api.pinterestLeadAdsTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: '0e1ead00-0000-4000-8000-0000000000ff',
				parameters: {
					authentication: 'accessToken',
					adAccount: emptyList(),
					leadForm: emptyList(),
				},
				credentials: { pinterestApi: { ...CREDS.tokenCred } },
			},
		],
	};
	// what a new user's canvas holds: both triggers and two actions, for their subtitles
	const firstLook = chain(IDS.firstLook, 'UI: first look', [
		pinterestNode('Trends', { resource: 'trend', operation: 'getTrendingKeywords' }),
		pinterestNode('Pins', { resource: 'pin', operation: 'getAll' }),
	]);
	firstLook.nodes.push(
		{
			id: 'f1a5c0de-0000-4000-8000-000000000001',
			name: 'Pinterest Trigger',
			type: 'n8n-nodes-pinterest-api.pinterestTrigger',
			typeVersion: 1,
			position: [0, 240],
			parameters: { authentication: 'accessToken', event: 'newFollower' },
		},
		{
			id: 'f1a5c0de-0000-4000-8000-000000000002',
			name: 'Lead Ads',
			type: 'n8n-nodes-pinterest-api.pinterestLeadAdsTrigger',
			typeVersion: 1,
			position: [0, 480],
			parameters: { authentication: 'accessToken' },
		},
	);
	// Trending Keywords as saved in 1.1 (Limit) and as added now (1.2, Number of Keywords), each
	// fed by the Manual trigger alone (one run each)
	const keywords = chain(IDS.keywords, 'UI: trending keywords', [
		{
			...pinterestNode('Keywords', { resource: 'trend', operation: 'getTrendingKeywords' }),
			typeVersion: 1.2,
		},
	]);
	keywords.nodes.push({
		...pinterestNode('Keywords 1.1', { resource: 'trend', operation: 'getTrendingKeywords' }),
		id: 'f1a5c0de-0000-4000-8000-000000000003',
		position: [220, 240],
		typeVersion: 1.1,
	});
	keywords.connections.Manual.main[0].push({ node: 'Keywords 1.1', type: 'main', index: 0 });
	// the first hour (issue 25): an input error, an error from Pinterest, a node for an OAuth2
	// credential that is saved but never connected, a pin create saved with the Link's old place
	const pinCreate = (name, parameters, auth) =>
		pinterestNode(
			name,
			{
				resource: 'pin',
				operation: 'create',
				board: byId(demo.boards[0]),
				mediaSource: 'imageUrl',
				imageUrl: 'https://example.com/first-hour.jpg',
				...parameters,
			},
			auth,
		);
	const firstInput = chain(IDS.firstInput, 'UI: first hour, title too long', [
		{ ...pinCreate('Pinterest', { title: 'x'.repeat(101) }), typeVersion: 1.1 },
	]);
	const firstApi = chain(IDS.firstApi, 'UI: first hour, unknown board', [
		{ ...pinterestNode('Pinterest', { resource: 'board', operation: 'get', board: byId('1') }) },
	]);
	const oauthPin = {
		...pinCreate('Pinterest', { title: 'First hour' }, 'oAuth2'),
		typeVersion: 1.1,
	};
	delete oauthPin.credentials;
	const firstOAuth = chain(IDS.firstOAuth, 'UI: first hour, OAuth2 never connected', [oauthPin]);
	const firstOldLink = chain(IDS.firstOldLink, 'UI: first hour, link in its old place', [
		{
			...pinCreate('Pinterest', {
				title: 'Saved before Link moved',
				additionalFields: { link: 'https://example.com/old-place' },
			}),
			typeVersion: 1.1,
		},
	]);
	const pollTimes = fastPolls ? POLL_TIMES.fast : POLL_TIMES.minute;
	const trigger = (id, name) => boardPinTrigger(id, name, demo.boards[0], pollTimes);
	return [
		panel,
		sections,
		binary,
		oauth(IDS.oauthAllow, 'UI: OAuth2 account (allow)'),
		oauth(IDS.oauthDeny, 'UI: OAuth2 account (deny)'),
		trigger(IDS.triggerTest, 'UI: new pins (test event)'),
		trigger(IDS.triggerLive, 'UI: new pins (published)'),
		schemaV1,
		leadAds,
		firstLook,
		keywords,
		firstInput,
		firstApi,
		firstOAuth,
		firstOldLink,
	];
}

module.exports = { IDS, workflows };
