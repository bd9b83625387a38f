import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

/**
 * The test of the Pinterest Feed Location credential. Pinterest logs in to the feed's location
 * itself when it downloads the file (an FTP, SFTP or web server the node cannot reach in the same
 * way), so the test checks what can be checked here: both fields are filled in.
 */
export async function pinterestFeedLocationApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const missing = ['username', 'password'].filter(
		(field) => typeof data[field] !== 'string' || data[field] === '',
	);
	if (missing.length > 0) {
		return { status: 'Error', message: `Fill in the ${missing.join(' and ')}.` };
	}
	return {
		status: 'OK',
		message:
			'Username and password are set. Pinterest tries them when it downloads the feed; Catalog → Get Feed Processing Results shows whether it could.',
	};
}
