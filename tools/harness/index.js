'use strict';
/**
 * Runs workflows through real n8n-core (WorkflowExecute → RoutingNode, PollContext,
 * LoadOptionsContext) in-process; used by the jest tests (through test/helpers/harness.ts,
 * which adds the secrets-leak recording) and by the benchmark (bench/worker.js).
 *
 * The package is loaded from dist/ by n8n-core's own PackageDirectoryLoader, exactly as n8n
 * loads a community package. Credentials come from an in-memory store; the helper applies
 * generic `authenticate` blocks, resolves `$self` expressions, follows `extends` and persists
 * OAuth2 token updates, so an OAuth2 credential goes through n8n's real refresh-on-401 path.
 *
 * Plain CommonJS so that the bench can require it without compiling; types in index.d.ts.
 * n8n-core reads N8N_USER_FOLDER when it is loaded: set it before requiring this module.
 */
const path = require('path');
const {
	CredentialTestContext,
	ExecuteContext,
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	HookContext,
	LoadOptionsContext,
	PackageDirectoryLoader,
	PollContext,
	RoutingNode,
	WebhookContext,
	WorkflowExecute,
} = require('n8n-core');
const {
	LoggerProxy,
	NodeHelpers,
	VersionedNodeType,
	Workflow,
	createEmptyRunExecutionData,
} = require('n8n-workflow');

const { MemoryCredentialsHelper, oauth2Credential, tokenCredential } = require('./credentials');

// n8n-core's SSH client manager starts a 60 s interval that keeps the process alive: unref it.
// The container is the one of the @n8n/di that n8n-core itself resolves.
const coreDir = path.dirname(require.resolve('n8n-core/package.json'));
const { Container } = require(require.resolve('@n8n/di', { paths: [coreDir] }));
{
	const { SSHClientsManager } = require(
		path.join(coreDir, 'dist/execution-engine/ssh-clients-manager'),
	);
	Container.get(SSHClientsManager).cleanupTimer?.unref?.();
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = 'n8n-nodes-pinterest-api';
const NODE_TYPE = `${PACKAGE}.pinterest`;
const TRIGGER_TYPE = `${PACKAGE}.pinterestTrigger`;
const NODE_NAME = 'Pinterest';
const TRIGGER_NAME = 'Pinterest Trigger';
const LEAD_ADS_TYPE = `${PACKAGE}.pinterestLeadAdsTrigger`;
const LEAD_ADS_NAME = 'Pinterest Lead Ads Trigger';
const LEAD_ADS_WORKFLOW_ID = 'leads-wf';
const WORKFLOW_ID = 'test-wf';
const TRIGGER_WORKFLOW_ID = 'trigger-wf';
const EXECUTION_ID = 'test-exec';

const CREDENTIAL_IDS = {
	pinterestOAuth2Api: { id: 'cred-oauth2', name: 'Pinterest OAuth2 (test)' },
	pinterestApi: { id: 'cred-token', name: 'Pinterest token (test)' },
	pinterestFeedLocationApi: { id: 'cred-feed-location', name: 'Feed location (test)' },
};

/**
 * A node of our package; its credential is pinterestApi for access-token authentication, else
 * OAuth2, plus the feed location's login when the store has one (`extra`: credential types).
 */
function packageNode(id, name, type, parameters, position = [0, 0], typeVersion = 1, extra = []) {
	const credentialType =
		parameters.authentication === 'accessToken' ? 'pinterestApi' : 'pinterestOAuth2Api';
	const credentials = { [credentialType]: CREDENTIAL_IDS[credentialType] };
	for (const other of extra) credentials[other] = CREDENTIAL_IDS[other];
	return { id, name, type, typeVersion, position, parameters, credentials };
}

// ---------------------------------------------------------------------------------------------
// n8n's log lines

const logLines = [];

/** Sends every n8n log line into logLines (for the secrets check); returns that array. */
function captureLogs() {
	const keep = (level) => (message, meta) =>
		logLines.push(`${level} ${message} ${meta ? JSON.stringify(meta) : ''}`);
	LoggerProxy.init({
		error: keep('error'),
		warn: keep('warn'),
		info: keep('info'),
		debug: keep('debug'),
	});
	// A node's this.logger is n8n-core's Logger from the container (NodeExecutionContext.logger):
	// its lines go to the same list.
	const { Logger } = require(require.resolve('@n8n/backend-common', { paths: [coreDir] }));
	const nodeLogger = Object.create(Container.get(Logger));
	for (const level of ['error', 'warn', 'info', 'debug'])
		Object.defineProperty(nodeLogger, level, {
			value: keep(level),
			writable: true,
			configurable: true,
		});
	Container.set(Logger, nodeLogger);
	return logLines;
}

// ---------------------------------------------------------------------------------------------
// the package

// The parent of every OAuth2 credential in n8n; only what requestOAuth2 reads matters here.
const oAuth2ApiStub = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', default: '' },
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			default: '',
		},
		{ displayName: 'Authentication', name: 'authentication', type: 'string', default: 'header' },
	],
};

