/**
 * Runs workflows through real n8n-core (WorkflowExecute → RoutingNode / poll) in-process.
 * Our package is loaded from dist/ by n8n-core's own PackageDirectoryLoader, exactly as n8n
 * loads a community package. Credentials come from an in-memory store; the helper applies
 * generic `authenticate` blocks, resolves `$self` expressions and follows `extends`, so an
 * OAuth2 credential goes through n8n's real refresh-on-401 path.
 */
import { Container } from '@n8n/di';
import {
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	PackageDirectoryLoader,
	PollContext,
	LoadOptionsContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
	IConnections,
	IRequestOptionsSimplified,
} from 'n8n-workflow';
import { ICredentialsHelper, LoggerProxy, NodeHelpers, Workflow } from 'n8n-workflow';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

import { recordForLeakCheck, secretsOf } from './leaks';
import { path, repoRoot } from './system';

// Every n8n log line of a test file, for the secrets check.
export const logLines: string[] = [];
{
	const keep = (level: string) => (message: string, meta?: object) =>
		logLines.push(`${level} ${message} ${meta ? JSON.stringify(meta) : ''}`);
	LoggerProxy.init({
		error: keep('error'),
		warn: keep('warn'),
		info: keep('info'),
		debug: keep('debug'),
	} as never);
}

// n8n-core's SSH client manager starts a 60 s interval that keeps jest alive: unref it.
// @n8n/di is a devDependency at the version n8n-core uses, so this is n8n-core's container.
{
	const manager = Container.get(SSHClientsManager) as unknown as { cleanupTimer?: { unref?: () => void } };
	manager.cleanupTimer?.unref?.();
}

export const REPO_ROOT = repoRoot;
export const PACKAGE = 'n8n-nodes-pinterest-api';
export const NODE_TYPE = `${PACKAGE}.pinterest`;
export const TRIGGER_TYPE = `${PACKAGE}.pinterestTrigger`;

// The parent of every OAuth2 credential in n8n; only what requestOAuth2 reads matters here.
const oAuth2ApiStub: ICredentialType = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', default: '' },
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{ displayName: 'Auth URI Query Parameters', name: 'authQueryParameters', type: 'string', default: '' },
		{ displayName: 'Authentication', name: 'authentication', type: 'string', default: 'header' },
	],
};

const manualTrigger: INodeType = {
	description: {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: '',
		defaults: { name: 'Manual' },
		inputs: [],
		outputs: ['main'] as never,
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	loader: PackageDirectoryLoader;
}

let loaded: Promise<LoadedPackage> | undefined;

export function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(REPO_ROOT);
		await loader.loadAll();
		const types: Record<string, INodeType | IVersionedNodeType> = {
			'n8n-nodes-base.manualTrigger': manualTrigger,
		};
		for (const [name, data] of Object.entries(loader.nodeTypes)) {
			types[`${PACKAGE}.${name}`] = data.type;
		}
		const credentialTypes: Record<string, ICredentialType> = { oAuth2Api: oAuth2ApiStub };
		for (const [name, data] of Object.entries(loader.credentialTypes)) {
			credentialTypes[name] = data.type;
		}
		const nodeTypes: INodeTypes = {
			getByName: (type) => types[type],
			getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(types[type], version),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes, loader };
	})();
	return loaded;
}

export interface CredentialUpdate {
	type: string;
	data: ICredentialDataDecryptedObject;
}

export class TestCredentialsHelper extends ICredentialsHelper {
	readonly updates: CredentialUpdate[] = [];

