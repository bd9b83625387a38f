import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pinterestApiRequest } from '../../transport';

/**
 * A Pinterest username as the spec's path_username accepts it (pattern `(?!^\d+$)^.+$`:
 * anything but digits only). A leading "@" or a profile link is reduced to the name.
 */
export function normalizeUsername(value: unknown): string {
	let text = String(value ?? '').trim();
	const link = /^https?:\/\/(?:[a-z]{2,3}\.)?pinterest\.[a-z.]+\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(text);
	if (link) text = link[1];
	return text.replace(/^@/, '');
}

function checkUsername(context: IExecuteSingleFunctions, username: string): string {
	const itemIndex = context.getItemIndex();
	if (username === '') {
		throw new NodeOperationError(context.getNode(), 'Username is empty', {
			itemIndex,
			description: 'Set the Pinterest username, e.g. "pinterest" from https://www.pinterest.com/pinterest/.',
		});
	}
	if (/^\d+$/.test(username) || /[\s/?#]/.test(username)) {
		throw new NodeOperationError(context.getNode(), `Username "${username.slice(0, 60)}" is not a Pinterest username`, {
			itemIndex,
			description:
				'Give the username as it appears in the profile link (https://www.pinterest.com/<username>/), not a user ID: Pinterest usernames are not digits only and contain no spaces.',
		});
	}
	return username;
}

function fill(requestOptions: IHttpRequestOptions, username: string) {
	requestOptions.url = requestOptions.url.replace('{username}', encodeURIComponent(username));
	return requestOptions;
}

/** preSend: {username} in the path from the required Username parameter. */
export async function usernameInPath(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const username = checkUsername(this, normalizeUsername(this.getNodeParameter('username', '')));
	return fill(requestOptions, username);
}

/**
 * preSend: {username} from the optional Username parameter; when it is empty, the
 * connected account's username (one GET /user_account per item).
 */
export async function usernameOrSelfInPath(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	let username = normalizeUsername(this.getNodeParameter('username', ''));
	if (username === '') {
		const account = await pinterestApiRequest.call(
			this,
			{ method: 'GET', url: '/user_account' },
			this.getItemIndex(),
		);
		const own = (account.body as { username?: unknown } | undefined)?.username;
		if (typeof own !== 'string' || own === '') {
			throw new NodeOperationError(this.getNode(), 'Could not read the username of the connected account', {
				itemIndex: this.getItemIndex(),
				description: 'Pinterest returned no username for the account. Set Username explicitly.',
			});
		}
		username = own;
	}
	return fill(requestOptions, checkUsername(this, username));
}