const manualTrigger = {
	description: {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: '',
		defaults: { name: 'Manual' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

/**
 * n8n's CLI (NodeTypes.getByNameAndVersion in packages/cli/src/node-types.ts, 2.8.4 and 2.41.3
 * alike) gives a declarative node an execute() that runs RoutingNode on the ExecuteContext, so
 * WorkflowExecute runs it like any node: with the execution's cancel signal, which RoutingNode
 * passes on to every item's context. Without it WorkflowExecute falls back to
 * executeDeclarativeNodeInTest, a path without the signal that real n8n never takes.
 */
function shouldAssignExecuteMethod(nodeType) {
	// The condition of shouldAssignExecuteMethod in packages/cli/src/utils.ts (2.41.3; 2.8.4 has
	// the same without the supplyData check).
	const isDeclarativeNode = nodeType?.description?.requestDefaults !== undefined;
	return (
		!nodeType.execute &&
		!nodeType.supplyData &&
		!nodeType.poll &&
		!nodeType.trigger &&
		(!nodeType.webhook || isDeclarativeNode) &&
		(!nodeType.methods || isDeclarativeNode)
	);
}

function withRoutingExecute(nodeType) {
	if (shouldAssignExecuteMethod(nodeType)) {
		nodeType.execute = async function () {
			const routingNode = new RoutingNode(this, nodeType);
			const data = await routingNode.runNode();
			return data ?? [];
		};
	}
	return nodeType;
}

let loaded;

/** The package from dist/, loaded once per process (per jest test file). */
function loadPackage() {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(REPO_ROOT);
		await loader.loadAll();
		const types = { 'n8n-nodes-base.manualTrigger': manualTrigger };
		for (const [name, data] of Object.entries(loader.nodeTypes))
			types[`${PACKAGE}.${name}`] = data.type;
		const credentialTypes = { oAuth2Api: oAuth2ApiStub };
		for (const [name, data] of Object.entries(loader.credentialTypes))
			credentialTypes[name] = data.type;
		const nodeTypes = {
			getByName: (type) => types[type],
			getByNameAndVersion: (type, version) =>
				withRoutingExecute(NodeHelpers.getVersionedNodeType(types[type], version)),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes, loader };
	})();
	return loaded;
}

async function makeCredentials(store) {
	return new MemoryCredentialsHelper(await loadPackage(), store);
}

// ---------------------------------------------------------------------------------------------
// running

function makeAdditionalData(hooks, credentialsHelper) {
	return {
		hooks,
		credentialsHelper,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {},
		userId: 'test-user',
		currentNodeExecutionIndex: 0,
		externalSecretsProxy: new ExternalSecretsProxy(),
		setExecutionStatus: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('executeWorkflow is not available in the harness');
		},
		startRunnerTask: async () => {
			throw new Error('startRunnerTask is not available in the harness');
		},
		logAiEvent: () => {},
	};
}

function makeHooks(mode, workflow) {
	return new ExecutionLifecycleHooks(mode, EXECUTION_ID, {
		id: workflow.id,
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
	});
}

