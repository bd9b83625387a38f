'use strict';
/**
 * Plain-JS twin of test/helpers/harness.ts for the benchmark: runs Manual → Pinterest through real
 * n8n-core (WorkflowExecute → RoutingNode), with the package loaded from dist/ by n8n-core's own
 * PackageDirectoryLoader, and production polls of the trigger through PollContext.
 */
const path = require('path');
const os = require('os');
const fs = require('fs');

if (!process.env.N8N_USER_FOLDER) {
	const dir = path.join(os.tmpdir(), 'n8n-nodes-pinterest-api-bench');
	fs.mkdirSync(dir, { recursive: true });
	process.env.N8N_USER_FOLDER = dir;
}
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'bench-encryption-key';

const { ExecutionLifecycleHooks, ExternalSecretsProxy, PackageDirectoryLoader, PollContext, WorkflowExecute } = require('n8n-core');
const { ICredentialsHelper, NodeHelpers, Workflow } = require('n8n-workflow');

// n8n-core's SSH client manager starts a 60 s interval that keeps the process alive: unref it.
const coreDir = path.dirname(require.resolve('n8n-core/package.json'));
const { Container } = require(require.resolve('@n8n/di', { paths: [coreDir] }));
{
	const { SSHClientsManager } = require(path.join(coreDir, 'dist/execution-engine/ssh-clients-manager'));
	Container.get(SSHClientsManager).cleanupTimer?.unref?.();
}

const REPO_ROOT = path.resolve(__dirname, '..');
const PACKAGE = 'n8n-nodes-pinterest-api';
const NODE_TYPE = `${PACKAGE}.pinterest`;
const TRIGGER_TYPE = `${PACKAGE}.pinterestTrigger`;

const manualTrigger = {
	description: {
		displayName: 'Manual Trigger', name: 'manualTrigger', group: ['trigger'], version: 1, description: '',
		defaults: { name: 'Manual' }, inputs: [], outputs: ['main'], properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

let loaded;
function loadPackage() {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(REPO_ROOT);
		await loader.loadAll();
		const types = { 'n8n-nodes-base.manualTrigger': manualTrigger };
		for (const [name, data] of Object.entries(loader.nodeTypes)) types[`${PACKAGE}.${name}`] = data.type;
		const credentialTypes = {};
		for (const [name, data] of Object.entries(loader.credentialTypes)) credentialTypes[name] = data.type;
		const nodeTypes = {
			getByName: (type) => types[type],
			getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(types[type], version),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes, types };
	})();
	return loaded;
}

