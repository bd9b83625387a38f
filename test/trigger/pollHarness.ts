/**
 * Trigger-only helpers on top of test/helpers/harness.ts: a workflow holding just the
 * Pinterest Trigger, production polls through n8n-core's PollContext (static data carried on
 * the Workflow, or reloaded from JSON to simulate a restart), and manual "Fetch Test Event"
 * runs through WorkflowExecute with the trigger as start node.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IRun,
	IRunExecutionData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { TestCredentialsHelper } from '../helpers/harness';
import { CREDENTIAL_IDS, TRIGGER_TYPE, loadPackage, logLines, makeAdditionalData, pollContext } from '../helpers/harness';
import { recordForLeakCheck, secretsOf } from '../helpers/leaks';

export const TRIGGER_NAME = 'Pinterest Trigger';

function triggerNode(parameters: IDataObject): INode {
	const authentication = parameters.authentication === 'accessToken' ? 'pinterestApi' : 'pinterestOAuth2Api';
	return {
		id: 't1',
		name: TRIGGER_NAME,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [authentication]: CREDENTIAL_IDS[authentication] },
	};
}

export async function triggerWorkflow(parameters: IDataObject, staticData?: IDataObject): Promise<Workflow> {
	const pkg = await loadPackage();
	return new Workflow({
		id: 'trigger-wf',
		nodes: [triggerNode(parameters)],
		connections: {},
		active: true,
		nodeTypes: pkg.nodeTypes,
		staticData,
		settings: {},
	});
}

/** The node's static data as n8n would persist it (plain JSON). */
export function persistedState(workflow: Workflow): IDataObject {
	return JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
}

/** n8n restarted: a new Workflow object built from the persisted static data. */
export async function restart(workflow: Workflow, parameters: IDataObject): Promise<Workflow> {
	return await triggerWorkflow(parameters, persistedState(workflow));
}

/** One production poll (mode 'trigger'), as ActiveWorkflows runs it. */
export async function poll(workflow: Workflow, credentials: TestCredentialsHelper): Promise<INodeExecutionData[] | null> {
	const pkg = await loadPackage();
	const context = await pollContext(workflow, TRIGGER_NAME, credentials, 'trigger');
	const nodeType = pkg.nodeTypes.getByNameAndVersion(TRIGGER_TYPE, 1) as INodeType;
	const secrets = secretsOf(credentials.store);
	// The node's error is passed on unchanged (the tests look at it), after the leak check saw it.
	let failure: { error: unknown } | undefined;
	let result: INodeExecutionData[][] | null = null;
	try {
		result = await nodeType.poll!.call(context);
	} catch (error) {
		failure = { error };
	}
	if (failure) {
		recordForLeakCheck('trigger poll', { error: failure.error, lines: logLines.splice(0) }, secrets);
		throw failure.error;
	}
	recordForLeakCheck('trigger poll', { items: result, lines: logLines.splice(0) }, secrets);
	return result ? result[0] : null;
}

export interface ManualRun {
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	workflow: Workflow;
}

/** "Fetch Test Event": WorkflowExecute in manual mode with the trigger as start node. */
export async function runManual(
	parameters: IDataObject,
	credentials: TestCredentialsHelper,
	staticData?: IDataObject,
): Promise<ManualRun> {
	const workflow = await triggerWorkflow(parameters, staticData);
	const node = workflow.getNode(TRIGGER_NAME)!;
	const hooks = new ExecutionLifecycleHooks('manual', 'test-exec', {
		id: 'trigger-wf',
		nodes: [node],
		connections: {},
	} as never);
	let resolveRun!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => resolveRun(run));
	const additionalData = makeAdditionalData(hooks, credentials);
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [{ node, data: { main: [[{ json: {} }]] }, source: null }],
			waitingExecution: {},
			waitingExecutionSource: null,
		},
	} as unknown as IRunExecutionData;
	await new WorkflowExecute(additionalData, 'manual' as WorkflowExecuteMode, runExecutionData).processRunExecutionData(workflow);
	const run = await done;
	const items = (run.data.resultData.runData[TRIGGER_NAME]?.[0]?.data?.main?.[0] ?? []) as INodeExecutionData[];
	recordForLeakCheck(
		'trigger manual',
		{ items, error: run.data.resultData.error, lines: logLines.splice(0) },
		secretsOf(credentials.store),
	);
	return { items, error: run.data.resultData.error as (Error & IDataObject) | undefined, workflow };
}

/** The trigger's stored state (the helper's `state` key in the node's static data). */
export function triggerState(workflow: Workflow): IDataObject | undefined {
	return (persistedState(workflow)[`node:${TRIGGER_NAME}`] as IDataObject | undefined)?.state as IDataObject | undefined;
}
