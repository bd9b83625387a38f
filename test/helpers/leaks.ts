/**
 * Collects, across the whole jest run, everything the nodes produce that a user or a log could
 * see: output items, error messages and descriptions, serialized errors, and n8n log lines,
 * together with the secrets that were in play. test/leaks.teardown.js checks at the end that no
 * secret appears in any of them.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { env, fs } from './system';

export function secretsOf(
	store: Record<string, ICredentialDataDecryptedObject | IDataObject>,
): string[] {
	const secrets: string[] = [];
	for (const data of Object.values(store)) {
		// The tokens of the Pinterest credentials; the password of a feed location's credential.
		for (const key of ['accessToken', 'clientSecret', 'password']) {
			if (typeof data[key] === 'string') secrets.push(data[key] as string);
		}
		const tokens = data.oauthTokenData as IDataObject | undefined;
		for (const key of ['access_token', 'refresh_token']) {
			if (typeof tokens?.[key] === 'string') secrets.push(tokens[key] as string);
		}
	}
	return secrets;
}

function errorText(error: unknown): string[] {
	if (!error || typeof error !== 'object') return error === undefined ? [] : [String(error)];
	const e = error as { message?: unknown; description?: unknown; stack?: unknown };
	let json = '';
	try {
		json = JSON.stringify(error);
	} catch {
		json = '';
	}
	return [String(e.message ?? ''), String(e.description ?? ''), String(e.stack ?? ''), json];
}

/** Appends one record; a no-op outside the jest run that set PINTEREST_LEAK_LOG. */
export function recordForLeakCheck(
	kind: string,
	produced: { items?: unknown; error?: unknown; lines?: string[] },
	secrets: string[],
): void {
	const file = env.PINTEREST_LEAK_LOG;
	if (!file) return;
	const texts = [
		...(produced.items === undefined ? [] : [JSON.stringify(produced.items)]),
		...errorText(produced.error),
		...(produced.lines ?? []),
	];
	fs.appendFileSync(file, JSON.stringify({ kind, texts, secrets }) + '\n');
}
