// Types of index.js: real n8n-core runs of the built package, for the tests and the bench.
import type { LoadOptionsContext, PackageDirectoryLoader } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeCredentialTestResult,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

/** n8n-core's dependency-injection container (the @n8n/di instance n8n-core uses). */
export declare const Container: typeof import('@n8n/di').Container;

export declare const REPO_ROOT: string;
export declare const PACKAGE: 'n8n-nodes-pinterest-api';
export declare const NODE_TYPE: 'n8n-nodes-pinterest-api.pinterest';
export declare const TRIGGER_TYPE: 'n8n-nodes-pinterest-api.pinterestTrigger';
/** The name of the Pinterest node in runNode's workflow (unless RunOptions.nodeName). */
export declare const NODE_NAME: 'Pinterest';
/** The name of the trigger node in triggerWorkflow's workflow. */
export declare const TRIGGER_NAME: 'Pinterest Trigger';
/** The workflow id of runNode's and loadOptionsContext's workflows. */
export declare const WORKFLOW_ID: 'test-wf';
/** The execution id of every run (binary data of a run is stored under it). */
export declare const EXECUTION_ID: 'test-exec';
/** The credential ids the nodes refer to, by credential type. */
export declare const CREDENTIAL_IDS: Record<
	'pinterestOAuth2Api' | 'pinterestApi' | 'pinterestFeedLocationApi',
	INodeCredentialsDetails
>;

/** Sends every n8n log line ("level message meta") into one array, which it returns. */
export declare function captureLogs(): string[];

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	loader: PackageDirectoryLoader;
}

/** The package from dist/, loaded once per process by n8n-core's PackageDirectoryLoader. */
export declare function loadPackage(): Promise<LoadedPackage>;

export interface CredentialUpdate {
	type: string;
	data: ICredentialDataDecryptedObject;
}