/** Credentials from memory; generic `authenticate` blocks and `$self` defaults resolved as n8n does. */
class BenchCredentialsHelper extends ICredentialsHelper {
	constructor(pkg, store) {
		super();
		this.pkg = pkg;
		this.store = store;
	}
	typeChain(type) {
		const own = this.pkg.credentialTypes[type];
		if (!own) throw new Error(`Unknown credential type ${type}`);
		return [...(own.extends ?? []).flatMap((p) => (this.pkg.credentialTypes[p] ? this.typeChain(p) : [])), own];
	}
	getParentTypes(type) {
		const own = this.pkg.credentialTypes[type];
		return (own?.extends ?? []).flatMap((p) => [p, ...this.getParentTypes(p)]);
	}
	getCredentialsProperties(type) {
		const byName = new Map();
		for (const t of this.typeChain(type)) for (const p of t.properties) byName.set(p.name, p);
		return [...byName.values()];
	}
	evaluate(value, self, credentials) {
		const workflow = new Workflow({
			nodes: [{ id: 'x', name: 'cred', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
			connections: {}, active: false, nodeTypes: this.pkg.nodeTypes,
		});
		return workflow.expression.getParameterValue(value, null, 0, 0, 'cred', [], 'internal',
			credentials ? { $credentials: credentials } : {}, undefined, false, self);
	}
	async getDecrypted(_a, _n, type) {
		const data = {};
		for (const p of this.getCredentialsProperties(type)) if (p.default !== undefined) data[p.name] = p.default;
		Object.assign(data, structuredClone(this.store[type] ?? {}));
		for (const [k, v] of Object.entries(data)) if (typeof v === 'string' && v.startsWith('=')) data[k] = this.evaluate(v, data);
		return data;
	}
	async authenticate(credentials, type, requestOptions) {
		const auth = this.pkg.credentialTypes[type].authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		for (const [where, values] of Object.entries(auth.properties)) {
			requestOptions[where] ??= {};
			for (const [key, expression] of Object.entries(values)) {
				requestOptions[where][key] = this.evaluate(String(expression), credentials, credentials);
			}
		}
		return requestOptions;
	}
	async preAuthentication() { return undefined; }
	async getCredentials() { throw new Error('not used'); }
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
}

function makeAdditionalData(hooks, credentialsHelper) {
	return {
		hooks, credentialsHelper,
		restApiUrl: 'http://127.0.0.1:5678/rest', instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook', webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test', formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {}, userId: 'bench-user', currentNodeExecutionIndex: 0,
		externalSecretsProxy: new ExternalSecretsProxy(),
		setExecutionStatus: () => {}, getRunExecutionData: async () => undefined,
		executeWorkflow: async () => { throw new Error('executeWorkflow is not available'); },
		startRunnerTask: async () => { throw new Error('startRunnerTask is not available'); },
		logAiEvent: () => {},
	};
}

async function makeCredentials(store) {
	return new BenchCredentialsHelper(await loadPackage(), store);
}

function tokenCredential(baseUrl, accessToken) {
	return { accessToken, environment: 'custom', customBaseUrl: baseUrl };
}

const CRED = { pinterestApi: { id: 'cred-token', name: 'Pinterest token (bench)' } };

/** Manual → Pinterest with the given parameters (access-token auth), through WorkflowExecute. */
async function runNode(parameters, { credentials, input, continueOnFail } = {}) {
	const pkg = await loadPackage();
	const nodes = [
		{ id: 'n1', name: 'Manual', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'n2', name: 'Pinterest', type: NODE_TYPE, typeVersion: 1, position: [200, 0],
			parameters: { authentication: 'accessToken', ...parameters }, credentials: CRED,
			continueOnFail, onError: continueOnFail ? 'continueRegularOutput' : undefined,
		},
	];
	const connections = { Manual: { main: [[{ node: 'Pinterest', type: 'main', index: 0 }]] } };
	const workflow = new Workflow({ id: 'bench-wf', nodes, connections, active: false, nodeTypes: pkg.nodeTypes, settings: {} });
	const hooks = new ExecutionLifecycleHooks('manual', 'bench-exec', { id: 'bench-wf', nodes, connections });
	let resolveRun;
	const done = new Promise((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
	const runExecutionData = {
		startData: {}, resultData: { runData: {} },
		executionData: {
			contextData: {}, metadata: {}, waitingExecution: {}, waitingExecutionSource: null,
			nodeExecutionStack: [{ node: workflow.getNode('Manual'), data: { main: [input ?? [{ json: {} }]] }, source: null }],
		},
	};
	await new WorkflowExecute(makeAdditionalData(hooks, credentials), 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await done;
	const items = run.data.resultData.runData.Pinterest?.[0]?.data?.main?.[0] ?? [];
	return { run, items, error: run.data.resultData.error };
}

/** A workflow holding just the trigger (its static data carries the poll state). */
async function triggerWorkflow(parameters) {
	const pkg = await loadPackage();
	if (!pkg.types[TRIGGER_TYPE]) return undefined;
	const node = {
		id: 't1', name: 'Pinterest Trigger', type: TRIGGER_TYPE, typeVersion: 1, position: [0, 0],
		parameters: { authentication: 'accessToken', ...parameters }, credentials: CRED,
	};
	return new Workflow({ id: 'bench-trigger', nodes: [node], connections: {}, active: true, nodeTypes: pkg.nodeTypes, settings: {} });
}

/** One production poll (mode 'trigger'), as n8n's ActiveWorkflows runs it. */
async function poll(workflow, credentials) {
	const pkg = await loadPackage();
	const hooks = new ExecutionLifecycleHooks('trigger', 'bench-exec', { id: 'bench-trigger', nodes: [], connections: {} });
	const ctx = new PollContext(workflow, workflow.getNode('Pinterest Trigger'), makeAdditionalData(hooks, credentials), 'trigger', 'activate');
	const result = await pkg.nodeTypes.getByNameAndVersion(TRIGGER_TYPE, 1).poll.call(ctx);
	return result ? result[0] : null;
}

module.exports = { loadPackage, makeCredentials, tokenCredential, runNode, triggerWorkflow, poll, Container, REPO_ROOT };