	constructor(
		private readonly pkg: LoadedPackage,
		/** Credential data by credential type name. */
		readonly store: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	private typeChain(type: string): ICredentialType[] {
		const own = this.pkg.credentialTypes[type];
		if (!own) throw new Error(`Unknown credential type ${type}`);
		return [...(own.extends ?? []).flatMap((parent) => this.typeChain(parent)), own];
	}

	getParentTypes(type: string): string[] {
		const own = this.pkg.credentialTypes[type];
		return (own?.extends ?? []).flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const byName = new Map<string, INodeProperties>();
		for (const t of this.typeChain(type)) for (const p of t.properties) byName.set(p.name, p);
		return [...byName.values()];
	}

	private evaluate(value: string, self: IDataObject, credentials?: IDataObject): unknown {
		const workflow = new Workflow({
			nodes: [{ id: 'x', name: 'cred', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
			connections: {},
			active: false,
			nodeTypes: this.pkg.nodeTypes,
		});
		return workflow.expression.getParameterValue(
			value,
			null,
			0,
			0,
			'cred',
			[],
			'internal',
			credentials ? { $credentials: credentials } : {},
			undefined,
			false,
			self,
		);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data: IDataObject = {};
		for (const property of this.getCredentialsProperties(type)) {
			if (property.default !== undefined) data[property.name] = property.default as never;
		}
		Object.assign(data, structuredClone(this.store[type] ?? {}));
		// Defaults may be expressions over the other fields ($self), as in n8n itself.
		for (const [key, value] of Object.entries(data)) {
			if (typeof value === 'string' && value.startsWith('=')) data[key] = this.evaluate(value, data) as never;
		}
		return data as ICredentialDataDecryptedObject;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		type: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions> {
		const credentialType = this.pkg.credentialTypes[type];
		const auth = credentialType.authenticate;
		if (!auth) return requestOptions as IHttpRequestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions as IHttpRequestOptions);
		const options = requestOptions as IHttpRequestOptions & Record<string, IDataObject>;
		for (const [where, values] of Object.entries(auth.properties)) {
			options[where] ??= {};
			for (const [key, expression] of Object.entries(values as IDataObject)) {
				options[where][key] = this.evaluate(String(expression), credentials, credentials) as never;
			}
		}
		return options;
	}

	// n8n passes (helpers, credentials, ...); no credential type here needs a pre-authentication step.
	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.updates.push({ type, data: structuredClone(data) });
		this.store[type] = { ...this.store[type], ...data };
	}

	async updateCredentialsOauthTokenData(
		_details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.updates.push({ type, data: structuredClone(data) });
		// Persist like n8n does, so the next request uses the rotated tokens.
		this.store[type] = { ...this.store[type], oauthTokenData: data.oauthTokenData };
	}
}

export function makeAdditionalData(
	hooks: ExecutionLifecycleHooks,
	credentialsHelper: TestCredentialsHelper,
): IWorkflowExecuteAdditionalData {
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
			throw new Error('executeWorkflow is not available in tests');
		},
		startRunnerTask: async () => {
			throw new Error('startRunnerTask is not available in tests');
		},
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export const CREDENTIAL_IDS: Record<string, INodeCredentialsDetails> = {
	pinterestOAuth2Api: { id: 'cred-oauth2', name: 'Pinterest OAuth2 (test)' },
	pinterestApi: { id: 'cred-token', name: 'Pinterest token (test)' },
};

export interface RunResult {
	run: IRun;
	/** Output items of the Pinterest node (first output). */
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	order: string[];
	workflow: Workflow;
}

export interface RunOptions {
	credentials: TestCredentialsHelper;
	/** Items fed into the node (default: one empty item). */
	input?: INodeExecutionData[];
	continueOnFail?: boolean;
	nodeType?: string;
	nodeName?: string;
}

/** Manual Trigger → Pinterest node with the given parameters, run through WorkflowExecute. */
export async function runNode(parameters: IDataObject, options: RunOptions): Promise<RunResult> {
	const pkg = await loadPackage();
	const nodeName = options.nodeName ?? 'Pinterest';
	const authentication = parameters.authentication === 'accessToken' ? 'pinterestApi' : 'pinterestOAuth2Api';
	const nodes: INode[] = [
		{ id: 'n1', name: 'Manual', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'n2',
			name: nodeName,
			type: options.nodeType ?? NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: parameters as INode['parameters'],
			credentials: { [authentication]: CREDENTIAL_IDS[authentication] },
			continueOnFail: options.continueOnFail,
			onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
		},
	];
	const connections: IConnections = {
		Manual: { main: [[{ node: nodeName, type: 'main' as never, index: 0 }]] },
	};
	const workflow = new Workflow({
		id: 'test-wf',
		nodes,
		connections,
		active: false,
		nodeTypes: pkg.nodeTypes,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'test-exec', { id: 'test-wf', nodes, connections } as never);
	const order: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (name: string) => {
		order.push(name);
	});
	let resolveRun!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => resolveRun(run));
	const additionalData = makeAdditionalData(hooks, options.credentials);
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [
				{ node: workflow.getNode('Manual'), data: { main: [options.input ?? [{ json: {} }]] }, source: null },
			],
			waitingExecution: {},
			waitingExecutionSource: null,
		},
	} as unknown as IRunExecutionData;
	await new WorkflowExecute(additionalData, 'manual' as WorkflowExecuteMode, runExecutionData).processRunExecutionData(workflow);
	const run = await done;
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	const items = (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[];
	recordForLeakCheck(
		`runNode ${String(parameters.resource)}.${String(parameters.operation)}`,
		{
			items: items.map((item) => ({ json: item.json, error: item.error ? String(item.error.message) + String(item.error.description) : undefined })),
			error: run.data.resultData.error,
			lines: logLines.splice(0),
		},
		[...secretsOf(options.credentials.store), ...options.credentials.updates.flatMap((u) => secretsOf({ u: u.data }))],
	);
	return {
		run,
		items,
		error: run.data.resultData.error as (Error & IDataObject) | undefined,
		order,
		workflow,
	};
}

