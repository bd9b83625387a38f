// Texts the node shows (messages, descriptions, previews of answers) may hold a URL with a login
// in it (a proxy in the Custom Base URL) or a token an answer echoed. These helpers take them out
// before any text is built, whatever characters the secrets hold.

const HIDDEN = '…';

/**
 * A URL without its user name and password. The authority ends at the first "/", "?" or "#"
 * after the scheme, and its login at the last "@" in it, so a password holding ":" "@" or "%"
 * is removed whole; without a "//" there is no login to remove.
 */
export function redactUrl(url: string): string {
	return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i, `$1${HIDDEN}@`);
}

/** The forms a secret can take in a text: as is, and URL-encoded (both encoders). */
function formsOf(secret: string): string[] {
	const forms = new Set([secret]);
	try {
		forms.add(encodeURIComponent(secret));
		forms.add(encodeURI(secret));
		forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
	} catch {
		// a lone surrogate cannot be encoded: then only the plain form can appear
	}
	return [...forms].filter((form) => form.length > 0);
}

/**
 * A text with every login in a URL, every bearer token and every given secret (in any of its
 * forms) replaced. Secrets shorter than 4 characters would hide ordinary words and are skipped.
 */
export function redactText(text: string, secrets: string[] = []): string {
	let result = text
		.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"'<>]*@/gi, `$1${HIDDEN}@`)
		.replace(/(bearer\s+)[^\s"',;]+/gi, `$1${HIDDEN}`)
		.replace(
			/("?(?:access_token|refresh_token|client_secret|password)"?\s*[:=]\s*"?)[^\s"&,}]+/gi,
			`$1${HIDDEN}`,
		);
	const forms = secrets
		.filter((secret) => typeof secret === 'string' && secret.length >= 4)
		.flatMap(formsOf)
		.sort((a, b) => b.length - a.length);
	for (const form of forms) result = result.split(form).join(HIDDEN);
	return result;
}

/** The secrets a Pinterest credential holds: tokens, client secret, a login in its base URL. */
export function secretsOfCredentials(credentials: object | undefined): string[] {
	if (!credentials) return [];
	const data = credentials as Record<string, unknown>;
	const secrets: string[] = [];
	for (const key of ['accessToken', 'clientSecret', 'password']) {
		if (typeof data[key] === 'string') secrets.push(data[key] as string);
	}
	const tokens = data.oauthTokenData as Record<string, unknown> | undefined;
	for (const key of ['access_token', 'refresh_token']) {
		if (typeof tokens?.[key] === 'string') secrets.push(tokens[key] as string);
	}
	const login = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(String(data.customBaseUrl ?? ''));
	if (login) {
		secrets.push(login[1]);
		const colon = login[1].indexOf(':');
		if (colon >= 0) secrets.push(login[1].slice(colon + 1));
	}
	return secrets;
}
