/**
 * Trigger-only helpers on top of the shared harness (tools/harness): production polls and
 * manual "Fetch Test Event" runs with their output recorded for the secrets check, and the
 * trigger's persisted state (static data reloaded from JSON to simulate a restart).
 */
import type { IDataObject, INodeExecutionData, Workflow } from 'n8n-workflow';
import { PollContext } from 'n8n-core';

import type { MemoryCredentialsHelper, RunResult } from '../../tools/harness';
import { TRIGGER_NAME, poll as pollShared, runTrigger, triggerWorkflow } from '../../tools/harness';
import { logLines } from '../helpers/harness';
import { recordForLeakCheck, secretsOf } from '../helpers/leaks';

export { triggerWorkflow };

/** The node's static data as n8n would persist it (plain JSON). */
export function persistedState(workflow: Workflow): IDataObject {
	return JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
}

/** n8n restarted: a new Workflow object built from the persisted static data. */
export async function restart(workflow: Workflow, parameters: IDataObject): Promise<Workflow> {
	return await triggerWorkflow(parameters, persistedState(workflow));
}

let lastLines: string[] = [];

interface NodeLogger {
	warn(message: string, meta?: object): void;
}

/**
 * The logger n8n-core hands nodes as `this.logger` (the container's Logger, which the shared
 * harness's LoggerProxy capture does not see), read through PollContext's own getter.
 */
function nodeLogger(): NodeLogger {
	for (
		let proto: object | null = PollContext.prototype;
		proto;
		proto = Object.getPrototypeOf(proto)
	) {
		const getter = Object.getOwnPropertyDescriptor(proto, 'logger')?.get;
		if (getter) return getter.call(Object.create(PollContext.prototype)) as NodeLogger;
	}
	throw new Error("n8n-core's PollContext has no logger");
}

/** n8n's log lines of the last poll, the node's own warnings included. */
export function lastPollLog(): string[] {
	return [...lastLines];
}

/** One production poll (mode 'trigger'), as ActiveWorkflows runs it. */
export async function poll(
	workflow: Workflow,
	credentials: MemoryCredentialsHelper,
): Promise<INodeExecutionData[] | null> {
	const secrets = secretsOf(credentials.store);
	// The node's error is passed on unchanged (the tests look at it), after the leak check saw it.
	let failure: { error: unknown } | undefined;
	let items: INodeExecutionData[] | null = null;
	const warned: string[] = [];
	const warn = jest
		.spyOn(nodeLogger(), 'warn')
		.mockImplementation((message: string, meta?: object) => {
			warned.push(`warn ${message} ${meta ? JSON.stringify(meta) : ''}`.trim());
		});
	try {
		items = await pollShared(workflow, credentials);
	} catch (error) {
		failure = { error };
	} finally {
		warn.mockRestore();
	}
	lastLines = [...logLines.splice(0), ...warned];
	if (failure) {
		recordForLeakCheck('trigger poll', { error: failure.error, lines: lastLines }, secrets);
		throw failure.error;
	}
	recordForLeakCheck('trigger poll', { items, lines: lastLines }, secrets);
	return items;
}

/** "Fetch Test Event": WorkflowExecute in manual mode with the trigger as start node. */
export async function runManual(
	parameters: IDataObject,
	credentials: MemoryCredentialsHelper,
	staticData?: IDataObject,
	typeVersion = 1,
): Promise<RunResult> {
	const result = await runTrigger(parameters, credentials, staticData, typeVersion);
	const { items, error } = result;
	recordForLeakCheck(
		'trigger manual',
		{ items, error, lines: logLines.splice(0) },
		secretsOf(credentials.store),
	);
	return result;
}

/** The trigger's stored state (the helper's `state` key in the node's static data). */
export function triggerState(workflow: Workflow): IDataObject | undefined {
	return (persistedState(workflow)[`node:${TRIGGER_NAME}`] as IDataObject | undefined)?.state as
		| IDataObject
		| undefined;
}
