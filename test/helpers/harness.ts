/**
 * The tests' view of the shared harness (tools/harness, also used by the bench): real n8n-core
 * runs of the built package, plus the test-only part, recording everything a run produced for
 * the secrets check (./leaks.ts, checked by test/leaks.teardown.js).
 */
import type { IDataObject, INodeCredentialTestResult } from 'n8n-workflow';

import type { MemoryCredentialsHelper, RunOptions, RunResult } from '../../tools/harness';
import {
	NODE_TYPE as NODE_TYPE_SHARED,
	captureLogs,
	loadOptionsContext as loadOptionsContextShared,
	loadPackage as loadPackageShared,
	runNode as runShared,
	testCredential as testCredentialShared,
} from '../../tools/harness';
import { recordForLeakCheck, secretsOf } from './leaks';

export type {
	CredentialUpdate,
	LoadedPackage,
	MemoryCredentialsHelper,
	RunOptions,
	RunResult,
} from '../../tools/harness';
export {
	CREDENTIAL_IDS,
	LEAD_ADS_NAME,
	LEAD_ADS_TYPE,
	NODE_TYPE,
	REPO_ROOT,
	TRIGGER_TYPE,
	builtModule,
	leadAdsWorkflow,
	loadOptionsContext,
	loadPackage,
	makeCredentials,
	oauth2Credential,
	runLeadAdsExecution,
	runWebhook,
	runWebhookMethod,
	tokenCredential,
} from '../../tools/harness';

/** Every n8n log line since the last recorded run, for the secrets check. */
export const logLines = captureLogs();

/** runNode of the shared harness; what the run produced goes to the secrets check. */
export async function runNode(parameters: IDataObject, options: RunOptions): Promise<RunResult> {
	const result = await runShared(parameters, options);
	const { credentials } = options;
	recordForLeakCheck(
		`runNode ${String(parameters.resource)}.${String(parameters.operation)}`,
		{
			items: result.items.map((item) => ({
				json: item.json,
				error: item.error ? String(item.error.message) + String(item.error.description) : undefined,
			})),
			error: result.run.data.resultData.error,
			lines: logLines.splice(0),
		},
		[
			...secretsOf(credentials.store),
			...credentials.updates.flatMap((u) => secretsOf({ u: u.data })),
		],
	);
	return result;
}

/** testCredential of the shared harness; what the dialog would show goes to the secrets check. */
export async function testCredential(
	credentials: MemoryCredentialsHelper,
	credentialType: string,
): Promise<INodeCredentialTestResult> {
	const result = await testCredentialShared(credentials, credentialType);
	recordForLeakCheck(
		`testCredential ${credentialType}`,
		{ items: result, lines: logLines.splice(0) },
		secretsOf(credentials.store),
	);
	return result;
}

/**
 * Runs one of the node's list-search methods (searchBoards, searchPins, ...) as n8n does when a
 * user opens a "From list" picker: on a load-options context with the node's parameters.
 */
export async function runListSearch(
	method: string,
	parameters: IDataObject,
	credentials: MemoryCredentialsHelper,
	filter?: string,
	paginationToken?: string,
): Promise<unknown> {
	const pkg = await loadPackageShared();
	const nodeType = pkg.nodeTypes.getByName(NODE_TYPE_SHARED) as unknown as {
		methods: {
			listSearch: Record<
				string,
				(this: unknown, filter?: string, token?: string) => Promise<unknown>
			>;
		};
	};
	const context = await loadOptionsContextShared(parameters, credentials);
	return await nodeType.methods.listSearch[method].call(context, filter, paginationToken);
}