/**
 * A manual run through WorkflowExecute from `startNode` with `input`; the items are the first
 * output of `resultNode`, the order lists the nodes as they finished.
 */
async function execute(workflow, { startNode, resultNode, input, credentials, cancelSignal }) {
	const hooks = makeHooks('manual', workflow);
	const order = [];
	hooks.addHandler('nodeExecuteAfter', (name) => {
		order.push(name);
	});
	let resolveRun;
	const done = new Promise((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [
				{ node: workflow.getNode(startNode), data: { main: [input] }, source: null },
			],
			waitingExecution: {},
			waitingExecutionSource: null,
		},
	};
	const execution = new WorkflowExecute(
		makeAdditionalData(hooks, credentials),
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);
	// Cancelling is what n8n's "stop execution" does: cancel() of this PCancelable aborts the
	// signal WorkflowExecute hands to the nodes, and reports the run as finished at once. The
	// promise still settles only when the node gives back control, so a node that keeps waiting
	// or sending after a cancel is seen here.
	if (cancelSignal) {
		if (cancelSignal.aborted) execution.cancel();
		else cancelSignal.addEventListener('abort', () => execution.cancel(), { once: true });
	}
	await execution;
	const run = await done;
	const items = run.data.resultData.runData[resultNode]?.[0]?.data?.main?.[0] ?? [];
	return { run, items, error: run.data.resultData.error, order, workflow };
}

/** Manual Trigger → Pinterest node with the given parameters, run through WorkflowExecute. */
async function runNode(parameters, options) {
	const pkg = await loadPackage();
	const nodeName = options.nodeName ?? NODE_NAME;
	const nodes = [
		{
			id: 'n1',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			...packageNode(
				'n2',
				nodeName,
				options.nodeType ?? NODE_TYPE,
				parameters,
				[200, 0],
				options.typeVersion,
				'pinterestFeedLocationApi' in options.credentials.store ? ['pinterestFeedLocationApi'] : [],
			),
			continueOnFail: options.continueOnFail,
			onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
		},
	];
	const connections = { Manual: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } };
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		nodes,
		connections,
		active: false,
		nodeTypes: pkg.nodeTypes,
		settings: {},
	});
	return await execute(workflow, {
		startNode: 'Manual',
		resultNode: nodeName,
		input: options.input ?? [{ json: {} }],
		credentials: options.credentials,
		cancelSignal: options.cancelSignal,
	});
}

/** A load-options context for list search methods, with the node's current parameters. */
async function loadOptionsContext(parameters, credentials) {
	const pkg = await loadPackage();
	const node = packageNode('n2', NODE_NAME, NODE_TYPE, parameters);
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: pkg.nodeTypes,
	});
	const additionalData = makeAdditionalData(makeHooks('manual', workflow), credentials);
	// n8n passes the parameters being edited this way to list-search methods.
	additionalData.currentNodeParameters = parameters;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters.board');
}

// ---------------------------------------------------------------------------------------------
// the trigger

/** A workflow holding just the Pinterest Trigger; its static data carries the poll state. */
async function triggerWorkflow(parameters, staticData, typeVersion = 1) {
	const pkg = await loadPackage();
	return new Workflow({
		id: TRIGGER_WORKFLOW_ID,
		nodes: [packageNode('t1', TRIGGER_NAME, TRIGGER_TYPE, parameters, [0, 0], typeVersion)],
		connections: {},
		active: true,
		nodeTypes: pkg.nodeTypes,
		staticData,
		settings: {},
	});
}

/**
 * One poll of the trigger of triggerWorkflow through PollContext, reusing the workflow (and its
 * static data); mode 'trigger' is a production poll, as ActiveWorkflows runs it.
 */
async function poll(workflow, credentials, mode = 'trigger') {
	const pkg = await loadPackage();
	const additionalData = makeAdditionalData(makeHooks(mode, workflow), credentials);
	const context = new PollContext(
		workflow,
		workflow.getNode(TRIGGER_NAME),
		additionalData,
		mode,
		'activate',
	);
	const result = await pkg.nodeTypes.getByNameAndVersion(TRIGGER_TYPE, 1).poll.call(context);
	return result ? result[0] : null;
}