/** Credentials from memory, resolved and applied as n8n does; OAuth2 token updates persist. */
export declare class MemoryCredentialsHelper extends ICredentialsHelper {
	/** Every update n8n asked for (e.g. a token refresh), in order. */
	readonly updates: CredentialUpdate[];
	/** Credential data by credential type name; updates are written back here. */
	readonly store: Record<string, ICredentialDataDecryptedObject>;
	constructor(pkg: LoadedPackage, store: Record<string, ICredentialDataDecryptedObject>);
	getParentTypes(type: string): string[];
	getCredentialsProperties(type: string): INodeProperties[];
	getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject>;
	authenticate(
		credentials: ICredentialDataDecryptedObject,
		type: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions>;
	preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined>;
	getCredentials(): Promise<ICredentials>;
	updateCredentials(
		details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void>;
	updateCredentialsOauthTokenData(
		details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void>;
}

export declare function makeCredentials(
	store: Record<string, ICredentialDataDecryptedObject>,
): Promise<MemoryCredentialsHelper>;
/** Access-token credential data pointing at a test base URL (token default 'pina_test_token'). */
export declare function tokenCredential(
	baseUrl: string,
	accessToken?: string,
): ICredentialDataDecryptedObject;
/** OAuth2 credential data pointing at a test base URL. */
export declare function oauth2Credential(
	baseUrl: string,
	tokens: { access_token: string; refresh_token: string },
): ICredentialDataDecryptedObject;

export interface RunResult {
	run: IRun;
	/** Output items of the node looked at (first output). */
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	/** The nodes in the order they finished. */
	order: string[];
	workflow: Workflow;
}

export interface RunOptions {
	credentials: MemoryCredentialsHelper;
	/** Items fed into the node (default: one empty item). */
	input?: INodeExecutionData[];
	continueOnFail?: boolean;
	nodeType?: string;
	nodeName?: string;
	/** The node's typeVersion (default 1, what workflows saved before version 1.1 hold). */
	typeVersion?: number;
	/**
	 * Cancels the run when aborted, as n8n's "stop execution" does. runNode still resolves only
	 * once the node has given back control, so whatever it did after the cancel is visible.
	 */
	cancelSignal?: AbortSignal;
}

/**
 * Manual Trigger → Pinterest node with the given parameters, run through WorkflowExecute. The
 * credential is pinterestApi when parameters.authentication is 'accessToken', else OAuth2.
 */
export declare function runNode(parameters: IDataObject, options: RunOptions): Promise<RunResult>;

/** A load-options context for list search methods, with the node's current parameters. */
export declare function loadOptionsContext(
	parameters: IDataObject,
	credentials: MemoryCredentialsHelper,
): Promise<LoadOptionsContext>;

/** A workflow holding just the Pinterest Trigger; its static data carries the poll state. */
export declare function triggerWorkflow(
	parameters: IDataObject,
	staticData?: IDataObject,
	typeVersion?: number,
): Promise<Workflow>;

/** One poll of triggerWorkflow's trigger through PollContext (default mode 'trigger', as in production). */
export declare function poll(
	workflow: Workflow,
	credentials: MemoryCredentialsHelper,
	mode?: WorkflowExecuteMode,
): Promise<INodeExecutionData[] | null>;

/** "Fetch Test Event": a manual WorkflowExecute run with the trigger as start node. */
export declare function runTrigger(
	parameters: IDataObject,
	credentials: MemoryCredentialsHelper,
	staticData?: IDataObject,
	typeVersion?: number,
): Promise<RunResult>;

/**
 * The test n8n runs when the user clicks Test or Save in the dialog of `credentialType`, with
 * the data of `credentials.store[credentialType]`, run as n8n's CredentialsTester runs it
 * (packages/cli/src/services/credentials-tester.service.ts, 2.8.4 and 2.41.1): a declarative
 * `test.request` through RoutingNode on n8n's temporary NoOp-based node, an OAuth2 credential by
 * its access token alone, else the node's `testedBy` method. Resolves to what the dialog shows.
 */
export declare function testCredential(
	credentials: MemoryCredentialsHelper,
	credentialType: string,
): Promise<INodeCredentialTestResult>;

/** A module of the built package (dist/<file>): the copy n8n-core loaded, with its module state. */
export declare function builtModule<T>(file: string): Promise<T>;

export declare const LEAD_ADS_TYPE: 'n8n-nodes-pinterest-api.pinterestLeadAdsTrigger';
export declare const LEAD_ADS_NAME: 'Pinterest Lead Ads Trigger';
/** A workflow holding just the Lead Ads Trigger; its static data carries the subscription. */
export declare function leadAdsWorkflow(
	parameters: IDataObject,
	staticData?: IDataObject,
): Promise<Workflow>;
export type WebhookMethodName = 'createIfNotExists' | 'checkExists' | 'create' | 'delete';
/** A webhook method of the Lead Ads Trigger on n8n-core's HookContext, as n8n's WebhookService runs it. */
export declare function runWebhookMethod(
	workflow: Workflow,
	credentials: MemoryCredentialsHelper,
	method: WebhookMethodName,
	options?: {
		mode?: 'trigger' | 'manual' | 'internal';
		activation?: 'activate' | 'manual' | 'update' | 'init';
	},
): Promise<boolean | undefined>;
export interface WebhookRun {
	result: IWebhookResponseData;
	/** What the node wrote to the response itself (statusCode 200 and no body when it did not). */
	response: { statusCode: number; body: unknown; headersSent: boolean };
}
/** One delivery to the trigger's production webhook: webhook() on n8n-core's WebhookContext. */
export declare function runWebhook(
	workflow: Workflow,
	credentials: MemoryCredentialsHelper,
	request: { body: unknown; headers?: Record<string, string> },
): Promise<WebhookRun>;
/** The run a delivery starts: WorkflowExecute from the trigger with webhook()'s items. */
export declare function runLeadAdsExecution(
	workflow: Workflow,
	credentials: MemoryCredentialsHelper,
	items: INodeExecutionData[],
): Promise<RunResult>;
