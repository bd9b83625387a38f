/**
 * Collects, across the whole jest run, everything the nodes produce that a user or a log could
 * see: output items, error messages and descriptions, serialized errors, and n8n log lines,
 * together with the secrets that were in play. test/leaks.teardown.js checks at the end that no
 * secret appears in any of them.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { env, fs } from './system';

/** A login in a URL (https://user:pass@proxy/v5): the whole user info and its password. */
export function urlLoginOf(url: unknown): string[] {
	const login = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(typeof url === 'string' ? url : '');
	if (!login) return [];
	const colon = login[1].indexOf(':');
	const parts = [login[1], ...(colon >= 0 ? [login[1].slice(colon + 1)] : [])];
	// A login is written URL-encoded; the decoded form is what a careless text would show.
	return parts.flatMap((part) => {
		try {
			return [part, decodeURIComponent(part)];
		} catch {
			return [part];
		}
	});
}

/** Every form a secret can take in a text: as is and URL-encoded (path, query, form). */
export function formsOf(secret: string): string[] {
	const forms = new Set([secret]);
	try {
		forms.add(encodeURIComponent(secret));
		forms.add(encodeURI(secret));
		forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
	} catch {
		// a lone surrogate cannot be encoded
	}
	return [...forms];
}

export function secretsOf(
	store: Record<string, ICredentialDataDecryptedObject | IDataObject>,
): string[] {
	return rawSecretsOf(store).flatMap(formsOf);
}

function rawSecretsOf(
	store: Record<string, ICredentialDataDecryptedObject | IDataObject>,
): string[] {
	const secrets: string[] = [];
	for (const data of Object.values(store)) {
		// A proxy login in the Custom Base URL of a Pinterest credential.
		secrets.push(...urlLoginOf(data.customBaseUrl));
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