/** "Fetch Test Event": WorkflowExecute in manual mode with the trigger as start node. */
async function runTrigger(parameters, credentials, staticData, typeVersion = 1) {
	const workflow = await triggerWorkflow(parameters, staticData, typeVersion);
	return await execute(workflow, {
		startNode: TRIGGER_NAME,
		resultNode: TRIGGER_NAME,
		input: [{ json: {} }],
		credentials,
	});
}

// ---------------------------------------------------------------------------------------------
// the credential test ("Test" / "Save" in the credential dialog)

// The description of n8n-nodes-base's NoOp node (n8n-nodes-base 2.8.1 and 2.41), the node type
// n8n's credentials tester builds its temporary node from when the credential itself holds the
// test request.
// ---- Webhook triggers, the way n8n's CLI runs them (packages/cli/src/webhooks/webhook.service.ts,
// 2.8.4 and 2.41.1 alike): getNodeWebhooks → webhook data; createWebhookIfNotExists runs the
// node's checkExists and, when that says no, create, each on a HookContext; deleteWebhook runs
// delete; runWebhook runs the node's webhook() on a WebhookContext with the request and the
// response object in additionalData (WebhookHelpers.executeWebhook). ----

/** A workflow holding just the Lead Ads Trigger; its static data carries the subscription. */
async function leadAdsWorkflow(parameters, staticData) {
	const pkg = await loadPackage();
	return new Workflow({
		id: LEAD_ADS_WORKFLOW_ID,
		nodes: [packageNode('l1', LEAD_ADS_NAME, LEAD_ADS_TYPE, parameters)],
		connections: {},
		active: true,
		nodeTypes: pkg.nodeTypes,
		staticData,
		settings: {},
	});
}

/** WebhookService.getNodeWebhooks for our trigger (static paths, no webhookId). */
function webhookDataOf(workflow, nodeName, additionalData, isTest) {
	const node = workflow.getNode(nodeName);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	return nodeType.description.webhooks.map((webhookDescription) => ({
		httpMethod: webhookDescription.httpMethod,
		node: node.name,
		path: NodeHelpers.getNodeWebhookPath(workflow.id, node, webhookDescription.path, false, false),
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		...(isTest ? { isTest: true } : {}),
	}));
}

/**
 * One webhook method of the Lead Ads Trigger: 'createIfNotExists' (activation: checkExists, then
 * create when needed), 'delete' (deactivation), or 'checkExists' / 'create' alone. mode and
 * activation as n8n passes them: 'trigger'/'activate' when a workflow is published,
 * 'manual'/'manual' for "Listen for test event", 'internal'/'update' when one is unpublished.
 */
async function runWebhookMethod(workflow, credentials, method, options = {}) {
	const mode = options.mode ?? 'trigger';
	const activation = options.activation ?? 'activate';
	const additionalData = makeAdditionalData(makeHooks(mode, workflow), credentials);
	const [webhookData] = webhookDataOf(workflow, LEAD_ADS_NAME, additionalData, mode === 'manual');
	const node = workflow.getNode(webhookData.node);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const run = async (name) => {
		const fn = nodeType.webhookMethods?.[webhookData.webhookDescription.name]?.[name];
		if (fn === undefined) return undefined;
		const context = new HookContext(workflow, node, additionalData, mode, activation, webhookData);
		return await fn.call(context);
	};
	if (method === 'createIfNotExists') {
		const exists = await run('checkExists');
		if (!exists) await run('create');
		return exists;
	}
	return await run(method);
}

/**
 * The run a delivery starts: WorkflowExecute with the trigger as start node and the items
 * webhook() returned as its input, as WebhookHelpers.executeWebhook prepares it.
 */
async function runLeadAdsExecution(workflow, credentials, items) {
	return await execute(workflow, {
		startNode: LEAD_ADS_NAME,
		resultNode: LEAD_ADS_NAME,
		input: items,
		credentials,
	});
}

