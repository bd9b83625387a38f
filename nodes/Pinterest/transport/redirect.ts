import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { headerValue } from './headers';
import { markOutcome } from './outcome';
import { redactUrl } from './redact';

/**
 * Pinterest's API never answers with a redirect (its OpenAPI description has no 3xx answer for
 * any operation), so a redirect comes from something in between: a proxy, a captive portal, a
 * wrong Custom Base URL. Following it would send the request, with its token, where the user
 * never pointed the credential, and output that server's answer as Pinterest's. So the node
 * asks n8n not to follow redirects at all, and turns the 3xx into an error naming where it
 * pointed. Same-origin redirects are refused too: none is legitimate, and refusing keeps one
 * rule for both credentials and every n8n version.
 */
export const NO_REDIRECTS = {
	disableFollowRedirect: true,
	// Belt and braces: should a future n8n follow anyway, the credential stays on this origin.
	sendCredentialsOnCrossOriginRedirect: false,
} as const;

export function isRedirect(statusCode: number): boolean {
	return statusCode >= 300 && statusCode < 400;
}

interface RedirectRequest {
	itemIndex?: number;
	method: string;
	url: string;
	baseUrl: string;
}

/** The error of an API call answered with a redirect: names the host it pointed to. */
export function redirectError(
	node: INode,
	response: { statusCode: number; headers?: IDataObject },
	request: RedirectRequest,
): NodeApiError {
	const sentTo = `${request.baseUrl}${request.url}`;
	const location = headerValue(response.headers, 'location');
	let target: URL | undefined;
	try {
		target = location === undefined ? undefined : new URL(location, sentTo);
	} catch {
		target = undefined;
	}
	let sameOrigin = false;
	try {
		sameOrigin = target !== undefined && target.origin === new URL(sentTo).origin;
	} catch {
		sameOrigin = false;
	}
	const status = response.statusCode;
	const where = target ? redactUrl(target.href).slice(0, 200) : 'no Location given';
	const message = !target
		? `Pinterest request answered with a redirect (HTTP ${status}) that was not followed`
		: sameOrigin
			? `Pinterest request redirected to ${target.pathname.slice(0, 100)} on the same host (HTTP ${status}): not followed`
			: `Pinterest request redirected to another host, ${target.host} (HTTP ${status}): not followed, the credential was not sent there`;
	const description =
		`${request.method} ${redactUrl(sentTo)} was answered with HTTP ${status} pointing to ${where}. ` +
		"Pinterest's API does not redirect, so the node follows no redirect: nothing was sent to the new address, and the Pinterest token stays with the host the credential names. " +
		"Check the credential's Environment and Custom Base URL (use the address the redirect names only if you trust it, and use https), and any proxy between n8n and Pinterest.";
	const error = new NodeApiError(node, { message, status } as JsonObject, {
		message,
		description,
		httpCode: String(status),
		itemIndex: request.itemIndex,
	});
	// The request was answered, not carried out: a redirect is no result.
	return markOutcome(error, 'not-applied');
}