/** A load-options context for list search methods, with the node's current parameters. */
export async function loadOptionsContext(parameters: IDataObject, credentials: TestCredentialsHelper) {
	const pkg = await loadPackage();
	const authentication = parameters.authentication === 'accessToken' ? 'pinterestApi' : 'pinterestOAuth2Api';
	const node: INode = {
		id: 'n2',
		name: 'Pinterest',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [authentication]: CREDENTIAL_IDS[authentication] },
	};
	const workflow = new Workflow({ id: 'test-wf', nodes: [node], connections: {}, active: false, nodeTypes: pkg.nodeTypes });
	const hooks = new ExecutionLifecycleHooks('manual', 'test-exec', { id: 'test-wf', nodes: [node], connections: {} } as never);
	const additionalData = makeAdditionalData(hooks, credentials);
	// n8n passes the parameters being edited this way to list-search methods.
	(additionalData as unknown as { currentNodeParameters: IDataObject }).currentNodeParameters = parameters;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters.board');
}

/** A production-style poll of a trigger node, reusing the workflow (and its static data). */
export async function pollContext(workflow: Workflow, nodeName: string, credentials: TestCredentialsHelper, mode: WorkflowExecuteMode = 'trigger') {
	const hooks = new ExecutionLifecycleHooks(mode, 'test-exec', { id: 'test-wf', nodes: [], connections: {} } as never);
	const additionalData = makeAdditionalData(hooks, credentials);
	return new PollContext(workflow, workflow.getNode(nodeName)!, additionalData, mode, 'activate');
}

export async function makeCredentials(store: Record<string, ICredentialDataDecryptedObject>) {
	return new TestCredentialsHelper(await loadPackage(), store);
}

/** Credential data pointing at a test base URL. */
export function tokenCredential(baseUrl: string, accessToken = 'pina_test_token'): ICredentialDataDecryptedObject {
	return { accessToken, environment: 'custom', customBaseUrl: baseUrl };
}

export function oauth2Credential(baseUrl: string, tokens: { access_token: string; refresh_token: string }): ICredentialDataDecryptedObject {
	return {
		environment: 'custom',
		customBaseUrl: baseUrl,
		clientId: 'app-id',
		clientSecret: 'app-secret',
		oauthTokenData: { ...tokens, token_type: 'bearer', expires_in: 2592000 } as IDataObject,
	};
}

/**
 * A module of the built package: the very copy n8n-core loaded the nodes from, where module
 * state (such as the open request gates) lives, not the TypeScript source. Loaded by path so
 * that linting the tests does not depend on dist/ having been built.
 */
export async function builtModule<T>(file: string): Promise<T> {
	return (await import(path.join(REPO_ROOT, 'dist', file))) as T;
}