/** A stand-in for Express's response: what the node wrote, if it answered itself. */
function webhookResponse() {
	const response = {
		statusCode: 200,
		body: undefined,
		headersSent: false,
		status(code) {
			response.statusCode = code;
			return response;
		},
		json(body) {
			response.body = body;
			response.headersSent = true;
			return response;
		},
		send(body) {
			return response.json(body);
		},
		end(body) {
			return response.json(body);
		},
		setHeader() {
			return response;
		},
	};
	return response;
}

/**
 * One delivery to the Lead Ads Trigger's production webhook: runs webhook() as WebhookService's
 * runWebhook does. Returns what webhook() returned and the response the node wrote itself.
 */
async function runWebhook(workflow, credentials, request) {
	const hooks = makeHooks('webhook', workflow);
	const additionalData = makeAdditionalData(hooks, credentials);
	const response = webhookResponse();
	additionalData.httpRequest = {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(request.headers ?? {}) },
		query: {},
		params: {},
		body: request.body,
	};
	additionalData.httpResponse = response;
	const [webhookData] = webhookDataOf(workflow, LEAD_ADS_NAME, additionalData, false);
	const node = workflow.getNode(webhookData.node);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const closeFunctions = [];
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		webhookData,
		closeFunctions,
		null,
	);
	try {
		const result = await nodeType.webhook.call(context);
		return { result, response };
	} finally {
		await Promise.allSettled(closeFunctions.map(async (fn) => await fn()));
	}
}

const noOpDescription = {
	displayName: 'No Operation, do nothing',
	name: 'noOp',
	icon: 'fa:arrow-right',
	iconColor: 'gray',
	group: ['organization'],
	version: 1,
	description: 'No Operation',
	defaults: { name: 'No Operation, do nothing', color: '#b0b0b0' },
	inputs: ['main'],
	outputs: ['main'],
	properties: [],
};

// n8n's RESPONSE_ERROR_MESSAGES.OAUTH2_CREDENTIAL_TEST_{SUCCEEDED,FAILED} (packages/cli/src/constants.ts).
const OAUTH2_TEST_SUCCEEDED = 'Connection Successful!';
const OAUTH2_TEST_FAILED = 'This OAuth2 credential was not connected to an account.';

/**
 * Which test n8n runs for a credential type: the credential's own `test` request, else (for a
 * type some node of the package uses) the presence of an OAuth2 access token, or the node's
 * `testedBy` method. getCredentialTestFunction of n8n's CredentialsTester.
 */
function credentialTestOf(pkg, credentials, credentialType) {
	const type = pkg.credentialTypes[credentialType];
	if (type.test) return { testRequest: type.test };
	for (const { type: nodeType } of Object.values(pkg.loader.nodeTypes)) {
		const versions =
			nodeType instanceof VersionedNodeType ? Object.values(nodeType.nodeVersions) : [nodeType];
		for (const version of versions) {
			for (const { name, testedBy } of version.description.credentials ?? []) {
				if (name !== credentialType) continue;
				if (credentials.getParentTypes(name).includes('oAuth2Api')) return { oauth2: true };
				if (typeof testedBy === 'string')
					return { fn: version.methods?.credentialTest?.[testedBy] };
				if (testedBy) return { nodeType: version, testRequest: testedBy };
			}
		}
	}
	return undefined;
}

/**
 * Runs the test n8n runs when the user clicks Test or Save in a credential's dialog, with the
 * credential data of `credentials.store[credentialType]`, and returns what the dialog shows.
 *
 * Mirrors CredentialsTester.testCredentials / runRequestTest in n8n's
 * packages/cli/src/services/credentials-tester.service.ts (n8n 2.8.4 and 2.41.1, read in their
 * published dist/services/credentials-tester.service.js): defaults and $self expressions are
 * applied to the data (applyDefaultsAndOverwrites); a declarative `test.request` runs through
 * RoutingNode, given the decrypted credential, on an ExecuteContext of a one-node workflow in
 * 'internal' mode whose temporary node ('Temp-Node', NoOp's description) has the credential as
 * its only one and a single property routed with `test.request`; a thrown error becomes the
 * result n8n gives: the first `responseCode` rule matching the answer's status, else its status
 * text, else "Received HTTP status code: N", else the error's code or message.
 * Not mirrored: n8n's error reporter and debug log; 2.41's expression isolate and the proxy of
 * getDecrypted (2.8.1's n8n-core has neither) and its auth probe (for credentials with a testUrl).
 */
async function testCredential(credentials, credentialType) {
	const pkg = await loadPackage();
	const test = credentialTestOf(pkg, credentials, credentialType);
	if (test === undefined)
		return { status: 'Error', message: 'No testing function found for this credential.' };
	const details = CREDENTIAL_IDS[credentialType] ?? { id: 'cred-test', name: 'Credential (test)' };
	const additionalData = makeAdditionalData(undefined, credentials);
	const credentialsDecrypted = {
		...details,
		type: credentialType,
		data: await credentials.getDecrypted(additionalData, details, credentialType),
	};
	if (test.oauth2) {
		const token = credentialsDecrypted.data.oauthTokenData;
		return token && typeof token === 'object' && 'access_token' in token
			? { status: 'OK', message: OAUTH2_TEST_SUCCEEDED }
			: { status: 'Error', message: OAUTH2_TEST_FAILED };
	}
	if (test.fn) return await test.fn.call(new CredentialTestContext(), credentialsDecrypted);

	const nodeType = test.nodeType ?? { description: noOpDescription };
	const { version } = nodeType.description;
	const node = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: nodeType.description.name,
		typeVersion: Array.isArray(version) ? version.slice(-1)[0] : version,
		position: [0, 0],
		credentials: { [credentialType]: details },
	};
	const nodeTypeCopy = {
		description: {
			...nodeType.description,
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.testRequest.request },
					default: '',
				},
			],
		},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getKnownTypes: () => ({}),
			getByName: (name) => (name === node.type ? nodeTypeCopy : undefined),
			getByNameAndVersion: (name, v) =>
				name === node.type ? NodeHelpers.getVersionedNodeType(nodeTypeCopy, v) : undefined,
		},
	});
	additionalData.currentNodeParameters = node.parameters;
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, nodeTypeCopy, credentialsDecrypted);
	let response;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const answer = error.cause?.response;
		if (answer) {
			const statusCode = answer.status;
			for (const rule of test.testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === statusCode)
					return { status: 'Error', message: rule.properties.message };
			}
			if (statusCode < 199 || statusCode > 299)
				return {
					status: 'Error',
					message: answer.statusText || `Received HTTP status code: ${statusCode}`,
				};
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: error.message.toString() };
	}
	for (const rule of test.testRequest.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const body = response[0][0].json;
		const value = rule.properties.key
			.split('.')
			.reduce((at, key) => (at === undefined || at === null ? undefined : at[key]), body);
		if (value === rule.properties.value)
			return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * A module of the built package: the very copy n8n-core loaded the nodes from, where module
 * state (such as the open request gates) lives, not the TypeScript source.
 */
async function builtModule(file) {
	return require(path.join(REPO_ROOT, 'dist', file));
}

module.exports = {
	Container,
	REPO_ROOT,
	PACKAGE,
	NODE_TYPE,
	TRIGGER_TYPE,
	NODE_NAME,
	TRIGGER_NAME,
	WORKFLOW_ID,
	EXECUTION_ID,
	CREDENTIAL_IDS,
	captureLogs,
	loadPackage,
	MemoryCredentialsHelper,
	makeCredentials,
	tokenCredential,
	oauth2Credential,
	runNode,
	loadOptionsContext,
	triggerWorkflow,
	poll,
	runTrigger,
	LEAD_ADS_TYPE,
	LEAD_ADS_NAME,
	leadAdsWorkflow,
	runWebhookMethod,
	runWebhook,
	runLeadAdsExecution,
	testCredential,
	builtModule,
};
